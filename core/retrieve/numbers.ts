/**
 * Numbers as a reader means them, in French and English: digits with either
 * language's separators ("3,5" / "3.5", "10 000" / "10,000"), number words
 * ("quarante-deux", "forty-two", "quatre-vingts"), scale words ("3,5 millions",
 * "35 million"), approximations ("une trentaine", "around thirty") and bounds
 * ("plus de 100", "at least 12"), percentages and years. Alignment compares
 * these values, so "thirty" meets "30" and "3.5 million" does not meet "35 millions".
 */
import type { Token } from '../text/tokens.js';
import type { StemLang } from '../text/terms.js';

export type Bound = 'exact' | 'approx' | 'min' | 'max';

export interface NumberMention {
  /** null for a vague quantity ("des centaines", "dozens"): it never contradicts a number. */
  value: number | null;
  bound: Bound;
  percent: boolean;
  /** Four digits between 1800 and 2100, standing alone: a year compares only with years. */
  year: boolean;
  /** Token indices, inclusive, and character offsets of the whole expression. */
  first: number;
  last: number;
  start: number;
  end: number;
}

// General vocabulary of both languages: cardinal words, scale words, and the
// "-aine"/"dozen" nouns of approximate counts.
const UNITS_EN: Record<string, number> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const UNITS_FR: Record<string, number> = {
  zéro: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
};
const UNITS: Record<string, number> = { ...UNITS_EN, ...UNITS_FR };
/** "one"/"un"/"une" are also articles and pronouns: a number only inside a compound or before a scale word. */
const ONE = new Set(['one', 'un', 'une']);
const HUNDRED = new Set(['hundred', 'cent', 'cents']);
const SCALES: Record<string, number> = {
  thousand: 1e3, mille: 1e3, million: 1e6, millions: 1e6, billion: 1e9, milliard: 1e9, milliards: 1e9, trillion: 1e12,
};
/** Scale words that, plural and without a count, are vague ("millions of people"). */
const VAGUE_PLURALS = new Set(['hundreds', 'thousands', 'millions', 'billions', 'dozens', 'scores', 'milliers', 'dizaines', 'centaines', 'douzaines', 'vingtaines', 'milliards']);
const APPROX_EN: Record<string, number> = { dozen: 12 };
const APPROX_FR: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
  soixantaine: 60, centaine: 100, millier: 1000,
};
const APPROX_NOUNS: Record<string, number> = { ...APPROX_EN, ...APPROX_FR };
const CONNECTORS = new Set(['et', 'and']);
/** Words that qualify a number rather than say what it counts. */
export function isQuantifier(word: string): boolean {
  const w = word.toLowerCase();
  return APPROX_BEFORE.has(w) || MIN_BEFORE.has(w) || MAX_BEFORE.has(w) || w === 'moins' || w === 'than' || w === 'least';
}

/** Words before a number that make it approximate or a bound (one or two words back). */
// "près de 900", "autour de 900": the preposition stands between, the word two back makes it approximate.
const APPROX_BEFORE = new Set(['around', 'about', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'circa', 'environ', 'presque', 'quasiment', 'approximativement', 'quelque', 'près', 'autour']);
const MIN_BEFORE = new Set(['over', 'more', 'least', 'plus', 'above', 'exceeding', 'dépassant', 'minimum']);
const MAX_BEFORE = new Set(['under', 'less', 'fewer', 'up', 'maximum', 'below']);
const PERCENT_AFTER = /^\s*(?:%|pour ?cents?\b|percent\b|per cent\b)/iu;

// Plain objects would answer `"constructor" in UNITS`: lookups go through own properties only.
const own = (table: Record<string, number>, w: string): number | undefined => (Object.hasOwn(table, w) ? table[w] : undefined);

/** Numeric value of one word, for query alternatives ("thirty" → 30); undefined if none. */
export function numberWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  return own(UNITS, w) ?? own(APPROX_NOUNS, w);
}

const WORDS_BY_VALUE: Record<StemLang, Map<number, string[]>> = { fr: new Map(), en: new Map() };
for (const [lang, tables] of [['en', [UNITS_EN, APPROX_EN]], ['fr', [UNITS_FR, APPROX_FR]]] as const) {
  for (const table of tables) {
    for (const [w, v] of Object.entries(table)) WORDS_BY_VALUE[lang].set(v, [...(WORDS_BY_VALUE[lang].get(v) ?? []), w]);
  }
}

/** The single words that may write a small number in a language ("30" → trente, trentaine). */
export function wordsForValue(value: number, lang: StemLang): string[] {
  return WORDS_BY_VALUE[lang].get(value) ?? [];
}

