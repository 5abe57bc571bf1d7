/**
 * One retrieval engine under test: indexes claimtrail's passages (id + text)
 * and answers a claim with passage ids, best first.
 */
import type { Corpus } from '../../core/corpus/types.js';

export interface RetrievalEngine {
  readonly name: string;
  /** How the engine is configured, in one line for the report. */
  readonly config: string;
  /** Work a process does once whatever the corpus (claimtrail's lexicon); not timed as build. */
  prepare?(): void;
  build(corpus: Corpus): void | Promise<void>;
  search(query: string, k: number): string[] | Promise<string[]>;
}

export const ENGINE_NAMES = ['claimtrail', 'minisearch', 'flexsearch', 'orama'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];
