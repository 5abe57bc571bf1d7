/**
 * An inverted index with BM25 ranking, built for this corpus shape: many short
 * passages, queries of a sentence. Postings are typed arrays so a corpus of a
 * few hundred thousand passages stays compact and a query touches only the
 * postings of its own terms.
 */
import { forEachWord } from '../text/tokens.js';
import { nameKey, termOf } from '../text/terms.js';
import type { Corpus, Passage } from '../corpus/types.js';
import { buildParts, NO_TERM, type IndexParts } from './indexParts.js';
import { MinHeap } from './minHeap.js';

export { NO_TERM, type IndexParts } from './indexParts.js';

const K1 = 1.2;
/** Below this document frequency a term is always scored, however small the corpus. */
const COMMON_TERM_MIN_DF = 2000;
const B = 0.75;

export interface IndexedTerm {
  /** The term's id: its position in IndexParts.terms. */
  id: number;
  /** Passage ordinals, ascending. */
  docs: Uint32Array;
  tfs: Uint16Array;
  /**
   * Each posting's BM25 term-frequency part, tf·(k1+1)/(tf + k1·(1−b+b·len/avg)):
   * computed on the term's first query and kept, so ranking multiplies by the IDF
   * instead of recomputing a length norm per posting per query.
   */
  bm?: Float64Array;
}

/** The index terms of one text: stems, plus a name key for each capitalised word. */
export function termsOfText(text: string, lang: 'fr' | 'en'): string[] {
  const out: string[] = [];
  forEachWord(text, (word, capitalised) => {
    const term = termOf(word, lang);
    if (term) out.push(term);
    if (capitalised) {
      const key = nameKey(word);
      if (key) out.push(key);
    }
  });
  return out;
}

export class SearchIndex {
  readonly passages: Passage[];
  readonly lengths: Float32Array;
  readonly avgLength: number;
  private readonly postings = new Map<string, IndexedTerm>();
  private sortedTerms: string[] | null = null;
  private scores: Float64Array | null = null;
  private best: Float64Array | null = null;
  /** Passages a query touched, and those one group touched: reused buffers with their own counts. */
  private touched: Int32Array | null = null;
  private groupTouched: Int32Array | null = null;

  /** Indexes every passage of the corpus. */
  static build(corpus: Corpus): SearchIndex {
    return new SearchIndex(corpus.passages, buildParts(corpus));
  }

  /** Rebuilds an index from its flat arrays (a snapshot), without re-reading any text. */
  static fromParts(passages: Passage[], parts: IndexParts): SearchIndex {
    return new SearchIndex(passages, parts);
  }

  private constructor(
    passages: Passage[],
    private readonly parts: IndexParts,
  ) {
    this.passages = passages;
    this.lengths = parts.lengths;
    let total = 0;
    for (const l of parts.lengths) total += l;
    this.avgLength = passages.length ? total / passages.length || 1 : 1;
    parts.terms.forEach((t, i) => {
      const from = parts.offsets[i]!;
      const to = parts.offsets[i + 1]!;
      this.postings.set(t, { id: i, docs: parts.docs.subarray(from, to), tfs: parts.tfs.subarray(from, to) });
    });
  }

  /** The flat arrays a snapshot stores (the index's own storage, not a copy). */
  toParts(): IndexParts {
    return this.parts;
  }

  get size(): number {
    return this.passages.length;
  }

  /** A term's id, or NO_TERM when the corpus never has it. */
  termId(term: string): number {
    return this.postings.get(term)?.id ?? NO_TERM;
  }

  /**
   * Calls `visit(position, termId)` for each stem and name key of passage `d`,
   * in reading order (a capitalised word gives two ids at one position).
   */
  forEachPosition(d: number, visit: (position: number, termId: number) => void): void {
    const { seqOffsets, seqStems, seqNames } = this.parts;
    const start = seqOffsets[d]!;
    const end = seqOffsets[d + 1]!;
    for (let k = start; k < end; k++) {
      const stem = seqStems[k]!;
      if (stem !== NO_TERM) visit(k - start, stem);
      const name = seqNames[k]!;
      if (name !== NO_TERM) visit(k - start, name);
    }
  }

  df(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  idf(term: string): number {
    const df = this.df(term);
    const n = this.passages.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Index terms that start with `prefix`, most frequent first, at most `limit`. */
  termsWithPrefix(prefix: string, limit: number): string[] {
    if (!this.sortedTerms) this.sortedTerms = [...this.postings.keys()].filter((t) => !t.startsWith('~')).sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) out.push(terms[i]!);
    return out.sort((a, b) => this.df(b) - this.df(a)).slice(0, limit);
  }

  /**
   * BM25 over groups of alternative terms, keeping per passage the best
   * alternative of each group — the alternatives of one query word (a stem,
   * its translations, its name key) are one piece of evidence. Returns the
   * `depth` best passages as [ordinal, score] pairs, best first.
   *
   * Scores accumulate in typed arrays reused across calls (a query is
   * synchronous, so sharing them is safe) and the head is kept in a small
   * min-heap: no per-query allocation proportional to the corpus.
   */
  private tfParts(p: IndexedTerm): Float64Array {
    const out = new Float64Array(p.docs.length);
    for (let k = 0; k < out.length; k++) {
      const tf = p.tfs[k]!;
      out[k] = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[p.docs[k]!]!) / this.avgLength));
    }
    return out;
  }

  topByGroups(groups: Array<Array<{ term: string; weight: number }>>, depth: number): Array<[number, number]> {
    const n = this.passages.length;
    if (!this.scores || this.scores.length !== n) {
      this.scores = new Float64Array(n);
      this.best = new Float64Array(n);
      this.touched = new Int32Array(n);
      this.groupTouched = new Int32Array(n);
    }
    const scores = this.scores;
    const best = this.best!;
    const touched = this.touched!;
    const groupTouched = this.groupTouched!;
    let touchedCount = 0;
    // A term in more than one passage in twenty adds little to a ranking (its IDF is
    // low) and costs the most to score; in a large corpus it is left to the rerank,
    // which still counts it in coverage and adjacency.
    const maxDf = Math.max(COMMON_TERM_MIN_DF, n / 20);
    const score = (group: Array<{ term: string; weight: number }>, common: boolean) => {
      for (const { term, weight } of group) {
        const p = this.postings.get(term);
        if (!p || p.docs.length > maxDf !== common) continue;
        const idf = this.idf(term) * weight;
        const { docs } = p;
        const bm = (p.bm ??= this.tfParts(p));
        for (let k = 0; k < docs.length; k++) {
          const d = docs[k]!;
          const s = idf * bm[k]!;
          const was = best[d]!;
          if (s > was) {
            if (was === 0) groupTouched[groupCount++] = d;
            best[d] = s;
          }
        }
      }
      for (let g = 0; g < groupCount; g++) {
        const d = groupTouched[g]!;
        if (scores[d] === 0) touched[touchedCount++] = d;
        scores[d]! += best[d]!;
        best[d] = 0;
      }
    };
    let groupCount = 0;
    for (const group of groups) {
      groupCount = 0;
      score(group, false);
    }
    // A claim made only of common words ("la guerre en Syrie") still gets a ranking.
    if (touchedCount < depth) {
      for (const group of groups) {
        groupCount = 0;
        score(group, true);
      }
    }
    const heap = new MinHeap(depth);
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      heap.offer(d, scores[d]!);
      scores[d] = 0;
    }
    return heap.drainDescending();
  }
}
