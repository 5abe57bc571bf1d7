/**
 * Ranking passages for a claim: BM25 over query concepts, then a rerank of
 * the head of the list on what BM25 cannot see — how much of the claim a
 * passage covers, and whether the claim's words stand together in it.
 */
import type { Passage } from '../corpus/types.js';
import type { Concept } from './query.js';
import { NO_TERM, type SearchIndex } from './index.js';

export interface Hit {
  passage: Passage;
  score: number;
  /** IDF-weighted share of the claim's concepts this passage contains (0–1). */
  coverage: number;
  /** Share of the claim's names and numbers this passage contains (1 when the claim has none). */
  specificCoverage: number;
  /** Indices into the concept list of the concepts found in this passage. */
  matched: number[];
}

const RERANK_DEPTH = 60;
/** Share of an unseen word's weight kept when it is an English word the lexicon lacks. */
const UNTRANSLATED_WEIGHT = 0.4;

const PROXIMITY_WINDOW = 4;

export function conceptWeight(concept: Concept, index: SearchIndex): number {
  let best = 0;
  for (const alt of concept.alternatives) if (index.has(alt.term)) best = Math.max(best, index.idf(alt.term) * alt.weight);
  if (best > 0) return best;
  // A word the corpus has never seen is the most specific of all: missing it must
  // cost — unless it is only a gap in the bilingual dictionary.
  return Math.log(1 + index.size) * (concept.untranslated ? UNTRANSLATED_WEIGHT : 1);
}

interface Positions {
  byConcept: number[][];
}

/** Which concepts each term id stands for: built once per query, read for every reranked passage. */
function conceptsByTermId(index: SearchIndex, concepts: Concept[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  concepts.forEach((c, i) => {
    for (const a of c.alternatives) {
      const id = index.termId(a.term);
      if (id === NO_TERM) continue;
      const list = map.get(id) ?? [];
      if (!list.includes(i)) list.push(i);
      map.set(id, list);
    }
  });
  return map;
}

function positionsIn(index: SearchIndex, d: number, byTermId: Map<number, number[]>, conceptCount: number): Positions {
  const byConcept: number[][] = Array.from({ length: conceptCount }, () => []);
  index.forEachPosition(d, (pos, termId) => {
    const cs = byTermId.get(termId);
    if (cs) for (const ci of cs) byConcept[ci]!.push(pos);
  });
  return { byConcept };
}

/** Pairs of consecutive claim concepts that also stand close together in the passage. */
function proximity(pos: Positions, weights: number[]): number {
  let bonus = 0;
  for (let i = 0; i + 1 < pos.byConcept.length; i++) {
    const a = pos.byConcept[i]!;
    const b = pos.byConcept[i + 1]!;
    if (a.length === 0 || b.length === 0) continue;
    let near = false;
    for (const x of a) {
      for (const y of b) if (Math.abs(y - x) <= PROXIMITY_WINDOW && x !== y) near = true;
      if (near) break;
    }
    if (near) bonus += Math.min(weights[i]!, weights[i + 1]!);
  }
  return bonus;
}

/**
 * The weighted share of the claim a passage covers (`has` tells which concepts
 * it holds). A word of the attribution frame (Concept.frame) counts when the
 * passage has it and is not missed when it does not: "a déclaré" against "a
 * affirmé" is the same report.
 */
export function coverageOf(concepts: Concept[], weights: number[], has: (i: number) => boolean): number {
  let covered = 0;
  let total = 0;
  concepts.forEach((c, i) => {
    const present = has(i);
    if (present) covered += weights[i]!;
    if (present || !c.frame) total += weights[i]!;
  });
  return total > 0 ? covered / total : 0;
}

/** The share of the claim's specifics (names and numbers) a passage holds; 1 when the claim has none. */
export function specificCoverageOf(concepts: Concept[], has: (i: number) => boolean): number {
  let specifics = 0;
  let held = 0;
  concepts.forEach((c, i) => {
    if (!c.specific) return;
    specifics++;
    if (has(i)) held++;
  });
  return specifics > 0 ? held / specifics : 1;
}

export function rankPassages(index: SearchIndex, concepts: Concept[], top: number): Hit[] {
  if (concepts.length === 0 || index.size === 0) return [];
  const head = index.topByGroups(
    concepts.map((c) => c.alternatives),
    Math.max(RERANK_DEPTH, top),
  );
  const weights = concepts.map((c) => conceptWeight(c, index));
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
  const byTermId = conceptsByTermId(index, concepts);
  const hits: Hit[] = head.map(([d, bm25]) => {
    const passage = index.passages[d]!;
    const pos = positionsIn(index, d, byTermId, concepts.length);
    const matched = pos.byConcept.map((p, i) => (p.length > 0 ? i : -1)).filter((i) => i >= 0);
    const has = (i: number) => pos.byConcept[i]!.length > 0;
    const coverage = coverageOf(concepts, weights, has);
    const specificCoverage = specificCoverageOf(concepts, has);
    // Coverage and adjacency are scaled to the claim's own weight so they
    // compare across claims; BM25 breaks ties among passages that cover alike.
    const score = bm25 + totalWeight * coverage + 0.5 * proximity(pos, weights);
    return { passage, score, coverage, specificCoverage, matched };
  });
  return hits.sort((a, b) => b.score - a.score).slice(0, top);
}
