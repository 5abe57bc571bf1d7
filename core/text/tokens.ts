/**
 * Word tokens with offsets, on ICU's word segmenter, plus the French elision
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

const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });
const ELISION_RE = /^(?:[lLdDjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu|[qQ]uoiqu)['\u2019\u02BC]/u;
const UPPER_RE = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceInitial = true;
  for (const seg of wordSegmenter.segment(text)) {
    if (!seg.isWordLike) {
      if (/[.!?…]/.test(seg.segment)) sentenceInitial = true;
      continue;
    }
    let word = seg.segment;
    let start = seg.index;
    const elision = ELISION_RE.exec(word);
    if (elision && word.length > elision[0].length) {
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    // ICU keeps "aujourd'hui" whole but also "Al-Qaïda's"-style tails; strip an English possessive.
    if (/['\u2019]s$/u.test(word) && word.length > 3) word = word.slice(0, -2);
    tokens.push({ text: word, start, end: start + word.length, capitalised: UPPER_RE.test(word), sentenceInitial });
    sentenceInitial = false;
  }
  return tokens;
}
