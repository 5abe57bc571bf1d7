/**
 * Cutting a document into passages: sentence-aware windows of at most
 * MAX_PASSAGE_CHARS characters. A window never crosses a boilerplate line and
 * prefers to end where a paragraph ends, so a passage reads as a unit and its
 * quotes stay in context.
 */
import { splitSentences, type Span } from '../text/sentences.js';
import type { Line } from './metadata.js';
import type { Passage } from './types.js';

export const MAX_PASSAGE_CHARS = 600;
/** Past this length a window closes at the next paragraph end rather than run on. */
const PARAGRAPH_BREAK_CHARS = 250;

interface Unit extends Span {
  /** Index of the content line it comes from. */
  line: number;
  /** Whether the previous content line was adjacent (no boilerplate between). */
  contiguous: boolean;
}

/** Splits an over-long sentence at word boundaries. */
function chop(span: Span, max: number): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const text = span.text;
  let rel = 0;
  while (text.length - rel > max) {
    let cut = text.lastIndexOf(' ', rel + max);
    if (cut <= rel) cut = rel + max;
    out.push({ start: start + rel, end: start + cut, text: text.slice(rel, cut) });
    rel = cut;
    while (text[rel] === ' ') rel++;
  }
  out.push({ start: start + rel, end: span.end, text: text.slice(rel) });
  return out;
}

export function cutPassages(docId: string, text: string, lines: Line[], max = MAX_PASSAGE_CHARS): Passage[] {
  const units: Unit[] = [];
  lines.forEach((line, i) => {
    const contiguous = i > 0 && !text.slice(lines[i - 1]!.end, line.start).replace(/\s/g, '').length;
    splitSentences(line.text, line.start).forEach((s, k) => {
      for (const piece of chop(s, max)) units.push({ ...piece, line: i, contiguous: k > 0 || contiguous });
    });
  });

  const passages: Passage[] = [];
  let current: Unit[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0]!.start;
    const end = current[current.length - 1]!.end;
    const n = passages.length;
    passages.push({ id: `${docId}#${n}`, docId, n, start, end, text: text.slice(start, end) });
    current = [];
  };
  for (const unit of units) {
    if (current.length > 0) {
      const start = current[0]!.start;
      const last = current[current.length - 1]!;
      const newLine = unit.line !== last.line;
      const tooLong = unit.end - start > max;
      const crossesFurniture = newLine && !unit.contiguous;
      const paragraphDone = newLine && last.end - start >= PARAGRAPH_BREAK_CHARS;
      if (tooLong || crossesFurniture || paragraphDone) flush();
    }
    current.push(unit);
  }
  flush();
  return passages;
}
