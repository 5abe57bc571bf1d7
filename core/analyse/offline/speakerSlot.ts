/**
 * Where the speaker of a reporting verb stands. News writes it in three places:
 * - before the verb, as its subject: "Marie Dubois avait déclaré que…", "John Smith, deputy head…, said";
 * - after the verb, inverted, once the reported words come first:
 *   "…, a précisé cette source", "« … », a déclaré le ministre X", "…, said Jane Porter, an economist";
 * - between a comma and a verb that closes the sentence: "“…,” the spokeswoman said.".
 * This module only finds the noun phrase; `parseSpeaker` reads name, role and organisation out of it.
 */
import { uRe } from '../../text/regex.js';

export interface VerbSpan {
  /** Offsets of the whole verb group in the sentence, auxiliary included ("avait déclaré", "has said"). */
  start: number;
  end: number;
  /** The form is as often a noun ("claims", "la note"). */
  ambiguous?: boolean;
}

export interface SpeakerSlot {
  np: string;
  position: 'before' | 'after';
}

// Words that open the reported clause, not an inverted subject: "a déclaré que…", "said that…".
const CLAUSE_OPENER_RE = uRe(/^(?:que|qu['’]|si|:|«|“|"|that|if|whether|to|the\s+\p{L}+\s+(?:was|were|is|are|had|has|would|will))\b/iu);
// Time and circumstance phrases between the verb and its inverted subject: "a déclaré mardi le…", "said on Monday".
const LEADING_CIRCUMSTANCE_RE = uRe(
  /^(?:(?:ce|cette)\s+(?:matin|soir|midi|nuit|semaine|année|après-midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|(?:au|le)\s+(?:matin|soir)|matin|soir|encore|également|aussi|ensuite|alors|enfin|notamment|toutefois|cependant|(?:à|aux|auprès\s+d[eu]s?)\s+(?:la\s+presse|(?:des\s+)?journalistes|l['’]\p{L}+|\p{Lu}\p{L}+)|dans\s+(?:un|une)\s+(?:communiqué|entretien|message|tweet|courriel|interview|lettre|tribune)(?:\s+(?:accordée?\s+)?(?:au|à\s+la|à\s+l['’]|aux)\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:du|de|des|de\s+la|d['’]|\p{Lu}[\p{L}'’-]*))*?(?=\s+(?:le|la|les|un|une)\s|\s+l['’]))?|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:early\s+|late\s+|mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|en\s+(?:début\s+|fin\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4})|yesterday|today|later|earlier|also|in\s+a\s+(?:statement|tweet|post|interview)|on\s+(?:x|twitter|facebook|telegram)|to\s+(?:reporters|journalists)|told\s+\p{L}+)\b[,]?\s*/iu,
);
// Where an inverted subject ends: a clause, a gerund, a source that follows it, or whom it was said to
// ("a insisté Me Yann Le Bras à BFMTV", "a déclaré le ministre à la presse").
const NP_END_RE = uRe(
  /\s*(?:(?<!(?:^|[\s(])(?:M|MM|Mr|Mrs|Ms|Dr|Pr|Prof|St|Sen|Rep|Gen|Col|Lt|Gov|Mgr|Me|\p{Lu})|(?<=[\s(])\p{Lu}\.\p{Lu})[.]|[;!?:]|,\s*(?:qui|que|dont|lors|avant|après|sans|without|pour|afin|ajoutant|précisant|soulignant|estimant|selon|cité|citée|who|which|adding|saying|noting|according|in\s+a|on\s+\p{Lu}|\p{Ll}{3,}ant|\p{Ll}{3,}ing|en\s+\p{Ll}{3,}ant)\b|,\s*[«"“]|\s(?:à\s+propos|au\s+sujet|about)\b|\s(?:à|au|aux)\s|\s(?:in|dans)\s+(?:his|her|its|their|son|sa|ses|leur|leurs)\b|\s(?:qui|que|qu['’]|dont|lors\s+d['’]|dans\s+un|au\s+cours|devant|pendant|who|which|that|in\s+a|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at\s+a|during|before|after)\b)/iu,
);
const MAX_NP_WORDS = 18;
const NP_START_RE = uRe(/^(?:(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|the|a|an|this|its|his|her|their|our|one|two|several|many|some)\b|\p{Lu})/u);
// A finite verb inside a candidate phrase means it is a clause, not a noun phrase.
const FINITE_RE = uRe(/\b(?:est|sont|était|étaient|sera|seront|ont|avait|avaient|is|are|was|were|has|have|had|will|would|could|can|may|might)\b/iu);

function tidy(np: string): string {
  return np.replace(/^[\s,]+|[\s,]+$/gu, '');
}

function looksLikeNounPhrase(np: string): boolean {
  const words = np.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_NP_WORDS && !FINITE_RE.test(np) && /\p{L}/u.test(np);
}

function skipCircumstances(after: string): string {
  let rest = after.replace(/^[\s,]+/u, '');
  for (let i = 0; i < 4; i++) {
    const m = LEADING_CIRCUMSTANCE_RE.exec(rest);
    if (!m || m[0].length === 0) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/** Whether the words after a verb open its reported clause ("…mardi que", "on Monday that", ": «"). */
export function opensClause(after: string): boolean {
  return CLAUSE_OPENER_RE.test(skipCircumstances(after));
}

/**
 * The inverted subject after the verb, or null when the verb opens its own clause ("a déclaré que…"):
 * "…, a déclaré X qui participait à un colloque" → "X".
 */
export function speakerAfter(after: string): string | null {
  let rest = after.replace(/^[\s,]+/u, '');
  for (let i = 0; i < 4; i++) {
    const m = LEADING_CIRCUMSTANCE_RE.exec(rest);
    if (!m || m[0].length === 0) break;
    rest = rest.slice(m[0].length);
  }
  if (!rest || CLAUSE_OPENER_RE.test(rest)) return null;
  const end = NP_END_RE.exec(rest);
  const np = tidy(end ? rest.slice(0, end.index) : rest);
  // An inverted subject opens with a determiner or a name ("le ministre", "cette source",
  // "Jane Porter"); "lors d'un point de presse" or "cité par …" is a circumstance.
  if (!NP_START_RE.test(np)) return null;
  // "…, a déclaré mardi X, que…": a complementiser after the phrase means the verb's
  // subject stood before it, in apposition.
  if (end && /^\s*,?\s*(?:que|qu['’]|that)\b/iu.test(rest.slice(end.index))) return null;
  return looksLikeNounPhrase(np) ? np : null;
}

// After a verb that closes its sentence: nothing, a time, or whom it was told to
// ("…, the minister told reporters on Monday.").
const CLOSING_AFTER_RE = uRe(
  /^\s*(?:(?:reporters|journalists|the\s+press|an?\s+(?:news\s+|press\s+)?(?:conference|briefing|interview|hearing|meeting)|lawmakers|parliament|(?:une\s+)?conférence\s+de\s+presse|(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}|us|me|him|her|them|aux\s+journalistes|à\s+la\s+presse|à\s+l['’]\p{L}+)\b)?\s*(?:(?:on|in|at|to|by|during|after|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|yesterday|today|later|when|while|as)\b[^.;!?]{0,160}?)?(?:,\s*(?:adding|noting|saying|citing|ajoutant|précisant|soulignant)\b[^.;!?]*)?[.!?]?\s*$/iu,
);

/** "“…,” the spokeswoman said." — the short phrase between the last comma or quote mark and a closing verb. */
function speakerBeforeClosingVerb(before: string, after: string): string | null {
  // "…, Smith noted, it engages less…": a verb inserted between commas closes its own clause too.
  if (!CLOSING_AFTER_RE.test(after) && !/^\s*,/u.test(after)) return null;
  // "…, William Lin, a ministry spokesperson, told TheWrap.": a name and its apposition between commas.
  const segments = before.replace(/,\s*$/u, '').split(/\s*,\s*/u);
  if (/,\s*$/u.test(before) && segments.length >= 3) {
    const [name, apposition] = segments.slice(-2) as [string, string];
    if (NAME_SEGMENT_RE.test(name.trim()) && APPOSITION_SEGMENT_RE.test(`${apposition.trim()} `)) return `${name.trim()}, ${apposition.trim()}`;
  }
  // The last comma that is not a thousands separator ("260,000 votes").
  const comma = [...before.matchAll(/,(?!\d{3})/gu)].at(-1)?.index ?? -1;
  const cut = Math.max(comma, before.lastIndexOf('»'), before.lastIndexOf('”'), before.lastIndexOf('"'));
  if (cut < 0) return null;
  // "…, the Mexican carrier that owned the aircraft said": the relative clause describes the speaker.
  const np = tidy(before.slice(cut + 1)).replace(/^((?:\S+\s+){1,6}?\S+)\s+(?:that|which|who|qui)\s.*$/iu, '$1');
  return np && looksLikeNounPhrase(np) && np.split(/\s+/).length <= 8 ? np : null;
}

// A name, or a determiner phrase, short and with no verb: the subject, not reported words.
const SUBJECT_SEGMENT_RE = uRe(/^(?:(?:the|le|la|les|l['’]|un|une)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}$/u);
// An apposition ("an Ottawa MP") or an inserted circumstance ("in a joint statement", "dans un communiqué").
const APPOSITION_SEGMENT_RE = uRe(/^(?:an?|the|un|une|le|la|l['’]|l['’]ancien|former|ancien|in\s+(?:a|an|the|its|their|his|her)|dans\s+(?:un|une|le|la|son|sa|leur)|lors\s+d['’]|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s/iu);

// A determiner phrase naming a role ("Le porte-parole de la mairie", "the company's chief executive"), and a name.
const ROLE_SEGMENT_RE = uRe(/^(?:le|la|les|l['’]|the|son|sa|leur|its|his|her|their)\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,7}$/iu);
const NAME_SEGMENT_RE = uRe(/^(?:(?:M\.|Mme|Me|Maître|Dr|Mr|Mrs|Ms)\s+)?\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+(?:de|du|des|von|van|da|di|al|el|le|la|ben|bin|\p{Lu}[\p{L}'’.-]+)){1,3}$/u);

/**
 * "Paul Dewar, an Ottawa MP, said the lapses…": a subject and its apposition
 * between commas before the verb, which then opens its own clause (no "that").
 */
function subjectWithApposition(before: string): boolean {
  const segments = before.replace(/,\s*$/u, '').split(/\s*,\s*/u);
  if (segments.length !== 2) return false;
  const [subject, apposition] = segments as [string, string];
  // "Le porte-parole de la mairie, Paul Durand, a confirmé les montants": a role, then the name it titles.
  // (Or the names it titles: "Les avocats des victimes, Maître Emmanuel Ludot et Maître Gilles-Jean Portejoie, demandent…".)
  const names = apposition.trim().split(/\s+(?:et|and)\s+/u);
  if (ROLE_SEGMENT_RE.test(subject.trim()) && names.every((n) => NAME_SEGMENT_RE.test(n)) && !FINITE_RE.test(subject)) return true;
  return (
    SUBJECT_SEGMENT_RE.test(subject.trim()) &&
    // "La défense, dénonçant une enquête biaisée, a plaidé…": a participle phrase inserted as well.
    (APPOSITION_SEGMENT_RE.test(apposition.trim()) || /^\p{Ll}{3,}(?:ant|ing)\s/u.test(apposition.trim())) &&
    apposition.split(/\s+/).length <= 10 &&
    !FINITE_RE.test(subject) &&
    !FINITE_RE.test(apposition)
  );
}

/**
 * The noun phrase that says the words of a reporting verb, and on which side of it.
 * An empty `np` means the verb follows its reported words but names no one after it
 * ("…, a-t-il ajouté"): the caller resolves the pronoun or gives up.
 * Returns null for the subject-before-verb case, which the caller reads from the
 * sentence start (it needs the adverbial and apposition rules of `cleanSubject`).
 */
export function invertedSpeaker(sentence: string, verb: VerbSpan): SpeakerSlot | null {
  const before = sentence.slice(0, verb.start);
  const after = sentence.slice(verb.end);
  // The reported words came first: the verb follows a comma or a closing quote mark.
  // ("told" is never inverted: "…, William Lin, a spokesperson, told TheWrap" — who follows is told.)
  const told = /^(?:told|tells)$/iu.test(sentence.slice(verb.start, verb.end).trim());
  if (!told && /[,»”"]\s*$/u.test(before) && !subjectWithApposition(before)) {
    // "X, deputy head of the committee, said that…": an apposition before the verb, not reported words.
    if (opensClause(after)) return null;
    const np = speakerAfter(after);
    if (np) return { np, position: 'after' };
    // "…, a-t-il ajouté.": the reported words end at the comma and no one is named after.
    // Otherwise the words before the comma are the subject and its apposition
    // ("Le colonel X, chef adjoint du centre, a déclaré vendredi lors d'un point de presse.").
    return /^\s*[.!?]?\s*$/u.test(skipCircumstances(after)) ? { np: '', position: 'after' } : null;
  }
  const np = speakerBeforeClosingVerb(before, after);
  return np ? { np, position: 'before' } : null;
}
