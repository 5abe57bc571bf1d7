/**
 * What alignment reads from a text — tokens, stems, name keys, outcome poles,
 * numbers, polarity and gaps — and that reading put against one claim's concepts.
 */
import { tokenize, type Token } from '../../text/tokens.js';
import { nameKey, stemLang, termOf, type StemLang } from '../../text/terms.js';
import type { Concept } from '../query.js';
import { numberMentions, type NumberMention } from '../numbers.js';
import { poleOfStem } from '../polarity.js';
import type { AlignContext } from './context.js';

/**
 * What alignment reads from a text, whatever the claim: tokens, stems, name
 * keys, outcome poles, numbers, polarity. Cached per passage (a few hundred,
 * least recently used first out): the same passages head the ranking for
 * related claims.
 */
export interface Text {
  text: string;
  lang: StemLang;
  tokens: Token[];
  /** Per token, its stem and, if capitalised, its name key. */
  stems: Array<string | null>;
  keys: Array<string | null>;
  /** Per token, whether it is a content word (not a function word). */
  content: boolean[];
  /** Per token, its outcome group and pole ("rejected" → adopted/rejected, −), or null. */
  poles: Array<[number, 1 | -1] | null>;
  numbers: NumberMention[];
  /** Per token, whether it belongs to a number expression. */
  numeric: boolean[];
  /** Per token, its polarity, computed when first asked. */
  polarity: Array<Polarity | undefined>;
  /** Per token, what separates it from the one before: 0 a space, 1 a comma or bracket, 2 a sentence break. */
  gapBefore: Uint8Array;
}

/** A text read against one claim: which claim concepts each token stands for. */
export interface Reading extends Text {
  concepts: number[][];
  /** Token positions of each claim concept. */
  positions: Map<number, number[]>;
}

export interface Polarity {
  sign: 1 | 0 | -1;
  /** Where to start quoting: the negation, or the word itself. */
  start: number;
}

/** How many content words may stand between a number and the noun it counts ("140 fishing boats"). */
export const UNIT_REACH = 2;

const SENTENCE_BREAK_RE = /[.;:!?\n]/;
/** What a number counts stands in its own phrase: "April 12, 1981, Space Shuttle…" counts no shuttle; a dash ends a dateline ("SEATTLE — A judge"). */
const PHRASE_BREAK_RE = /[.;:!?\n,()[\]—–]/;

/**
 * Index terms → claim concepts, for passages in the claim's language or the
 * other. In the claim's own language a concept is its own stem, name key and
 * number forms: its translations are other-language words, and meeting them in
 * a same-language passage is a collision ("question" → contester → "contest").
 */
export function conceptTerms(concepts: Concept[], claimLang: StemLang): Record<'same' | 'cross', Map<string, number[]>> {
  const maps = { same: new Map<string, number[]>(), cross: new Map<string, number[]>() };
  const put = (map: Map<string, number[]>, term: string, i: number) => {
    const list = map.get(term) ?? [];
    if (!list.includes(i)) list.push(i);
    map.set(term, list);
  };
  concepts.forEach((c, i) => {
    const own = new Set([termOf(c.word, claimLang), nameKey(c.word)]);
    for (const a of c.alternatives) {
      put(maps.cross, a.term, i);
      if (c.number || own.has(a.term)) put(maps.same, a.term, i);
    }
  });
  return maps;
}

function readText(text: string, lang: StemLang): Text {
  const tokens = tokenize(text);
  const stems = tokens.map((tok) => termOf(tok.text, lang));
  const keys = tokens.map((tok) => (tok.capitalised ? nameKey(tok.text) : null));
  const numbers = numberMentions(tokens, text, lang);
  const numeric = tokens.map(() => false);
  for (const m of numbers) for (let k = m.first; k <= m.last; k++) numeric[k] = true;
  const gapBefore = new Uint8Array(tokens.length);
  for (let k = 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    gapBefore[k] = SENTENCE_BREAK_RE.test(gap) ? 2 : PHRASE_BREAK_RE.test(gap) ? 1 : 0;
  }
  return {
    gapBefore,
    text,
    lang,
    tokens,
    stems,
    keys,
    content: stems.map((st) => st !== null),
    poles: stems.map((st) => (st ? poleOfStem(st, lang) : null)),
    numbers,
    numeric,
    polarity: [],
  };
}

const TEXT_CACHE_SIZE = 512;
const textCache = new Map<string, Text>();

/** A passage's reading, from the cache when its text was read before. */
export function passageText(text: string, lang: StemLang): Text {
  const key = `${lang}\u0000${text}`;
  const known = textCache.get(key);
  if (known) {
    // Refresh its place: a Map iterates in insertion order, so the first key is the least recent.
    textCache.delete(key);
    textCache.set(key, known);
    return known;
  }
  const read = readText(text, lang);
  if (textCache.size >= TEXT_CACHE_SIZE) textCache.delete(textCache.keys().next().value!);
  textCache.set(key, read);
  return read;
}

export function withConcepts(t: Text, concepts: number[][]): Reading {
  const positions = new Map<number, number[]>();
  concepts.forEach((cs, k) => {
    for (const c of cs) positions.set(c, [...(positions.get(c) ?? []), k]);
  });
  return { ...t, concepts, positions };
}

export function conceptsOf(t: Text, byTerm: Map<string, number[]>): number[][] {
  return t.tokens.map((_, k) => {
    const found: number[] = [];
    for (const term of [t.stems[k], t.keys[k]]) if (term) for (const c of byTerm.get(term) ?? []) if (!found.includes(c)) found.push(c);
    return found;
  });
}

/** The claim read with its own stems only: a claim token stands for the concept of its own word. */
export function readClaim(ctx: AlignContext): Reading {
  const lang = stemLang(ctx.lang);
  const own = new Map<string, number[]>();
  ctx.concepts.forEach((c, i) => {
    const stem = termOf(c.word, lang);
    for (const t of [stem, c.word.toLowerCase()]) if (t) own.set(t, [...(own.get(t) ?? []), i]);
  });
  const t = readText(ctx.claim, lang);
  return withConcepts(t, t.tokens.map((tok, k) => own.get(t.stems[k] ?? tok.text.toLowerCase()) ?? []));
}

export function slice(r: Reading, first: number, last: number): string {
  return r.text.slice(r.tokens[first]!.start, r.tokens[last]!.end);
}

/** Whether a sentence (or, with `clause`, a phrase) ends between two neighbouring tokens. */
export function breakBetween(r: Text, a: number, b: number, clause = false): boolean {
  return r.gapBefore[Math.max(a, b)]! >= (clause ? 1 : 2);
}

/**
 * Content tokens next to a position, in one direction, up to `reach` of them,
 * within the sentence (or, with `clause`, within the phrase: a comma ends it):
 * what a number counts, what a name does.
 */
export function contentNeighbours(
  r: Reading,
  from: number,
  dir: 1 | -1,
  reach: number,
  skip: (k: number) => boolean = () => false,
  clause = false,
): number[] {
  const out: number[] = [];
  for (let k = from + dir; k >= 0 && k < r.tokens.length && out.length < reach; k += dir) {
    if (breakBetween(r, k - dir, k, clause)) break;
    if (!r.content[k] || skip(k)) continue;
    out.push(k);
  }
  return out;
}

export function inNumber(r: Reading, k: number): boolean {
  return r.numeric[k]!;
}
