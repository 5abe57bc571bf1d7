/**
 * What contests a claim in the passages that carry it and in their documents:
 * a denial ("toujours nié", "fermement rejetée par …"); for a claim that is
 * itself a denial, the accusations it answers; and the other side's
 * counter-statement ("a déclaré que ses troupes avaient infligé de lourdes
 * pertes") when it speaks to the same matter.
 */
import { tokenize } from '../../text/tokens.js';
import { foldedWordSet } from '../../text/fold.js';
import { uRe } from '../../text/regex.js';
import type { Dispute } from '../../schema.js';
import { ACCUSATION_RE, ADMISSION_RE, CONTRAST_RE, COUNTER_RE, DENIAL_RE } from './cues.js';
import { clauseLike, cleanSubject, isPronoun, parseSpeaker } from './speakers.js';
import type { AttributionEvent, SentenceRef } from './events.js';

// The agent of a passive cue, right after it: "réfutées par X", "denied by X", "rejetée fermement par X" —
// not the "par" of another participle further on ("rejeté … les accusations proférées par X").
// (Not an idiom: "by any stretch", "by far", "par ailleurs", "par exemple".)
const BY_RE = uRe(
  /^\s*(?:\p{L}+\s+){0,3}?(?:par|by)\s+(?!(?:any\s+stretch|far|no\s+means|all\s+means|contrast|comparison|then|now|the\s+way|ailleurs|exemple|contre|conséquent|principe|avance)\b)((?:le|la|les|l['’]|the)?\s*[^,.;:]{2,80})/iu,
);

/** The clause around a cue: from the previous comma (or sentence start) to the sentence end. */
function clauseAround(text: string, index: number): { start: number; end: number } {
  const before = text.slice(0, index);
  const comma = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '));
  const start = comma >= 0 && index - comma < 160 ? comma + 2 : 0;
  return { start, end: text.length };
}

/**
 * Who denies: the agent of a passive cue ("réfutées par X"), else the sentence's own speaker
 * ("…, estime l'électricien qui considère que … est « injustifié »"), else the cue's subject.
 */
// "despite Oracle's denial", "malgré les démentis de la mairie": the denial is the possessor's.
const DESPITE_POSSESSOR_RE = uRe(/(?:despite|notwithstanding)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+$/u);
const MALGRE_OF_RE = uRe(/^\s*(?:de|du|des|d['’])\s*(?:la\s+|le\s+|l['’])?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|\p{Ll}+(?:\s+\p{Ll}+)?)/u);

function byOf(sentence: string, cueIndex: number, cueEnd: number, speaker: string | null): string | null {
  const despite = DESPITE_POSSESSOR_RE.exec(sentence.slice(Math.max(0, cueIndex - 80), cueIndex));
  if (despite) return despite[1]!;
  if (/malgré\s+(?:les|le|ses|son)\s*$/iu.test(sentence.slice(Math.max(0, cueIndex - 20), cueIndex))) {
    const of = MALGRE_OF_RE.exec(sentence.slice(cueEnd));
    if (of) return of[1]!;
  }
  const after = BY_RE.exec(sentence.slice(cueEnd));
  if (after) {
    // The agent's words end where a quotation opens: 'par le producteur X" avec des propos "…'.
    const agent = after[1]!.split(/["«»“”]/u)[0]!.trim().replace(/^(?:les|le|la|l['’]|the)\s+|^l['’]\s*/iu, '');
    return agent && !clauseLike(agent) ? agent : speaker;
  }
  // "Jane Hill began countering the defence's contention that…": a speaker named after the cue is
  // what is contested; the cue's own subject contests it.
  const subject = subjectOf(sentence, cueIndex);
  if (speaker && subject && sentence.indexOf(speaker, cueEnd) >= 0) return subject;
  return speaker ?? subject;
}

// What stands between a subject and the cue it opens: "began countering", "a commencé à contester" (a day
// after the subject, "on Friday", cleanSubject drops).
const ONSET_VERB_END_RE = /\s+(?:began|begun|begins|begin|started|starts|start|continued|continues|continue|commencé|commence|commencent|continué|continuent)(?:\s+(?:à|de|d['’]|to))?\s*$/iu;

/** The words before a sentence's first finite verb: its subject, when it opens the sentence. */
function firstSubject(sentence: string): string {
  const verb = /\s(?:is|are|was|were|has|have|had|est|sont|était|étaient|a|ont|avait|avaient)\s/u.exec(sentence);
  return verb ? cleanSubject(sentence.slice(0, verb.index)) : '';
}

function subjectOf(sentence: string, cueIndex: number): string | null {
  // "« La suspicion seule n'est pas une preuve », a répliqué X": a cue inside a quotation is the speaker's.
  if (/[«»“”"]/u.test(sentence.slice(0, cueIndex))) return null;
  const subject = cleanSubject(
    sentence
      .slice(0, cueIndex)
      .replace(ONSET_VERB_END_RE, '')
      .replace(/\s+(?:a|ont|avait|avaient|has|have|had)(?:\s+[\p{L}'’]+)*\s*$/u, ''),
  );
  if (!subject) return null;
  // "Eric Black was named … and he has denied …": the pronoun is the sentence's first subject.
  if (isPronoun(subject)) return parseSpeaker(firstSubject(sentence))?.speaker ?? null;
  return parseSpeaker(subject)?.speaker ?? null;
}


export interface DisputeInput {
  /** The claim is itself a denial ("X has always denied Y"): then denials carry it and accusations contest it. */
  claimIsDenial: boolean;
  /** Sentences of the passages that carry the claim. */
  carrying: SentenceRef[];
  /** Every sentence of those documents, in order. */
  docSentences: SentenceRef[];
  /** Attributions of the carrying sentences (whose side the claim is on). */
  claimSpeakers: string[];
  docAttributions: AttributionEvent[];
  /** True when a sentence speaks to the claim's matter; `near` sentences (next to a carrying passage) need less. */
  relevant: (text: string, near: boolean) => boolean;
  /** True when a sentence shares a fair part of the claim (a quarter of its words, two or three): enough for a denial. */
  sharesSome?: (text: string) => boolean;
  /** Whether a passage is next to a carrying one. */
  isNear: (passageId: string) => boolean;
  /** Words naming whom the claim blames, charges or convicts ("préfet", "Northwind"): their statements answer it. */
  charged?: string[];
}

export function findDisputes(input: DisputeInput): Dispute[] {
  const out: Dispute[] = [];
  const seen = new Set<string>();
  const push = (s: SentenceRef, start: number, end: number, by: string | null) => {
    const text = s.text.slice(start, end).trim();
    const key = `${s.passageId}:${text}`;
    if (text.length < 8 || seen.has(key)) return;
    seen.add(key);
    out.push({ text, by, passageId: s.passageId });
  };

  const { claimIsDenial } = input;
  // Each sentence's first attribution, looked up once per document rather than searched per sentence.
  const firstBySentence = new Map<string, AttributionEvent>();
  for (const a of input.docAttributions) {
    const key = `${a.sentence.passageId}:${a.sentence.start}`;
    if (!firstBySentence.has(key)) firstBySentence.set(key, a);
  }
  const attributionOf = (s: SentenceRef) => firstBySentence.get(`${s.passageId}:${s.start}`) ?? null;
  const speakerOf = (s: SentenceRef) => attributionOf(s)?.speaker ?? null;
  const claimSide = new Set(input.claimSpeakers.map((x) => x.toLowerCase()));
  // 1. Denials in the carrying passages themselves — unless the claim is the denial — and
  // the charged party's own account there.
  if (!claimIsDenial) {
    for (const s of input.carrying) {
      const m = denialIn(s) ?? firstPersonDenial(s, input);
      const speaker = speakerOf(s);
      if (m) {
        const { start, end } = clauseAround(s.text, m.index);
        push(s, start, end, byOf(s.text, m.index, m.index + m[0].length, speaker));
      } else if (speaker !== null && !claimSide.has(speaker.toLowerCase()) && answersCharge(s, attributionOf(s)!, input)) {
        push(s, 0, s.text.length, speaker);
      }
    }
  }

  const carryingKeys = new Set(input.carrying.map((s) => `${s.passageId}:${s.start}`));

  for (const s of input.docSentences) {
    const carried = carryingKeys.has(`${s.passageId}:${s.start}`);
    if (carried && !claimIsDenial) continue;
    const speaker = speakerOf(s);
    const otherSide = speaker !== null && !claimSide.has(speaker.toLowerCase());
    // The party the claim charges answers it wherever the document quotes it.
    const answer = !carried && !claimIsDenial && otherSide && answersCharge(s, attributionOf(s)!, input);
    // A denial speaks to the claim with less of its words than a statement needs: it is rarer, and it answers.
    const denies = !claimIsDenial && denialIn(s) !== null && (input.sharesSome?.(s.text) ?? false);
    if (!carried && !answer && !denies && !input.relevant(s.text, input.isNear(s.passageId)) && !answersNearby(s, input, claimIsDenial)) continue;
    // 2. Denials elsewhere in the document that speak to the same matter.
    const denial = claimIsDenial ? null : denialIn(s) ?? firstPersonDenial(s, input);
    if (denial) {
      const { start, end } = clauseAround(s.text, denial.index);
      push(s, start, end, byOf(s.text, denial.index, denial.index + denial[0].length, speaker));
      continue;
    }
    // 3. A claim that is a denial is contested by the accusations it answers.
    const accusation = ACCUSATION_RE.exec(s.text);
    if (claimIsDenial && accusation) {
      push(s, 0, s.text.length, speaker ?? subjectOf(s.text, accusation.index));
      continue;
    }
    if (carried) continue;
    // 4. The other side's counter-statement, or a sentence that turns against the claim:
    // only when the claim has a side (a speaker) for the statement to answer.
    if (claimSide.size > 0 && otherSide && (COUNTER_RE.test(s.text) || CONTRAST_RE.test(s.text))) {
      push(s, 0, s.text.length, speaker);
      continue;
    }
    // 5. The one the claim charges, speaking for itself ("Le préfet a assuré avoir agi sur décision du
    // procureur"), unless it admits.
    if (answer) push(s, 0, s.text.length, speaker);
  }
  // 6. Whoever contests the claim goes on contesting it in the same article: their other
  // denials ("« …je démens de tels propos », a-t-il répondu") answer it too.
  const deniers = new Set(out.map((d) => d.by).filter((b): b is string => b !== null));
  if (!claimIsDenial && deniers.size > 0) {
    for (const s of input.docSentences) {
      const speaker = speakerOf(s);
      const denial = speaker !== null && deniers.has(speaker) ? denialIn(s) : null;
      if (!denial) continue;
      const { start, end } = clauseAround(s.text, denial.index);
      push(s, start, end, speaker);
    }
  }
  return out;
}

// "the claims made are baseless", "ces accusations", "a promptement démenti.": a denial that
// points back at what was said, or has no object at all, answers the story it follows.
const POINTS_BACK_RE = uRe(
  /\b(?:the|these|those|such|this|that|his|her|their|its|ces|cette|ce|ses|son|sa|leur|leurs|les|de\s+tel(?:le)?s)\s+(?:\p{L}+\s+)?(?:claims?|allegations?|accusations?|reports?|suggestions?|rumou?rs?|charges?|stories|story|articles?|affirmations?|allégations?|rumeurs?|informations?|propos|révélations?|revelations?|assertions?|insinuations?)\b|(?:^|[«"“]\s*)(?:claims|allegations|accusations|charges|reports|rumou?rs|allégations|rumeurs)\b/iu,
);
const OBJECTLESS_DENIAL_RE = uRe(/\b(?:\p{L}+ment\s+)?(?:démenti|démentent|dément|nié|nient|nie|denied|denies|deny)\s*(?:[,.;:]|$)/iu);
// An emphatic negation answers what was said before it: "at no time was the restaurant asked",
// "in no way", "Il ne s'agit aucunement de plagiat", "je démens totalement".
const EMPHATIC_DENIAL_RE = uRe(/\b(?:at\s+no\s+(?:time|point)|in\s+no\s+way|(?:il|ce)\s+ne\s+s['’]agit\s+(?:aucunement|nullement|en\s+aucun\s+cas)\s+(?:de|du|des|d['’])|je\s+démens)/iu);

/** Next to a carrying passage, or further on when it shares a word of the claim ("L'Etoile Rouge a démenti … les accusations"). */
function answersNearby(s: SentenceRef, input: DisputeInput, claimIsDenial: boolean): boolean {
  if (claimIsDenial || !pointsBackDenial(s)) return false;
  return input.isNear(s.passageId) || input.relevant(s.text, true);
}

// A document's sentences are read once and kept (events are cached per document), so what
// each holds is kept with them, once for every claim: the cue patterns are the costliest tests here.
const denials = new WeakMap<SentenceRef, RegExpExecArray | null>();
const pointingBack = new WeakMap<SentenceRef, boolean>();
function pointsBackDenial(s: SentenceRef): boolean {
  let yes = pointingBack.get(s);
  if (yes === undefined) {
    const back = POINTS_BACK_RE.test(s.text) || OBJECTLESS_DENIAL_RE.test(s.text) || EMPHATIC_DENIAL_RE.test(s.text);
    pointingBack.set(s, (yes = back && denialIn(s) !== null));
  }
  return yes;
}
// A first person saying it did not do it: "Je n'ai jamais acheté…", "nous n'avons pas signé", "I never
// received", "we did not attack". Not "je ne sais pas", "I don't know": a knowing or thinking verb denies nothing.
const FIRST_PERSON_DENIAL_RE = uRe(
  /\b(?:(?:[Jj]e|[Nn]ous)\s+(?:n['’]\s*(?:ai|avons|avais|avions)\s+|ne\s+(?:\p{L}+\s+)?)(?:jamais|pas|rien|aucunement|nullement)|(?:I|we|We)\s+(?:never|(?:did|do|have|had|was|were|am|are)\s*(?:not|n['’]t)|(?:have|had)\s+never))\s+((?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+)/u,
);
const KNOWING_RE = uRe(/\b(?:su|sais|savais|savons|pense|pensais|crois|croyais|souviens|souvenais|rappelle|commente|commenter|know|knew|think|thought|believe|recall|remember|comment|see|understand|want|wish)\b/iu);

/**
 * A first-person denial whose negated words meet the claim ("Je n'ai jamais acheté de tableau"
 * against "X a acheté des tableaux"), or null.
 */
function firstPersonDenial(s: SentenceRef, input: DisputeInput): { index: number; 0: string } | null {
  const m = FIRST_PERSON_DENIAL_RE.exec(s.text);
  if (!m) return null;
  // The verb stands inside the negation ("je ne sais pas") or right after it ("I did not know").
  const verb = `${m[0].slice(0, m[0].length - m[1]!.length)} ${m[1]!.split(/\s+/u)[0]!}`;
  if (KNOWING_RE.test(verb) || !input.relevant(m[1]!, true)) return null;
  return { index: m.index, 0: m[0] };
}

function denialIn(s: SentenceRef): RegExpExecArray | null {
  let m = denials.get(s);
  if (m === undefined) denials.set(s, (m = DENIAL_RE.exec(s.text)));
  return m;
}

/** Whether the sentence's speaker is the party the claim charges, and does not admit. */
function answersCharge(s: SentenceRef, who: AttributionEvent, input: DisputeInput): boolean {
  if (!input.charged?.length || ADMISSION_RE.test(s.text)) return false;
  const named = foldWords(`${who.speaker} ${who.role ?? ''} ${who.organization ?? ''}`);
  return input.charged.some((w) => named.has(w));
}

function foldWords(text: string): Set<string> {
  return new Set([...foldedWordSet(text)].filter((w) => w.length > 2));
}

/** Words of a text, for the relevance test. */
export function wordsOf(text: string): string[] {
  return tokenize(text).map((t) => t.text);
}
