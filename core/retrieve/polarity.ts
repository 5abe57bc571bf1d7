/**
 * Polarity: whether a word is negated where it stands ("n'ont pas été
 * détruits", "no casualties", "aucune victime"), and which outcome words are
 * opposites (adopted/rejected, won/lost). General language of both languages,
 * kept here as data: an alignment reads it, no rule names a topic.
 */
import type { Token } from '../text/tokens.js';
import { termOf, type StemLang } from '../text/terms.js';

/** Words that negate what follows them. */
const NEGATORS = new Set([
  'not', 'no', 'never', 'none', 'nor', 'neither', 'without', 'nobody', 'nothing', 'nowhere', 'cannot',
  'pas', 'jamais', 'aucun', 'aucune', 'aucuns', 'aucunes', 'nul', 'nulle', 'sans', 'rien', 'guère', 'nullement', 'ni', 'personne',
]);
/** "not only", "non seulement", "pas seulement": an addition, not a negation. */
const RESTRICTIVE_AFTER = new Set(['only', 'just', 'seulement', 'uniquement', 'que']);
/** Words a negation passes over on its way to what it negates ("did not immediately confirm"). */
const ADVERB_RE = /^(?:\p{L}{3,}ly|\p{L}{3,}ment)$/u;
const CLAUSE_BREAK_RE = /[.;:!?,()«»"“”]/u;
/** How far back (in words) a negation may stand from what it negates: "n'ont pas été complètement détruits" is four. */
const NEGATION_REACH = 5;
/**
 * Content words a negation reaches past: one, so that "not a political
 * appointee" negates the appointee and "aucune victime civile" the civilians.
 */
const NEGATION_SPAN = 1;
/**
 * Prepositions: a negation reaches the noun right after one ("pas de victimes",
 * "no sign of"), not past a content word into its complement ("n'était pas
 * joignable aux lieux déclarés" does not negate the places).
 */
const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'about', 'into', 'over', 'under', 'against', 'between', 'through',
  'à', 'au', 'aux', 'de', 'du', 'sur', 'dans', 'pour', 'avec', 'chez', 'vers', 'contre', 'entre', 'sous', 'par',
]);
/** Nouns a negation reaches through to the verb they govern: "no intention of paying", "pas question de céder". */
const TRANSPARENT_NOUNS = new Set(['intention', 'intentions', 'plan', 'plans', 'question', 'desire', 'wish', 'projet', 'volonté', 'envie']);
/** Words that open another clause: a negation before them does not reach past them. */
const CLAUSE_OPENERS = new Set([
  'because', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'if', 'but', 'although', 'though', 'since', 'unless', 'whereas',
  'que', 'qui', 'dont', 'où', 'quand', 'lorsque', 'si', 'mais', 'car', 'parce', 'puisque', 'tandis', 'bien',
]);

