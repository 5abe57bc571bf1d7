import type { Engine } from '../engine.js';
import type { Concept } from '../retrieve/query.js';
import type { Findings, Judgement, Lang, LlmRun, ReportPassage } from '../schema.js';

export interface AnalyserInput {
  claim: string;
  lang: Lang;
  /**
   * The passages that carry the claim, best first (already retrieved and judged);
   * with `candidates`, the passages that may carry it, for a judging analyser to read.
   */
  passages: ReportPassage[];
  /**
   * Set when the alignment left `found` undecided (no passage covers enough of the
   * claim, none differs from it): `passages` are candidates, and only an analyser
   * that `judges` can say which carry the claim.
   */
  candidates?: boolean;
  /**
   * Further passages a finding may cite: the rest of each carrying document,
   * where its outlet, its speaker or the antecedent of "il a ajouté" stands.
   */
  context: ReportPassage[];
  engine: Engine;
  /** The claim's query concepts, as retrieval built them (rebuilt when absent). */
  concepts?: Concept[];
  signal?: AbortSignal;
}

export interface AnalyserOutput {
  findings: Findings;
  warnings: string[];
  /** Set by the LLM analyser: model, prompt version, latency, tokens. */
  llm?: LlmRun;
  /** Per-passage readings (an LLM's), screened; the offline rules give none. */
  judgements?: Judgement[];
  /** Which analyser actually produced the findings (an LLM run may fall back to rules). */
  analyser: 'offline' | 'llm';
}

export interface Analyser {
  readonly name: 'offline' | 'llm';
  /** Reads whether each passage it is shown carries the claim (AnalyserOutput.judgements). */
  readonly judges?: boolean;
  analyse(input: AnalyserInput): Promise<AnalyserOutput>;
}
