/**
 * An inverted index with BM25 ranking, built for this corpus shape: many short
 * passages, queries of a sentence. Postings are typed arrays so a corpus of a
 * few hundred thousand passages stays compact and a query touches only the
 * postings of its own terms.
 */
import { forEachWord, forEachWordSpan } from '../text/tokens.js';
import { WordTable } from '../text/wordTable.js';
import { nameKey, stemLang, termOf } from '../text/terms.js';
import type { Corpus, Passage } from '../corpus/types.js';

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

/** In a token sequence: a stopword or a word with no name key. */
export const NO_TERM = -1;

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

/** The index as flat arrays: what a snapshot stores (term i's postings are [offsets[i], offsets[i+1])). */
export interface IndexParts {
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
  lengths: Float32Array;
  /**
   * Each passage's words as term ids, in order (passage i's run is
   * [seqOffsets[i], seqOffsets[i+1])): the stem's id, and the name key's id
   * for a capitalised word, NO_TERM where there is none. The rerank reads
   * positions from here instead of tokenising passages again at query time.
   */
  seqOffsets: Uint32Array;
  seqStems: Int32Array;
  seqNames: Int32Array;
}

/** Every passage's words as term ids, in order: the first stage of a build. */
interface WordSequences {
  terms: string[];
  seqOffsets: Uint32Array;
  seqStems: Int32Array;
  seqNames: Int32Array;
}

/**
 * Tokenises and stems every passage once, into term-id sequences. Stemming and
 * the term table are consulted once per distinct word, not once per occurrence.
 */
function readSequences(corpus: Corpus): WordSequences {
  const passages = corpus.passages;
  const n = passages.length;
  // Terms get small integer ids, so counting a passage touches arrays, not string maps.
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (t: string): number => {
    let id = ids.get(t);
    if (id === undefined) {
      id = terms.length;
      ids.set(t, id);
      terms.push(t);
    }
    return id;
  };
  const seqOffsets = new Uint32Array(n + 1);
  let seqStems = new Int32Array(1 << 20);
  let seqNames = new Int32Array(1 << 20);
  let seqLen = 0;
  // Per language, each distinct word's stem id and name-key id (NO_TERM where none).
  const wordIds = { fr: new WordTable(), en: new WordTable() };
  for (let i = 0; i < n; i++) {
    const passage = passages[i]!;
    const table = wordIds[stemLang(corpus.docById.get(passage.docId)?.lang ?? 'fr')];
    const lang = table === wordIds.en ? 'en' : 'fr';
    const text = passage.text;
    seqOffsets[i] = seqLen;
    forEachWordSpan(text, (start, end, capitalised) => {
      let entry = table.find(text, start, end);
      if (entry < 0) {
        const word = text.slice(start, end);
        const term = termOf(word, lang);
        const key = capitalised ? nameKey(word) : null;
        entry = table.add(word, term ? idOf(term) : NO_TERM, key ? idOf(key) : NO_TERM);
      }
      if (seqLen === seqStems.length) {
        const stems = new Int32Array(seqLen * 2);
        stems.set(seqStems);
        seqStems = stems;
        const names = new Int32Array(seqLen * 2);
        names.set(seqNames);
        seqNames = names;
      }
      seqStems[seqLen] = table.first[entry]!;
      seqNames[seqLen] = table.second[entry]!;
      seqLen++;
    });
  }
  seqOffsets[n] = seqLen;
  return { terms, seqOffsets, seqStems: seqStems.slice(0, seqLen), seqNames: seqNames.slice(0, seqLen) };
}

/**
 * Counts postings from the sequences into flat typed arrays: a first sweep
 * gives each term's document frequency (so its slice of the arrays), a second
 * fills the slices in passage order — no per-term arrays to grow.
 */
function countPostings(seq: WordSequences, n: number): Pick<IndexParts, 'offsets' | 'docs' | 'tfs' | 'lengths'> {
  const termCount = seq.terms.length;
  const { seqOffsets, seqStems, seqNames } = seq;
  // seen[id] = the last passage that used term id: a per-passage "first time" test without a Set.
  const seen = new Int32Array(termCount).fill(-1);
  const tf = new Int32Array(termCount);
  const df = new Uint32Array(termCount);
  const lengths = new Float32Array(n);
  const sweep = (i: number, visit: (id: number) => void) => {
    for (let k = seqOffsets[i]!; k < seqOffsets[i + 1]!; k++) {
      const stem = seqStems[k]!;
      const name = seqNames[k]!;
      if (stem !== NO_TERM) visit(stem);
      if (name !== NO_TERM) visit(name);
    }
  };
  for (let i = 0; i < n; i++) {
    let len = 0;
    for (let k = seqOffsets[i]!; k < seqOffsets[i + 1]!; k++) if (seqStems[k] !== NO_TERM) len++; // name keys do not count in a passage's length
    lengths[i] = len;
    sweep(i, (id) => {
      if (seen[id] !== i) {
        seen[id] = i;
        df[id] = df[id]! + 1;
      }
    });
  }
  const offsets = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + df[t]!;
  const docs = new Uint32Array(offsets[termCount]!);
  const tfs = new Uint16Array(offsets[termCount]!);
  const cursor = offsets.slice(0, termCount);
  const local: number[] = [];
  seen.fill(-1);
  for (let i = 0; i < n; i++) {
    local.length = 0;
    sweep(i, (id) => {
      if (seen[id] !== i) {
        seen[id] = i;
        tf[id] = 0;
        local.push(id);
      }
      tf[id] = tf[id]! + 1;
    });
    for (const id of local) {
      const at = cursor[id]!++;
      docs[at] = i;
      tfs[at] = Math.min(tf[id]!, 65535);
    }
  }
  return { offsets, docs, tfs, lengths };
}

/** Tokenises, stems and counts every passage into flat postings. */
function buildParts(corpus: Corpus): IndexParts {
  const seq = readSequences(corpus);
  return { ...countPostings(seq, corpus.passages.length), ...seq };
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

/** A fixed-capacity min-heap of (id, score): keeps the `capacity` highest scores. */
class MinHeap {
  private readonly ids: number[] = [];
  private readonly vals: number[] = [];
  constructor(private readonly capacity: number) {}

  offer(id: number, val: number): void {
    if (this.capacity <= 0) return;
    if (this.vals.length < this.capacity) {
      this.ids.push(id);
      this.vals.push(val);
      this.up(this.vals.length - 1);
    } else if (val > this.vals[0]!) {
      this.ids[0] = id;
      this.vals[0] = val;
      this.down(0);
    }
  }

  drainDescending(): Array<[number, number]> {
    const out: Array<[number, number]> = this.ids.map((id, i) => [id, this.vals[i]!]);
    return out.sort((a, b) => b[1] - a[1]);
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.vals[parent]! <= this.vals[i]!) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.vals.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.vals[l]! < this.vals[m]!) m = l;
      if (r < n && this.vals[r]! < this.vals[m]!) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
    [this.vals[a], this.vals[b]] = [this.vals[b]!, this.vals[a]!];
  }
}
