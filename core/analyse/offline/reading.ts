/**
 * The claim and each document read against it, once per analysis: the claim's words,
 * voices and kind; which sentences of a document speak to it. The stages of the offline
 * analyser (index.ts, sources.ts) ask these, not the text again.
 */
import { foldKey, foldedWordSet } from '../../text/fold.js';
import { buildDoc } from '../../corpus/load.js';
import type { Doc } from '../../corpus/types.js';
import { termsOfText } from '../../retrieve/index.js';
import { buildConcepts } from '../../retrieve/query.js';
import { isStopword } from '../../text/terms.js';
import { tokenize } from '../../text/tokens.js';
import { findReportingVerbs, reportingVerbs } from '../../text/verbs.js';
import type { AnalyserInput } from '../types.js';
import { docEvents, type AttributionEvent, type DocEvents, type SentenceRef } from './events.js';
import { CHARGE_RE, DENIAL_RE } from './cues.js';
import { NONEXISTENCE_RE, isDenialClaim, isIrregularity } from './claimKind.js';

export const within = (s: SentenceRef, ids: Set<string>) => ids.has(s.passageId);
// A link to another article inside this one ("Lire aussi : …", "Read more: …"): its headline is
// another story's, so it is said by no one here and inherits neither a voice nor a source.
export const CROSS_REFERENCE_RE = /^\s*(?:(?:à\s+)?(?:lire|voir)\s+(?:aussi|également|encore|plus)|(?:read|see)\s+(?:also|more)|related(?:\s+(?:post|article|story))?)\s*[:：]/iu;

/**
 * Who the claim itself says spoke ("Pour le gouvernement, …", "X said that…"), as the
 * folded content words of each voice: read by the same rules as the corpus.
 */
