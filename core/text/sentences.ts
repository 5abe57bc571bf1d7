/**
 * Sentence splitting with character offsets, on ICU's sentence segmenter
 * (`Intl.Segmenter`, built into Node), then mended where ICU breaks after an
 * abbreviation or an initial ("M. Dupont", "le général O. Yegorov").
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });

// A segment ending in one of these is not the end of a sentence.
const ABBREVIATION_END = /(?:^|[\s(«"'])(?:[A-Z]|(?:\p{Lu}\.)+\p{Lu}|M|Mme|Mlle|MM|Dr|Pr|Me|St|Ste|Mr|Mrs|Ms|Gen|Gén|Col|Lt|Sgt|Capt|Jr|Sr|No|n°|art|av|apr|J\.-C|etc|vs|cf|ex|env|p|pp|vol|ch|fig|éd|ed|Inc|Ltd|Co|Corp|U\.S|U\.K|St|Gov|Sen|Rep|Prof|Mgr|Messrs|v)\.\s*$/u;
// A month written short ends no sentence before its day or year: "on Nov. 15", "le 3 janv. 2020".
const MONTH_ABBREVIATION_END = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|avr|juil|sept|oct|nov|déc)\.\s*$/iu;

export function splitSentences(text: string, offset = 0): Span[] {
  const raw: Span[] = [];
  for (const s of segmenter.segment(text)) {
    raw.push({ start: s.index, end: s.index + s.segment.length, text: s.segment });
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && (ABBREVIATION_END.test(prev.text) || (MONTH_ABBREVIATION_END.test(prev.text) && /^\s*\d/.test(span.text)))) {
      prev.end = span.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      merged.push({ ...span });
    }
  }
  // Trim whitespace at the edges while keeping offsets exact.
  const out: Span[] = [];
  for (const span of merged) {
    const lead = span.text.length - span.text.trimStart().length;
    const trail = span.text.length - span.text.trimEnd().length;
    const start = span.start + lead;
    const end = span.end - trail;
    if (end > start) out.push({ start: start + offset, end: end + offset, text: text.slice(start, end) });
  }
  return out;
}