// News writes sums with a scale letter: "£13m", "$2bn", "10k", "1.5bn".
const SCALE_SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };
const SUFFIXED_RE = /^(\d+)(k|m|mn|bn|b|tn)$/i;

/** The value of one token written with a scale letter ("31m" → 31 000 000), else undefined. */
export function suffixedValue(word: string): number | undefined {
  const m = SUFFIXED_RE.exec(word);
  return m ? Number(m[1]) * SCALE_SUFFIXES[m[2]!.toLowerCase()]! : undefined;
}

/** Reads digit groups with the language's separators: "3,5" is 3.5 in French, "10,000" ten thousand in English. */
function digitsAt(tokens: Token[], i: number, text: string, lang: StemLang): { value: number; last: number; plain: boolean } | null {
  const tok = tokens[i]!;
  const scaled = suffixedValue(tok.text);
  if (scaled !== undefined) return { value: scaled, last: i, plain: false };
  if (!/^\d+$/.test(tok.text)) return null;
  let intPart = tok.text;
  let last = i;
  let frac = '';
  while (last + 1 < tokens.length && /^\d+$/.test(tokens[last + 1]!.text)) {
    const next = tokens[last + 1]!;
    const sep = text.slice(tokens[last]!.end, next.start);
    const thousands =
      next.text.length === 3 &&
      !frac &&
      (((sep === ',' && lang === 'en') || (sep === '.' && lang === 'fr')) || (/^[\s\u00A0\u202F]$/.test(sep) && intPart.length <= 3) || (/^[\s\u00A0\u202F]$/.test(sep) && /^\d{1,3}(\d{3})*$/.test(intPart) && last > i));
    if (thousands) {
      intPart += next.text;
      last++;
      continue;
    }
    const decimal = !frac && ((sep === ',' && lang === 'fr') || (sep === '.' && lang === 'en') || ((sep === ',' || sep === '.') && next.text.length !== 3));
    // "1.5bn": the scale letter closes the decimal.
    const suffix = SUFFIXED_RE.exec(next.text);
    if (suffix && !frac && (sep === ',' || sep === '.')) {
      const value = Number(`${intPart}.${suffix[1]}`) * SCALE_SUFFIXES[suffix[2]!.toLowerCase()]!;
      return { value, last: last + 1, plain: false };
    }
    if (decimal) {
      frac = next.text;
      last++;
      continue;
    }
    break;
  }
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  return { value, last, plain: last === i };
}

/**
 * A whole number written in digit groups ("6 500", "1,200,000"): the index of its
 * last token and its digits joined ("6500"), or null for a single token or a decimal.
 */
export function groupedDigitsAt(tokens: Token[], i: number, text: string, lang: StemLang): { last: number; digits: string } | null {
  const d = digitsAt(tokens, i, text, lang);
  if (!d || d.last === i || !Number.isInteger(d.value)) return null;
  return { last: d.last, digits: String(d.value) };
}

/** Every number expression of a token list (the tokens of one claim or passage). */
/** Whether a word may begin a number expression: the cheap test before reading one. */
function mayStartNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return word.length <= LONGEST_NUMBER_WORD && NUMBER_WORDS.has(word.toLowerCase());
}
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(SCALES), ...Object.keys(APPROX_NOUNS), ...ONE, 'a', ...HUNDRED, ...VAGUE_PLURALS]);
const LONGEST_NUMBER_WORD = Math.max(...[...NUMBER_WORDS].map((w) => w.length));

export function numberMentions(tokens: Token[], text: string, lang: StemLang): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartNumber(tokens[i]!.text)) continue;
    const m = mentionAt(tokens, i, text, lang);
    if (!m) continue;
    out.push(m);
    i = m.last;
  }
  return out;
}

function lower(tokens: Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? '';
}

/** Adds a cardinal word to the running value, or returns null when it starts another number ("deux trois"). */
function addUnit(current: number, any: boolean, word: string, v: number): number | null {
  const tens = current % 100;
  // Quatre-vingts: four twenties, not twenty-four.
  if ((word === 'vingt' || word === 'vingts') && tens === 4) return current + 76;
  if (!any || tens === 0) return current + v;
  if (v < 10 && (tens === 10 || (tens >= 20 && tens % 10 === 0))) return current + v; // dix-sept, thirty-two
  if (v >= 10 && v < 20 && (tens === 60 || tens === 80)) return current + v; // soixante-dix, quatre-vingt-dix
  return null;
}