function claimVoices(claim: string, engine: AnalyserInput['engine']): { voices: Set<string>[]; claimOutlets: string[] } {
  // Most claims name no voice: read them only when a frame of saying could be there.
  if (findReportingVerbs(claim).length === 0 && !/\b(?:selon|d['’]après|according\s+to)\b|^\s*pour\s/iu.test(claim)) return { voices: [], claimOutlets: [] };
  const events = docEvents(buildDoc('claim.txt', claim), engine.outlets);
  const voices = events.attributions
    .filter((a) => a.kind !== 'vague' && !events.sources.some((src) => src.sentence === a.sentence && foldKey(src.outlet) === foldKey(a.speaker)))
    .map((a) => new Set([...foldedWordSet(a.speaker)].filter((w) => w.length >= 3 && !isStopword(w, 'fr') && !isStopword(w, 'en'))))
    .filter((v) => v.size > 0);
  // An outlet is the claim's source only when it frames the whole claim: "D'après le Baltimore Sun, …", "…, according to
  // Reuters." ("…, révélés par The Stanford Daily" gives the paper one detail, not the claim.)
  const frame = CLAIM_FRAME_RE.exec(claim)?.[0] ?? '';
  return { voices, claimOutlets: events.sources.filter((src) => frame.includes(src.outlet)).map((src) => foldKey(src.outlet)) };
}

const CLAIM_FRAME_RE = /^\s*(?:selon|d['’]après|according\s+to)\s+[^,]+,|,\s*(?:selon|d['’]après|according\s+to)\s+[^,]+$/iu;

/** Whether an attribution names one of the claim's voices (a word of its speaker, role or organisation). */
export function namesVoice(a: AttributionEvent, voices: Set<string>[]): boolean {
  const words = foldedWordSet(`${a.speaker} ${a.role ?? ''} ${a.organization ?? ''}`);
  return voices.some((v) => [...v].some((w) => words.has(w)));
}

/** What the claim itself says, read once for every document: its words, its voices, its kind. */
export interface ClaimReading {
  concepts: ReturnType<typeof buildConcepts>;
  /** Each concept's terms, the claim's own denial words left out. */
  conceptTerms: Array<Set<string>>;
  /** A claim about what someone said ("X a affirmé que…", "said"). */
  reportsSaying: boolean;
  claimIsDenial: boolean;
  claimsIrregularity: boolean;
  charged: string[];
  voices: Set<string>[];
  /** Outlets the claim gives as its source ("D'après le Baltimore Sun, …"), folded. */
  claimOutlets: string[];
}

export function readClaimFor(input: AnalyserInput): ClaimReading {
  const { engine } = input;
  const concepts = input.concepts ?? buildConcepts(input.claim, input.lang, engine.index, engine.lexicon);
  // "said" is a stopword to the query, so no frame concept holds it: read the claim's verbs themselves.
  const saysInClaim = tokenize(input.claim).some((t) => reportingVerbs(t.text.toLowerCase()).some((v) => v.cls === 'say' && !v.ambiguous));
  return {
    concepts,
    // The claim's own denial words say nothing about the matter; leave them out of relevance.
    conceptTerms: concepts.filter((c) => !DENIAL_RE.test(c.word)).map((c) => new Set(c.alternatives.map((a) => a.term))),
    reportsSaying: concepts.some((c) => c.frame) || saysInClaim,
    // A claim that someone said something did not happen ("X said there were no talks") is a denial
    // too: a denial carries it rather than contests it.
    claimIsDenial: isDenialClaim(input.claim) || (saysInClaim && NONEXISTENCE_RE.test(input.claim)),
    claimsIrregularity: isIrregularity(input.claim),
    charged: chargedParty(input.claim),
    ...claimVoices(input.claim, engine),
  };
}

/** One document read against the claim: which of its sentences speak to it. */
export interface DocReading {
  doc: Doc;
  events: DocEvents;
  carrying: Doc['passages'];
  carryingIds: Set<string>;
  carryingSentences: SentenceRef[];
  minShared: number;
  sharedWith: (text: string) => number;
  speaks: (i: number) => boolean;
  /** A sentence that speaks to the claim, or stands next to one in its passage ("Selon l'AFP, … . Le bilan…"). */
  besideClaim: (sentence: SentenceRef) => boolean;
  /** A passage whose only sentences on the claim are links to other articles carries another story's headline. */
  linkOnly: (passageId: string) => boolean;
}

export function readDoc(doc: Doc, events: DocEvents, carryingIds: Set<string>, claim: ClaimReading): DocReading {
  const sharedWith = (text: string) => {
    const terms = termSetOf(text, doc.lang === 'en' ? 'en' : 'fr');
    return claim.conceptTerms.filter((alts) => [...alts].some((t) => terms.has(t))).length;
  };
  // A sentence speaks to the claim when it shares at least half as much of it as the
  // sentence that carries it best: a long claim shares "Syrie" and "armée" with half
  // the article, and the ambassador quoted next to it said something else.
  const carryingSentences = events.sentences.filter((s) => within(s, carryingIds));
  const best = Math.max(0, ...carryingSentences.map((s) => sharedWith(s.text)));
  const minShared = Math.max(Math.min(2, claim.conceptTerms.length), Math.ceil(best / 2));
  const speaks = (i: number) => i >= 0 && i < events.sentences.length && sharedWith(events.sentences[i]!.text) >= minShared;
  const besideClaim = (sentence: SentenceRef) => {
    const i = events.sentences.indexOf(sentence);
    const same = (j: number) => events.sentences[j]?.passageId === sentence.passageId;
    return speaks(i) || (same(i - 1) && speaks(i - 1)) || (same(i + 1) && speaks(i + 1));
  };
  const linkOnly = (passageId: string) => {
    const said = carryingSentences.filter((s) => s.passageId === passageId && sharedWith(s.text) >= minShared);
    return said.length > 0 && said.every((s) => CROSS_REFERENCE_RE.test(s.text));
  };
  const carrying = doc.passages.filter((p) => carryingIds.has(p.id));
  return { doc, events, carrying, carryingIds, carryingSentences, minShared, sharedWith, speaks, besideClaim, linkOnly };
}

/**
 * The words naming whom a claim charges: the content words right after its charging
 * predicate ("a condamné le préfet du Pas-de-Calais" → préfet, pas, calais), or, for
 * a passive subject ("Le préfet a été condamné"), right before it. Folded, longer than two letters.
 */
export function chargedParty(claim: string): string[] {
  const m = CHARGE_RE.exec(claim);
  if (!m) return [];
  const after = claim.slice(m.index + m[0].length).split(/[,;:.]/u)[0]!;
  const before = claim.slice(0, m.index).split(/[,;:]/u).at(-1)!;
  const passive = /\b(?:a\s+été|ont\s+été|est|sont|was|were|has\s+been|have\s+been|been|is|are)\s*$/iu.test(before);
  const words = (passive ? before : after).split(/\s+/u).map((w) => foldKey(w).replace(/^(?:l|d)'/u, ''));
  const content = words.filter((w) => w.length > 2 && !isStopword(w, 'fr') && !isStopword(w, 'en') && !/^(?:pour|for|of|de|sur|over|avoir|having|été|been)$/u.test(w));
  return (passive ? content.slice(-3) : content.slice(0, 3)).flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2);
}

// A document's sentences meet every claim that reaches the document: their terms are
// kept (bounded), so each claim compares instead of tokenising and stemming them again.
const TERM_SETS_LIMIT = 50_000;
const termSets = { fr: new Map<string, Set<string>>(), en: new Map<string, Set<string>>() };
function termSetOf(text: string, lang: 'fr' | 'en'): Set<string> {
  const cache = termSets[lang];
  let terms = cache.get(text);
  if (!terms) {
    if (cache.size >= TERM_SETS_LIMIT) cache.clear();
    cache.set(text, (terms = new Set(termsOfText(text, lang))));
  }
  return terms;
}
