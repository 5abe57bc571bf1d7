/**
 * Building an index: every passage tokenised and stemmed once into term-id
 * sequences, then postings counted from them into flat typed arrays. What a
 * snapshot stores, and what `SearchIndex` reads.
 */
import { forEachWordSpan } from '../text/tokens.js';
import { WordTable } from '../text/wordTable.js';
import { nameKey, stemLang, termOf } from '../text/terms.js';
import type { Corpus } from '../corpus/types.js';

/** In a token sequence: a stopword or a word with no name key. */
export const NO_TERM = -1;

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
export function buildParts(corpus: Corpus): IndexParts {
  const seq = readSequences(corpus);
  return { ...countPostings(seq, corpus.passages.length), ...seq };
}
