/**
 * Quoted speech in a passage: «…», “…”, "…" spans with offsets, matched
 * outermost-first so a “nested” quote stays inside its «guillemets».
 */

export interface QuoteSpan {
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
}

const PAIRS: Array<[string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];

/** Shorter quoted spans are scare quotes ("« Casques blancs »"), not speech. */
export const MIN_SPEECH_CHARS = 24;

export function findQuotes(text: string, minChars = MIN_SPEECH_CHARS): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const inside = (i: number) => spans.some((s) => i >= s.outerStart && i < s.outerEnd);
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      from = b + 1;
      if (inside(a)) continue;
      let start = a + 1;
      let end = b;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end - start >= minChars) spans.push({ start, end, outerStart: a, outerEnd: b + 1 });
    }
  }
  // A passage cut inside a long quotation holds only one of its guillemets:
  // the quote then runs from the passage's start, or to its end.
  const firstOpen = text.indexOf('«');
  const firstClose = text.indexOf('»');
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen) && !inside(firstClose)) {
    const end = text.slice(0, firstClose).trimEnd().length;
    if (end >= minChars) spans.push({ start: 0, end, outerStart: 0, outerEnd: firstClose + 1 });
  }
  const lastOpen = text.lastIndexOf('«');
  if (lastOpen >= 0 && text.indexOf('»', lastOpen) < 0 && !inside(lastOpen)) {
    const start = lastOpen + 1 + (text.slice(lastOpen + 1).length - text.slice(lastOpen + 1).trimStart().length);
    if (text.length - start >= minChars) spans.push({ start, end: text.trimEnd().length, outerStart: lastOpen, outerEnd: text.length });
  }
  return spans.sort((x, y) => x.start - y.start);
}
