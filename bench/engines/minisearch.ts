/**
 * MiniSearch 7, configured as its docs suggest for a language other than
 * English: a `processTerm` that lower-cases, folds accents and drops
 * stopwords (French + English), and fuzzy, prefix search by default
 * (`{ fuzzy: 0.2, prefix: true }`). Default tokenizer, BM25+ scoring, OR.
 */
import MiniSearch from 'minisearch';
import type { Corpus } from '../../core/corpus/types.js';
import { FOLDED_STOPWORDS, foldAccents } from './stopwords.js';
import type { RetrievalEngine } from './types.js';

function processTerm(term: string): string | null {
  const t = foldAccents(term.toLowerCase());
  return t.length < 2 || FOLDED_STOPWORDS.has(t) ? null : t;
}

export class MiniSearchEngine implements RetrievalEngine {
  readonly name = 'minisearch';
  readonly config = "fields ['text'], processTerm: lowercase + NFD accent fold + fr/en stopwords; search { fuzzy: 0.2, prefix: true }";
  private index: MiniSearch<{ id: string; text: string }> | null = null;

  build(corpus: Corpus): void {
    this.index = new MiniSearch({ fields: ['text'], processTerm, searchOptions: { fuzzy: 0.2, prefix: true } });
    this.index.addAll(corpus.passages.map((p) => ({ id: p.id, text: p.text })));
  }

  search(query: string, k: number): string[] {
    return this.index!.search(query).slice(0, k).map((r) => r.id as string);
  }
}
