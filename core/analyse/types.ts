import type { Engine } from '../engine.js';
import type { Concept } from '../retrieve/query.js';
import type { Findings, Lang, LlmRun, ReportPassage } from '../schema.js';

export interface AnalyserInput {
  claim: string;
  lang: Lang;
  /** The passages that carry the claim, best first (already retrieved and judged). */
  passages: ReportPassage[];
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
  /** Which analyser actually produced the findings (an LLM run may fall back to rules). */
  analyser: 'offline' | 'llm';
}

export interface Analyser {
  readonly name: 'offline' | 'llm';
  analyse(input: AnalyserInput): Promise<AnalyserOutput>;
}