function mentionAt(tokens: Token[], i: number, text: string, lang: StemLang): NumberMention | null {
  if (VAGUE_PLURALS.has(lower(tokens, i))) return finish(tokens, i, i, null, 'approx', text);
  let total = 0;
  let current = 0;
  let any = false;
  let approx = false;
  let digitsOnly = true;
  let last = -1;
  for (let j = i; j < tokens.length; j++) {
    const word = lower(tokens, j);
    const after = lower(tokens, j + 1);
    if (j > i && !/^[\s\u00A0\u202F-]*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    const digits = digitsAt(tokens, j, text, lang);
    if (digits) {
      if (any) break;
      current = digits.value;
      digitsOnly = digits.plain;
      any = true;
      j = last = digits.last;
      continue;
    }
    if (Object.hasOwn(UNITS, word)) {
      const next = addUnit(current, any, word, UNITS[word]!);
      if (next === null) break;
      current = next;
    } else if (ONE.has(word) || word === 'a') {
      // "vingt et un", "one hundred", "un million", "une trentaine"; an article otherwise.
      if (Object.hasOwn(APPROX_NOUNS, after) || ((HUNDRED.has(after) || Object.hasOwn(SCALES, after)) && !any)) {
        if (word !== 'a' && !(Object.hasOwn(APPROX_NOUNS, after))) current += 1;
      } else if (any && word !== 'a' && current % 10 === 0 && current % 100 !== 0) {
        current += 1;
      } else break;
    } else if (HUNDRED.has(word)) {
      current = (current || 1) * 100;
    } else if (Object.hasOwn(SCALES, word)) {
      if (!any && word.endsWith('s')) break;
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else if (Object.hasOwn(APPROX_NOUNS, word)) {
      // "une trentaine de", "deux centaines": a count; "en quarantaine" (isolation) is a word.
      const before = lower(tokens, j - 1);
      const follows = /^\s*d(?:e\s|['’])/iu.test(text.slice(tokens[j]!.end, tokens[j]!.end + 4));
      if (!any && !(ONE.has(before) || before === 'a') && !follows) break;
      current = (current || 1) * APPROX_NOUNS[word]!;
      approx = true;
    } else if (CONNECTORS.has(word) && any && (Object.hasOwn(UNITS, after) || ONE.has(after))) {
      continue; // "vingt et un", "hundred and five": the number goes on
    } else {
      break;
    }
    any = true;
    digitsOnly = false;
    last = j;
  }
  if (!any || last < 0) return null;
  const value = total + current;
  // An article alone ("une" before a non-number) never gets here; "une" + noun is a count of one noun.
  const m = finish(tokens, i, last, value, approx ? 'approx' : boundBefore(tokens, i), text);
  m.year = digitsOnly && last === i && /^\d{4}$/.test(tokens[i]!.text) && value >= 1800 && value <= 2100 && !m.percent;
  return m;
}

function boundBefore(tokens: Token[], i: number): Bound {
  for (const k of [i - 1, i - 2]) {
    const w = lower(tokens, k);
    if (w === 'moins') return lower(tokens, k - 1) === 'au' ? 'min' : 'max'; // "au moins" / "moins de"
    if (APPROX_BEFORE.has(w)) return 'approx';
    if (MIN_BEFORE.has(w)) return 'min';
    if (MAX_BEFORE.has(w)) return 'max';
  }
  return 'exact';
}

function finish(tokens: Token[], first: number, last: number, value: number | null, bound: Bound, text: string): NumberMention {
  const end = tokens[last]!.end;
  const pct = PERCENT_AFTER.exec(text.slice(end, end + 12));
  return {
    value,
    bound,
    percent: pct !== null,
    year: false,
    first,
    last,
    start: tokens[first]!.start,
    end: pct ? end + pct[0].length : end,
  };
}

/** The range a mention allows: an approximation a quarter either way, a bound one side. */
function range(m: NumberMention): [number, number] {
  const v = m.value!;
  switch (m.bound) {
    case 'approx':
      return [v * 0.8, v * 1.25];
    case 'min':
      return [v, Infinity];
    case 'max':
      return [0, v];
    default:
      return [v * (1 - 1e-9), v * (1 + 1e-9)];
  }
}

/** Same kind of quantity: years with years, percentages with percentages, counts with counts. */
export function sameKind(a: NumberMention, b: NumberMention): boolean {
  return a.year === b.year && a.percent === b.percent;
}

/** Whether two mentions can state the same quantity (a vague one agrees with anything). */
export function compatible(a: NumberMention, b: NumberMention): boolean {
  if (a.value === null || b.value === null) return true;
  // "over 150" and "over 450" overlap as ranges but are not the same statement.
  if (a.bound === b.bound && (a.bound === 'min' || a.bound === 'max')) return Math.abs(a.value - b.value) <= 0.1 * Math.max(a.value, b.value);
  const [a0, a1] = range(a);
  const [b0, b1] = range(b);
  return a0 <= b1 && b0 <= a1;
}