function isNegator(tokens: Token[], k: number, text: string): boolean {
  const tok = tokens[k]!;
  const w = tok.text.toLowerCase();
  const next = tokens[k + 1]?.text.toLowerCase() ?? '';
  if (w === 'personne' && !(tokens[k + 1] && elidedNe(tokens[k + 1]!, text))) return false; // "une personne" is someone
  if (NEGATORS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) return !RESTRICTIVE_AFTER.has(next);
  if (isYetTo(w, next)) return true;
  // "a refusé d'autoriser", "declined to confirm", "failed to pay": the verb after is not done.
  if (REFUSING_RE.test(w) && /^\s*(?:de\s|d['’]|to\s)/iu.test(text.slice(tok.end, tok.end + 5))) return true;
  // French "ne"/"n'" with its verb: a negation unless "ne … que" (only).
  if (w === 'ne' || elidedNe(tok, text)) {
    for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) if (isQue(tokens, j, text)) return false;
    return true;
  }
  return false;
}

const REFUSING_RE = /^(?:refus\p{Ll}*|declin(?:e|ed|es|ing)|fail(?:s|ed|ing)?|renon[cç]\p{Ll}*)$/iu;

/** "has yet to decide", "was yet to find": not yet. */
const isYetTo = (w: string, next: string) => w === 'yet' && next === 'to';

/** "que", or a word after an elided "qu'" ("qu'il"): the tokeniser strips the elision, the text keeps it. */
function isQue(tokens: Token[], j: number, text: string): boolean {
  const tok = tokens[j]!;
  return tok.text.toLowerCase() === 'que' || /(?<![\p{L}\p{N}])qu['’\u02BC]$/iu.test(text.slice(Math.max(0, tok.start - 4), tok.start));
}

/** "n'a", "n'ont": the tokeniser strips the elided "n'", the text still has it. */
function elidedNe(tok: Token, text: string): boolean {
  return /(?<![\p{L}\p{N}])[nN]['’\u02BC]$/u.test(text.slice(Math.max(0, tok.start - 3), tok.start));
}

/**
 * The negation governing token `i`, as character offsets of the negating word,
 * or null. It looks back over function words, auxiliaries, adverbs and one
 * other content word, within the clause (`isContent` tells content words).
 */
export function negationOf(tokens: Token[], i: number, text: string, isContent: (k: number) => boolean): { start: number; end: number } | null {
  if (elidedNe(tokens[i]!, text)) return { start: tokens[i]!.start - 2, end: tokens[i]!.end };
  // "sources non identifiées", "non conformes": "non" negates the one word after it.
  if (i > 0 && tokens[i - 1]!.text.toLowerCase() === 'non' && !CLAUSE_BREAK_RE.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) {
    return { start: tokens[i - 1]!.start, end: tokens[i - 1]!.end };
  }
  let passed = 0;
  let complement = false;
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_REACH; k--) {
    if (CLAUSE_BREAK_RE.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return null;
    if (isNegator(tokens, k, text)) return { start: elidedNe(tokens[k]!, text) ? tokens[k]!.start - 2 : tokens[k]!.start, end: tokens[k]!.end };
    const w = tokens[k]!.text.toLowerCase();
    if (CLAUSE_OPENERS.has(w) || isQue(tokens, k, text)) return null;
    // "no intention of paying", "pas question de céder": the negation passes through to the verb after.
    if (TRANSPARENT_NOUNS.has(w)) {
      complement = false;
      continue;
    }
    if (PREPOSITIONS.has(w)) complement = true;
    else if (isContent(k) && !ADVERB_RE.test(w) && (complement || ++passed > NEGATION_SPAN)) return null;
  }
  return null;
}

/**
 * Words that negate by their meaning, not their syntax: verbs that refuse or
 * fail ("refusing, as usual, to accept" is "does not accept") and negative
 * adjectives ("unrelated to reality" is "nothing to do with reality"). Where
 * they stand near a word, its polarity is uncertain — never set against the
 * other side — because whether they govern it takes a parse to tell.
 */
const LEXICAL_NEGATIVE_RE = /^(?:refus\p{Ll}*|fail(?:s|ed|ing|ure|ures)?|refusals?|absence|défaut|manqu\p{Ll}*|declin(?:e|es|ed|ing)|avoid\p{Ll}*|den(?:y|ies|ied|ying)|reject\p{Ll}*|lack(?:s|ed|ing)?|renon[cç]\p{Ll}*|échou\p{Ll}*|évit\p{Ll}*|ni(?:e|ent|é|ée|és|er|ait)|rejet\p{Ll}*|dément\p{Ll}*|un(?!der|til|ited|ion|ivers|ique|iform|its?\b|ilateral|less)\p{Ll}{4,}|non-?\p{Ll}{3,}|dis(?:agree|approv|prov|credit|pute|allow)\p{Ll}*|in(?:exact|correct|fond|accurat|valid|capable|juste|justifi)\p{Ll}*|im(?:possib|probab|plausib)\p{Ll}*|il(?:legal|légal|licite)\p{Ll}*)$/iu;

/** How far back a negation makes a word's polarity uncertain though it does not govern it. */
const NEGATION_SHADOW = 8;

/**
 * Whether a negation stands in the same sentence within a few words before
 * token `i` — governing it or not. A word with no negation that near is
 * plainly affirmed; one with a negation near but not governing it is uncertain
 * ("not in any serious way" reaches "way" or not, depending on the words between).
 */
export function negationNear(tokens: Token[], i: number, text: string): boolean {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_SHADOW; k--) {
    if (/[.;!?]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    if (isNegator(tokens, k, text) || LEXICAL_NEGATIVE_RE.test(tokens[k]!.text)) return true;
  }
  return elidedNe(tokens[i]!, text);
}

/** Whether a token is itself a negating word (it is a cue, not content to align). */
export function isNegationWord(tokens: Token[], k: number, text: string): boolean {
  const w = tokens[k]!.text.toLowerCase();
  return NEGATORS.has(w) || w.endsWith("n't") || w === 'ne' || isYetTo(w, tokens[k + 1]?.text.toLowerCase() ?? '');
}

/**
 * Outcome predicates and their opposites, as lemmas plus the irregular forms a
 * stemmer does not join, per language. A group has two poles; a negated word
 * counts for the other pole ("no casualties" stands with "unharmed" against
 * "killed"). Ambiguous words stay out ("drop", "decline", "pass").
 */
type Poles = { plus: string[]; minus: string[] };
const OPPOSITES: Array<Record<StemLang, Poles>> = [
  {
    // adopted, accepted / rejected, refused, dismissed: one outcome ("accepted" for "rejected" is the opposite too)
    en: { plus: ['adopt', 'approve', 'ratify', 'accept'], minus: ['reject', 'veto', 'refuse', 'dismiss'] },
    fr: { plus: ['adopter', 'approuver', 'ratifier', 'accepter'], minus: ['rejeter', 'repousser', 'refuser'] },
  },
  {
    // won / lost
    en: { plus: ['win', 'won'], minus: ['lose', 'lost'] },
    fr: { plus: ['gagner', 'remporter', 'remporté'], minus: ['perdre', 'perdu'] },
  },
  {
    // confirmed / denied
    en: { plus: ['confirm', 'admit'], minus: ['deny', 'denied', 'refute'] },
    fr: {
      plus: ['confirmer', 'admettre', 'admis', 'reconnaître', 'reconnaît', 'reconnu', 'reconnue', 'reconnaissent'],
      minus: ['démentir', 'démenti', 'démentent', 'réfuter', 'nier', 'nie', 'nié', 'nient'],
    },
  },
  {
    // increased / decreased
    en: { plus: ['increase', 'rise', 'rose', 'risen', 'grow', 'grew', 'grown'], minus: ['decrease', 'fall', 'fell', 'fallen', 'shrink', 'shrank'] },
    fr: {
      plus: ['augmenter', 'augmentation', 'hausse', 'croître', 'accroître', 'accroissement'],
      minus: ['diminuer', 'diminution', 'baisse', 'baisser', 'chuter', 'chute', 'reculer', 'recul'],
    },
  },
  {
    // killed / no casualties
    en: { plus: ['kill', 'dead', 'death', 'casualty', 'casualties', 'fatality', 'fatalities'], minus: ['unharmed', 'unhurt', 'unscathed'] },
    fr: { plus: ['tuer', 'tué', 'tués', 'mort', 'morts', 'décès', 'victime'], minus: ['indemne', 'indemnes'] },
  },
  {
    // succeeded / failed
    en: { plus: ['succeed', 'success'], minus: ['fail', 'failure'] },
    fr: { plus: ['réussir', 'réussi', 'succès'], minus: ['échouer', 'échoué', 'échec'] },
  },
  {
    // authorised / banned
    en: { plus: ['authorise', 'authorize'], minus: ['ban', 'forbid', 'prohibit'] },
    fr: { plus: ['autoriser'], minus: ['interdire', 'interdit', 'prohiber'] },
  },
  {
    // upheld / overturned: what an appeal does to a ruling
    en: { plus: ['uphold', 'upheld'], minus: ['overturn', 'overturned', 'quash', 'quashed', 'annul', 'annulled'] },
    fr: { plus: ['valider', 'validé', 'maintenu'], minus: ['annuler', 'annulé', 'casser', 'cassé', 'infirmer', 'infirmé'] },
  },
  {
    // convicted, found guilty / acquitted
    en: { plus: ['convict', 'convicted', 'guilty'], minus: ['acquit', 'acquitted'] },
    fr: { plus: ['condamner', 'coupable', 'coupables'], minus: ['acquitter', 'acquitté'] },
  },
];

/** Stem → [group, pole] per language, built once from the lists above. */
const POLES: Record<StemLang, Map<string, [number, 1 | -1]>> = { fr: new Map(), en: new Map() };
OPPOSITES.forEach((g, gi) => {
  for (const lang of ['fr', 'en'] as const) {
    for (const [words, pole] of [[g[lang].plus, 1], [g[lang].minus, -1]] as const) {
      for (const w of words) {
        const stem = termOf(w, lang);
        if (stem) POLES[lang].set(stem, [gi, pole]);
      }
    }
  }
});

/** The opposites group and pole of a word's stem, or null. */
export function poleOfStem(stem: string, lang: StemLang): [group: number, pole: 1 | -1] | null {
  return POLES[lang].get(stem) ?? null;
}
