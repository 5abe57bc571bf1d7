/**
 * Index terms: what a word becomes before it is looked up.
 * Stopwords are Snowball's own lists (function words only: a claim's "forty"
 * or "state" must survive), stems are Snowball's French and English stemmers,
 * and accents are folded after stemming so "présumée" and "presumee" agree.
 * Stemming is most of an index build's cost, so the implementations are the
 * fast ones of the same algorithms: Orama's port of Snowball French (46,490
 * distinct French words of the bench corpus: 128 ms against 615 ms for
 * snowball-stemmers, 7 stems differ, all on a diaeresis) and porter2, which is
 * Snowball English (50,984 distinct English words: 54 ms against 370 ms, no
 * stem differs).
 */
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stem as englishStemmer } from 'porter2';
import { eng, fra } from 'stopword';
import { stripAccents } from './fold.js';
import type { Lang } from '../schema.js';

const stemmers = { fr: { stem: frenchStemmer }, en: { stem: englishStemmer } };
// The package's English list is short of Snowball's own; these complete it
// (possessives, auxiliaries and particles such as "over" in "handed over").
const SNOWBALL_EN_EXTRA = [
  'its', 'itself', 'it\'s', 'ours', 'ourselves', 'yours', 'yourself', 'yourselves', 'hers', 'herself', 'theirs',
  'themselves', 'whom', 'am', 'having', 'does', 'doing', 'until', 'against', 'during', 'above', 'below', 'down',
  'off', 'again', 'further', 'once', 'why', 'few', 'nor', 'own', 'so', 'will', 'shall', 'just', 'don', 'now',
];

// Both spellings, accented and folded, so a lookup needs no folding of its own.
const stopwords = {
  fr: new Set([...fra, ...fra.map((w) => stripAccents(w))]),
  en: new Set([...eng, ...SNOWBALL_EN_EXTRA]),
};

export type StemLang = 'fr' | 'en';

export function stemLang(lang: Lang): StemLang {
  return lang === 'en' ? 'en' : 'fr';
}

export function isStopword(word: string, lang: StemLang): boolean {
  return stopwords[lang].has(word.toLowerCase());
}

// Stemming is the hot path of indexing; words repeat, so their terms are memoised
// (bounded, so a corpus of unusual tokens cannot grow it without limit).
const MEMO_LIMIT = 200_000;
const memo = { fr: new Map<string, string | null>(), en: new Map<string, string | null>() };

/** The index term of one word in one language, or null for a stopword or noise. */
export function termOf(word: string, lang: StemLang): string | null {
  const cache = memo[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const term = computeTerm(word, lang);
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(word, term);
  return term;
}

function computeTerm(word: string, lang: StemLang): string | null {
  const lower = word.toLowerCase();
  if (lower.length === 0) return null;
  if (isStopword(lower, lang)) return null;
  if (/^\d+$/.test(lower)) return lower;
  if (lower.length === 1) return null;
  return stripAccents(stemmers[lang].stem(lower));
}

/**
 * A consonant skeleton of a name, so that transliterations of one name meet:
 * Idlib/Idleb, Nosra/Nusra, Cham/Sham, Qaïda/Qaeda, Alep/Aleppo,
 * Konachenkov/Konashenkov, Daech/Daesh. French and English spell the same
 * Arabic or Russian sounds differently (ch/sh, ou/u, q/k, doubled letters);
 * vowels carry most of that noise, so the key keeps the first letter and the
 * consonants after it. Prefixed "~" so it never collides with a stem.
 */
const nameMemo = new Map<string, string | null>();

export function nameKey(word: string): string | null {
  const hit = nameMemo.get(word);
  if (hit !== undefined) return hit;
  const key = computeNameKey(word);
  if (nameMemo.size >= MEMO_LIMIT) nameMemo.clear();
  nameMemo.set(word, key);
  return key;
}

function computeNameKey(word: string): string | null {
  let w = stripAccents(word.toLowerCase()).replace(/[^a-z]/g, '');
  if (w.length < 4) return null;
  w = w
    .replace(/tch|tsch|ch|sch|sh/g, 'S')
    .replace(/kh/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/dj|dzh|zh/g, 'j')
    .replace(/q|ck|c(?=[aou])/g, 'k')
    .replace(/x/g, 'ks');
  const first = w[0]!;
  const rest = w.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  if (rest.length < 1) return null;
  return `~${first === 'S' ? 'S' : first}${rest}`;
}
