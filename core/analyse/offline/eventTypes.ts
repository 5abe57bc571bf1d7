/**
 * What reading a document produces — sentences, attributions, sources — and
 * what the reading steps of one sentence share.
 */
import type { Doc } from '../../corpus/types.js';
import type { Attribution, Source } from '../../schema.js';
import type { findQuotes } from './quotes.js';
import type { VerbSpan } from './speakerSlot.js';
import type { SpeakerParts } from './speakers.js';

export interface SentenceRef {
  passageId: string;
  /** Offsets within the passage text. */
  start: number;
  end: number;
  text: string;
}

export interface AttributionEvent extends Attribution {
  sentence: SentenceRef;
  /** Resolved from a pronoun or "ce dernier" rather than named in the sentence. */
  anaphoric: boolean;
}

export interface SourceEvent extends Source {
  sentence: SentenceRef;
}

export interface DocEvents {
  sentences: SentenceRef[];
  attributions: AttributionEvent[];
  sources: SourceEvent[];
}

const MAX_QUOTE_CHARS = 500;
// The dot of a title or an initial ("M. Dupont", "Dr. Lee", "J. Smith") does not end a name.
export function clip(s: SentenceRef): string {
  if (s.text.length <= MAX_QUOTE_CHARS) return s.text;
  const cut = s.text.lastIndexOf(' ', MAX_QUOTE_CHARS);
  return s.text.slice(0, cut > 100 ? cut : MAX_QUOTE_CHARS);
}

export function attribution(parts: SpeakerParts, kind: Attribution['kind'], quote: string, s: SentenceRef, anaphoric: boolean): AttributionEvent {
  return {
    speaker: parts.speaker,
    role: parts.role,
    organization: parts.organization,
    kind,
    quote,
    passageId: s.passageId,
    sentence: s,
    anaphoric,
  };
}

/** What the steps of one sentence share: where it stands, its quotations, and what it has found so far. */
export interface Sentence {
  passage: Doc['passages'][number];
  s: SentenceRef;
  /** Quotations of the passage; `closing` those that end in this sentence. */
  quotes: ReturnType<typeof findQuotes>;
  closing: ReturnType<typeof findQuotes>;
  /** Outlets the sentence names, in order. */
  ordered: Array<{ name: string; start: number }>;
  /** Reporting-verb groups outside quotations, in order. */
  verbs: VerbSpan[];
  /** Lower-cased text, for cheap word tests before the costlier patterns. */
  lower: string;
  found: AttributionEvent[];
}
