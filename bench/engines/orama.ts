/**
 * Orama 3, configured per its docs ("Stemming", "Stop-words"): the French
 * tokenizer (`language: 'french'`, its French split rule), stemming with the
 * French Snowball stemmer from @orama/stemmers, and a stopword list (French +
 * English: @orama/stopwords is not a dependency, so the lists claimtrail uses).
 * Search is Orama's default full-text mode: BM25, any term may match.
 */
import { create, insertMultiple, search, type AnyOrama } from '@orama/orama';
import { language, stemmer } from '@orama/stemmers/french';
import type { Corpus } from '../../core/corpus/types.js';
import { STOPWORDS_FR_EN } from './stopwords.js';
import type { RetrievalEngine } from './types.js';

export class OramaEngine implements RetrievalEngine {
  readonly name = 'orama';
  readonly config = "create({ schema: { text: 'string' }, components: { tokenizer: { language: 'french', stemming: true, stemmer, stopWords } } }); search { term, limit }";
  private db: AnyOrama | null = null;

  async build(corpus: Corpus): Promise<void> {
    const db = create({
      schema: { text: 'string' } as const,
      components: { tokenizer: { language: language as 'french', stemming: true, stemmer, stopWords: STOPWORDS_FR_EN } },
    });
    await insertMultiple(db, corpus.passages.map((p) => ({ id: p.id, text: p.text })), 1000);
    this.db = db;
  }

  async search(query: string, k: number): Promise<string[]> {
    const res = await search(this.db!, { term: query, limit: k, properties: ['text'] });
    return res.hits.map((h) => h.id);
  }
}
