/**
 * Which forms of the verb lexicon introduce speech where they stand: finite or
 * with an auxiliary, not passive, not an infinitive or a participle before its
 * noun, and — for forms that are as often nouns, or verbs that as often take a
 * plain object — only before a reported clause or after the reported words.
 */
import { uRe } from '../../text/regex.js';
import { findReportingVerbs, type VerbMatch } from '../../text/verbs.js';
import { FR_INSERTS } from './cues.js';
import { opensClause, type VerbSpan } from './speakerSlot.js';

export function reportingVerbsOutsideQuotes(text: string, quotes: Array<[number, number]>): VerbSpan[] {
  const outside = (at: number) => !quotes.some(([a, b]) => at >= a && at < b);
  return findReportingVerbs(text)
    .filter((v) => !titleWord(text, v))
    .map((v) => speechVerbGroup(text, v))
    .filter((v): v is VerbSpan => v !== null && outside(v.start));
}

/** A capitalised form inside a sentence is a title or a name, not a verb: "U.S. District Judge Thomas Zilly", "Porte-Parole". */
function titleWord(text: string, v: VerbMatch): boolean {
  if (v.aux || !/^\p{Lu}/u.test(v.form)) return false;
  const before = text.slice(0, v.start).trimEnd();
  return before.length > 0 && !/[.!?:«"“(—–-]$/u.test(before);
}

/** Verbs of saying that as often take a plain object that is no statement ("cite a source", "called X"): speech only before a clause or after the words. */
// ("WHO reported nine cases" attributes the cases to WHO: "report", "announce", "confirm" stay.)
const OBJECT_VERBS = new Set(['citer', 'publier', 'cite', 'publish', 'demand', 'call', 'name', 'recall', 'issue']);
const NAMING_VERBS = new Set(['call', 'name', 'dub']);
const RECALL_VERBS = new Set(['rappeler', 'recall']);
// English drops "that": "has revealed many are not…", "said it had…" — a finite verb within a few words.
const ZERO_THAT_CLAUSE_RE = uRe(/^\s*(?:[\p{L}'’-]+\s+){1,4}(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\b/iu);

/** After the verb: its reported clause, or nothing (the words came before). */
function clauseFollows(after: string): boolean {
  return opensClause(after) || ZERO_THAT_CLAUSE_RE.test(after) || /^\s*[.!?]?\s*$/u.test(after);
}

// What only speech takes for an object: "a qualifié de « frauduleux »", "a rejeté les allégations", "dismissed the claims".
const STATEMENT_OBJECT_RE = uRe(
  /^\s+(?:(?:de|d['’])\s*[«"“]|(?:\S+\s+){0,5}(?:allégations?|accusations?|informations?|rumeurs?|affirmations?|critiques?|propos|claims?|allegations?|reports?|charges?|rumou?rs?|conclusions?|findings?|assertions?|communiqués?|déclarations?|statements?|press\s+releases?)\b)/iu,
);
const REFLEXIVE_BEFORE_RE = uRe(/(?<=^|\s)(?:s['’]|se\s+)\s*$/iu);
const POSSESSIVE_BEFORE_RE = uRe(/(?<![\p{L}])(?!(?:he|she|it|that|there|who|what|where|here|this|one)['’])[\p{L}.-]+['’]s\s+$/iu);
const NOT_SPEECH_PRONOMINAL = new Set(['ajouter', 'préciser', 'confirmer', 'annoncer', 'révéler', 'affirmer', 'indiquer']);
const RELATIVE_BEFORE_RE = uRe(/,\s*which\s+$/iu);
const FINITE_TENSES = new Set(['pres', 'impf', 'ps', 'fut', 'cond', '3sg', 'past', 'base']);
const OPENS_CLAUSE_RE = uRe(String.raw`^${FR_INSERTS}\s*,?\s*(?:que|qu['’]|:|«|“|"|that\b)`, 'iu');
const ETRE_RE = /^(?:est|sont|était|étaient|sera|seront|serait|seraient|fut|furent|soit|soient|étant|être|suis|es|sommes|êtes)$/iu;

/**
 * A verb form from the lexicon (every tense of every verb of saying, denying and
 * accusing) that introduces speech here: finite or with its auxiliary — never a bare
 * participle ("rapporté par" is the passive step's) nor a passive ("est accusé de").
 * A form that is often a noun ("la note", "claims") counts only before its clause
 * ("notes that…") or after the reported words ("…, note le rapport").
 */
function speechVerbGroup(text: string, v: VerbMatch): VerbSpan | null {
  if (v.cls === 'hedge') return null;
  // "À cela s'ajoute une crise", "la tendance se confirme": these pronominal forms are no speech.
  if (!v.aux && NOT_SPEECH_PRONOMINAL.has(v.lemma) && REFLEXIVE_BEFORE_RE.test(text.slice(0, v.start))) return null;
  // "…a report by the Times, which alleged that…": the report speaks, not the sentence's subject.
  // ("…, who said" stays: the person it follows is most often the one quoted.)
  if (RELATIVE_BEFORE_RE.test(text.slice(Math.max(0, (v.aux?.start ?? v.start) - 12), v.aux?.start ?? v.start))) return null;
  // "est accusé de" is a passive; "s'est dit prêt", "se sont dits favorables" a pronominal verb of saying.
  const pronominal = v.aux !== undefined && ETRE_RE.test(v.aux.form) && REFLEXIVE_BEFORE_RE.test(text.slice(0, v.aux.start));
  if (v.aux && ETRE_RE.test(v.aux.form) && !pronominal) return null;
  const tenses = v.tense.split(',');
  if (!v.aux && !tenses.some((t) => FINITE_TENSES.has(t))) return null;
  const start = pronominal ? text.slice(0, v.aux!.start).search(REFLEXIVE_BEFORE_RE) : (v.aux?.start ?? v.start);
  const inverted = /[,»”"]\s*$/u.test(text.slice(0, start));
  if (v.ambiguous && !pronominal && !inverted && !OPENS_CLAUSE_RE.test(text.slice(v.end)) && !STATEMENT_OBJECT_RE.test(text.slice(v.end))) return null;
  // "Mao's comments came…", "the ministry's claims": after a possessive a form that is often a noun is one.
  // ("He's said", "it's claimed": after a pronoun, "'s" is "has" or "is".)
  if (v.lang === 'en' && v.ambiguous && !v.aux && POSSESSIVE_BEFORE_RE.test(text.slice(0, v.start))) return null;
  // "reached out to propose talks": an English infinitive reports nothing by itself.
  if (v.lang === 'en' && !v.aux && /\bto\s+$/iu.test(text.slice(0, v.start))) return null;
  // "officers accused of graft", "a report cited by…": an English participle before of/by is passive.
  // ("said by telephone" is a way of saying it, not a passive.)
  if (v.lang === 'en' && !v.aux && /^\s+(?:of|by)\b(?!\s+(?:tele)?phone|\s+e-?mail|\s+text|\s+letter|\s+video)/iu.test(text.slice(v.end))) return null;
  // "a previously announced breach", "the newly published figures": a participle before its noun.
  if (v.lang === 'en' && !v.aux && /(?:^|\s)(?:previously|recently|newly|widely|already|the|a|an|its|their|his|her)\s+$/iu.test(text.slice(0, v.start))) return null;
  // "cites a survey", "recalled 22 million cars": with a plain object and no reported clause,
  // these verbs tell of an act, not of words.
  if (OBJECT_VERBS.has(v.lemma) && !inverted && !clauseFollows(text.slice(v.end)) && !STATEMENT_OBJECT_RE.test(text.slice(v.end))) return null;
  // ", called rVSV-ZEBOV,": a participle that names, not a verb that reports.
  if (NAMING_VERBS.has(v.lemma) && !v.aux && !clauseFollows(text.slice(v.end))) return null;
  // "la marque rappelle neuf produits", "recalled 2 million cars": a recall, unless words are recalled ("a rappelé que…").
  if (RECALL_VERBS.has(v.lemma) && !clauseFollows(text.slice(v.end)) && !/[,»”"]\s*$/u.test(text.slice(0, v.aux?.start ?? v.start))) return null;
  return { start, end: v.end, ambiguous: v.ambiguous };
}
