/**
 * The query set: the labelled dev claims, then claims made from the corpus
 * itself — a sentence of a passage, as found, trimmed to a window of words, or
 * trimmed and perturbed (words dropped, neighbours swapped, case lost), the
 * way a paraphrased claim half-remembers its source. A fifth of the generated
 * queries come from the seed articles, so the Syria vocabulary is queried too.
 */
import { seededRandom } from './random.js';
import type { LabelledClaim } from './claims.js';

export interface BenchQuery {
  text: string;
  kind: 'labelled' | 'sentence' | 'trimmed' | 'perturbed';
  /** Labelled claims: their evidence strings (empty when labelled not found). */
  evidence?: string[];
  /** Generated queries: the passage they were cut from. */
  sourceId?: string;
}

interface PassageLike {
  id: string;
  docId: string;
  text: string;
}

const SEED_SHARE = 0.2;

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/u).filter((s) => s.split(/\s+/).length >= 6);
}

export function generateQueries(
  passages: readonly PassageLike[],
  isSeed: (docId: string) => boolean,
  count: number,
  seed = 7,
): BenchQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const seeds = passages.filter((p) => isSeed(p.docId));
  const out: BenchQuery[] = [];
  for (let guard = 0; out.length < count && guard < count * 20; guard++) {
    const passage = seeds.length > 0 && random() < SEED_SHARE ? pick(seeds) : pick(passages);
    const sentences = sentencesOf(passage.text);
    const words = (sentences.length > 0 ? pick(sentences) : passage.text).split(/\s+/).filter(Boolean);
    if (words.length < 6) continue;
    const roll = random();
    if (roll < 1 / 3) {
      out.push({ text: words.slice(0, 40).join(' '), kind: 'sentence', sourceId: passage.id });
      continue;
    }
    const len = Math.min(words.length, 8 + Math.floor(random() * 13));
    const from = Math.floor(random() * (words.length - len + 1));
    let window = words.slice(from, from + len);
    if (roll < 2 / 3) {
      out.push({ text: window.join(' '), kind: 'trimmed', sourceId: passage.id });
      continue;
    }
    window = window.filter(() => random() >= 0.15);
    if (window.length > 3 && random() < 0.5) {
      const i = Math.floor(random() * (window.length - 1));
      [window[i], window[i + 1]] = [window[i + 1]!, window[i]!];
    }
    let text = window.join(' ');
    if (random() < 0.3) text = text.toLowerCase();
    if (window.length >= 4) out.push({ text, kind: 'perturbed', sourceId: passage.id });
  }
  return out;
}

/** Labelled claims first, then generated ones up to `total` (at least every labelled claim). */
export function buildQuerySet(
  claims: readonly LabelledClaim[],
  passages: readonly PassageLike[],
  isSeed: (docId: string) => boolean,
  total: number,
): BenchQuery[] {
  const labelled: BenchQuery[] = claims.map((c) => ({ text: c.claim, kind: 'labelled', evidence: c.found ? c.evidence : [] }));
  return [...labelled, ...generateQueries(passages, isSeed, Math.max(0, total - labelled.length))];
}
