/**
 * Text folding. Two strengths, for two jobs:
 * - `foldForGrounding` only evens out whitespace and typographic quotes, so a quote
 *   checked with it is still the corpus's own words;
 * - `foldKey` also drops case and accents, for matching names ("Qaïda" ~ "qaida").
 */

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2039': '"', '\u203A': '"',
};
const QUOTE_RE = /[\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A]/g;
// Zero-width characters and the BOM carry no meaning but break matching.
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export function foldQuotes(text: string): string {
  return text.replace(QUOTE_RE, (c) => QUOTE_MAP[c] ?? c);
}

/** Whitespace and typographic quotes only: the equivalence the grounding check allows. */
export function foldForGrounding(text: string): string {
  return foldQuotes(text.replace(INVISIBLE_RE, '')).replace(/\s+/g, ' ').trim()
    // «  guillemets » carry inner spaces in French; after folding to '"', drop them.
    .replace(/" /g, '"').replace(/ "/g, '"');
}

function stripAccentsSlow(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

// Latin letters up to U+024F, each folded once by the slow path: a text made only of
// them (and holding no combining mark) folds character by character to the same result,
// without two normalisations per call — stems and name keys fold every word they make.
const FAST_LIMIT = 0x250;
const FOLDED: string[] = Array.from({ length: FAST_LIMIT }, (_, c) => stripAccentsSlow(String.fromCharCode(c)));

export function stripAccents(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FAST_LIMIT) return stripAccentsSlow(text);
    const f = FOLDED[c]!;
    if (f.length !== 1 || f.charCodeAt(0) !== c) changed = true;
    out += f;
  }
  return changed ? out : text;
}

/** Case-, accent-, quote- and whitespace-insensitive key for names and substrings. */
export function foldKey(text: string): string {
  return stripAccents(foldQuotes(text.replace(INVISIBLE_RE, '')).toLowerCase())
    // "al-Masdar" and "Al Masdar" are one name; hyphens fold to spaces (same length, offsets hold).
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a text, as a set (for "does this text name X" asked many times). */
export function foldedWordSet(text: string): Set<string> {
  return new Set(foldKey(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** True when `needle` stands in `haystack` up to case, accents, quotes and whitespace. */
export function containsFolded(haystack: string, needle: string): boolean {
  const n = foldKey(needle);
  return n.length > 0 && foldKey(haystack).includes(n);
}

/**
 * True when `needle` stands in `haystack` as whole words, up to case, accents,
 * quotes and whitespace: "RT" is in "selon RT," but not in "rapport".
 */
// Grounding asks of the same passages, claim after claim, whether they hold each name:
// their folded form is kept (bounded) rather than folded again for every name.
const FOLDED_LIMIT = 4096;
const foldedTexts = new Map<string, string>();
function foldedText(text: string): string {
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    if (foldedTexts.size >= FOLDED_LIMIT) foldedTexts.clear();
    foldedTexts.set(text, (folded = foldKey(text)));
  }
  return folded;
}

export function containsWords(haystack: string, needle: string): boolean {
  const n = foldKey(needle);
  if (n.length === 0) return false;
  const h = foldedText(haystack);
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    const before = h[i - 1];
    const after = h[i + n.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}

/** Removes invisible characters and control bytes a pasted claim may carry. */
export function cleanInput(text: string): string {
  return text
    .replace(INVISIBLE_RE, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
