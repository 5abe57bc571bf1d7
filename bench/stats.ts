/** Small pure helpers for the figures: percentiles and rank metrics. */
import { foldKey } from '../core/text/fold.js';

/** Nearest-rank percentile (p in 0–100) of unsorted samples; null when there are none. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = samples.slice().sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * 1-based rank of the first passage text holding any evidence string (folded:
 * case, accents, quotes, whitespace — as `npm run eval` matches), or null.
 */
export function evidenceRank(texts: readonly string[], evidence: readonly string[]): number | null {
  const keys = evidence.map(foldKey).filter((k) => k.length > 0);
  const i = texts.findIndex((t) => {
    const folded = foldKey(t);
    return keys.some((k) => folded.includes(k));
  });
  return i < 0 ? null : i + 1;
}

export interface RankSummary {
  recall1: number | null;
  recall5: number | null;
  mrr: number | null;
}

/** Recall@1, recall@5 and MRR over ranks (null = not retrieved); nulls all round when there is nothing to score. */
export function rankSummary(ranks: readonly (number | null)[]): RankSummary {
  if (ranks.length === 0) return { recall1: null, recall5: null, mrr: null };
  const n = ranks.length;
  return {
    recall1: ranks.filter((r) => r === 1).length / n,
    recall5: ranks.filter((r) => r !== null && r <= 5).length / n,
    mrr: ranks.reduce<number>((s, r) => s + (r ? 1 / r : 0), 0) / n,
  };
}

export function round(value: number | null, digits: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
