/**
 * Does the corpus carry the claim? Not "did anything match": the best passage
 * must cover most of the claim's weighted content and its specifics — the
 * names and numbers that make a claim this claim and not a neighbour.
 */
import type { Hit } from './search.js';

/** IDF-weighted share of the claim a passage must cover. */
export const MIN_COVERAGE = 0.5;
/** Share of the claim's names and numbers that must appear. */
export const MIN_SPECIFIC_COVERAGE = 0.5;

export function decideFound(hits: Hit[]): boolean {
  return hits.slice(0, 3).some((h) => h.coverage >= MIN_COVERAGE && h.specificCoverage >= MIN_SPECIFIC_COVERAGE);
}
