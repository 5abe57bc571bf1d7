/**
 * FlexSearch 0.8, configured per its README ("Fuzzy-Search", "Language
 * packs"): an `Index` with the `forward` tokenizer, an Encoder stacking the
 * `LatinAdvanced` charset (case, accents, phonetic normalisation) and the
 * French language pack (elision, stopwords, suffix stemmer), and
 * `suggest: true` so a claim's words need not all be present (FlexSearch
 * otherwise ANDs every term). Passages are added under their ordinal.
 */
import { Charset, Encoder, Index } from 'flexsearch';
import FrenchPreset from 'flexsearch/lang/fr';
import type { Corpus } from '../../core/corpus/types.js';
import type { RetrievalEngine } from './types.js';

export class FlexSearchEngine implements RetrievalEngine {
  readonly name = 'flexsearch';
  readonly config = "Index { tokenize: 'forward', encoder: new Encoder(Charset.LatinAdvanced).assign(lang/fr) }; search { limit, suggest: true }";
  private index: Index | null = null;
  private ids: string[] = [];

  build(corpus: Corpus): void {
    this.index = new Index({ tokenize: 'forward', encoder: new Encoder(Charset.LatinAdvanced).assign(FrenchPreset) });
    this.ids = corpus.passages.map((p) => p.id);
    corpus.passages.forEach((p, i) => this.index!.add(i, p.text));
  }

  search(query: string, k: number): string[] {
    const hits = this.index!.search(query, { limit: k, suggest: true }) as number[];
    return hits.map((i) => this.ids[i]!);
  }
}
