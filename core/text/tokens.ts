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
// quarter of indexing time at 100k passages; this pattern matches its output here.
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’\u02BC][\p{L}\p{N}\p{M}]+)*/gu;
const SENTENCE_END_RE = /[.!?…]/;
const ELISION_RE = /^(?:[lLdDjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu)['\u2019\u02BC]/u;
const UPPER_RE = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceInitial = true;
  let last = 0;
  for (const m of text.matchAll(WORD_RE)) {
    if (SENTENCE_END_RE.test(text.slice(last, m.index))) sentenceInitial = true;
    last = m.index! + m[0].length;
    let word = m[0];
    let start = m.index!;
    const elision = ELISION_RE.exec(word);
    if (elision && word.length > elision[0].length) {
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    // An English possessive ("Assad's") is the name itself.
    if (/['\u2019]s$/u.test(word) && word.length > 3) word = word.slice(0, -2);
    tokens.push({ text: word, start, end: start + word.length, capitalised: UPPER_RE.test(word), sentenceInitial });
    sentenceInitial = false;
  }
  return tokens;
}

/**
 * The words of a text, elision and possessive removed, each with whether it is
 * capitalised: `tokenize` without offsets or objects, for indexing, where a
 * hundred thousand passages make every allocation count.
 */
export function forEachWord(text: string, visit: (word: string, capitalised: boolean) => void): void {
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    let word = m[0];
    if (word.length > 1 && (word.includes("'") || word.includes('’') || word.includes('\u02BC'))) {
      const elision = ELISION_RE.exec(word);
      if (elision && word.length > elision[0].length) word = word.slice(elision[0].length);
      if (/['\u2019]s$/u.test(word) && word.length > 3) word = word.slice(0, -2);
    }
    const first = word[0]!;
    visit(word, first !== first.toLowerCase());
  }
}
