/**
 * Word tokens with offsets — runs of letters and digits, apostrophes inside a
 * word kept ("aujourd'hui") — plus the French elision
 * rule (l', d', qu', j', n', s', c', m', t', jusqu', lorsqu', puisqu') so that
 * "l'armée" and "armée" are the same word.
 */

export interface Token {
  /** The surface form, elision removed ("armée" for "l'armée"). */
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter in the source. */
  capitalised: boolean;
  /** First token of its sentence (capitalisation says less there). */
  sentenceInitial: boolean;
}

// ICU's word segmenter gives the same words for French and English but cost a
// quarter of indexing time at 100k passages. A word is a run of letters, digits
// and marks, apostrophes inside kept: /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/u.
// `scanWords` matches exactly that pattern with a character table — three times
// faster than the regular expression over a hundred thousand passages.
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR_RE.test(String.fromCharCode(c))) WORD_CHAR[c] = 1;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Whether text[i] is the colon of a time: one or two digits before it (the whole word so far), two after and no third. */
function isClockColon(text: string, start: number, i: number): boolean {
  if (text.charCodeAt(i) !== 0x3a || i - start > 2 || i === start) return false;
  for (let k = start; k < i; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && wordCharAt(text, i + 3) === 0;
}

/** Length of the word character at i (1, or 2 for an astral letter), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (WORD_CHAR[c] === 1) return 1;
  return c >= 0xd800 && c <= 0xdbff && WORD_CHAR_RE.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Calls `visit(start, end)` for every word of the text, in order. */
export function scanWords(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = wordCharAt(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    for (;;) {
      for (let w = wordCharAt(text, i); w > 0 && i < n; w = wordCharAt(text, i)) i += w;
      // An apostrophe inside a word ("aujourd'hui", "l'armée") when a word character follows.
      if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) {
        i++;
        continue;
      }
      // A clock time is one word ("12:07", "3:40 PM"): its hour is not a count of twelve or three.
      if (isClockColon(text, start, i)) {
        i++;
        continue;
      }
      break;
    }
    const code = currencyPrefix(text, start, i);
    if (code > 0) visit(start, start + code);
    visit(start + code, i);
  }
}

// "EUR40 billion", "USD5m", "Rs500": an ISO currency code glued to its amount is two words, so the amount is a number.
const GLUED_CURRENCY_RE = /^(?:EUR|USD|GBP|CHF|JPY|CNY|RMB|INR|AUD|CAD|NZD|SEK|NOK|DKK|PLN|RUB|TRY|ZAR|BRL|MXN|HKD|SGD|Rs)(?=\d+(?:[.,]\d+)?$)/u;

/** The length of a currency code glued to the digits of the word text[start, end), or 0. */
function currencyPrefix(text: string, start: number, end: number): number {
  if (end - start < 3 || !isDigit(text.charCodeAt(end - 1))) return 0;
  return GLUED_CURRENCY_RE.exec(text.slice(start, end))?.[0].length ?? 0;
}

const SENTENCE_END_RE = /[.!?…]/;
const ELISION_RE = /^(?:[lLdDjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu)['\u2019\u02BC]/u;
const UPPER_RE = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceInitial = true;
  let last = 0;
  scanWords(text, (at, end) => {
    if (SENTENCE_END_RE.test(text.slice(last, at))) sentenceInitial = true;
    last = end;
    let word = text.slice(at, end);
    let start = at;
    const elision = ELISION_RE.exec(word);
    if (elision && word.length > elision[0].length) {
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    // An English possessive ("Assad's") is the name itself.
    if (/['\u2019]s$/u.test(word) && word.length > 3) word = word.slice(0, -2);
    tokens.push({ text: word, start, end: start + word.length, capitalised: UPPER_RE.test(word), sentenceInitial });
    sentenceInitial = false;
  });
  return tokens;
}

/**
 * The words of a text as offsets, elision and possessive removed, each with
 * whether it is capitalised: what indexing reads, where a hundred thousand
 * passages make every allocation count — a word is sliced only when it holds
 * an apostrophe.
 */
export function forEachWordSpan(text: string, visit: (start: number, end: number, capitalised: boolean) => void): void {
  scanWords(text, (start, end) => {
    if (end - start > 1 && hasApostrophe(text, start, end)) {
      const word = text.slice(start, end);
      const elision = ELISION_RE.exec(word);
      if (elision && word.length > elision[0].length) start += elision[0].length;
      // An English possessive ("Assad's") is the name itself.
      const q = text.charCodeAt(end - 2);
      if (end - start > 3 && (q === 0x27 || q === 0x2019) && text.charCodeAt(end - 1) === 0x73) end -= 2;
    }
    const first = text[start]!;
    visit(start, end, first !== first.toLowerCase());
  });
}

function hasApostrophe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isApostrophe(text.charCodeAt(i))) return true;
  return false;
}

/** `forEachWordSpan` with each word as a string. */
export function forEachWord(text: string, visit: (word: string, capitalised: boolean) => void): void {
  forEachWordSpan(text, (start, end, capitalised) => visit(text.slice(start, end), capitalised));
}
