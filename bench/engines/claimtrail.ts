/**
 * claimtrail's own retrieval, as `verifyClaim` runs it: language detection,
 * query concepts (stems, translations through the lexicon, name keys), BM25
 * over concepts, then the coverage/proximity rerank of the head.
 */
import { buildEngine, type Engine } from '../../core/engine.js';
import { detectLang } from '../../core/lang.js';
import { buildConcepts } from '../../core/retrieve/query.js';
import { rankPassages } from '../../core/retrieve/search.js';
import { Lexicon } from '../../core/retrieve/lexicon.js';
import type { Corpus } from '../../core/corpus/types.js';
import type { RetrievalEngine } from './types.js';

export class ClaimtrailEngine implements RetrievalEngine {
  readonly name = 'claimtrail';
  readonly config = 'buildEngine(corpus); detectLang + buildConcepts + rankPassages (BM25 + rerank of top 60)';
  engine: Engine | null = null;
  private lexicon: Lexicon | null = null;

  /** The lexicon is per process, not per corpus (buildEngine shares it): loaded before the clock starts. */
  prepare(): void {
    this.lexicon = Lexicon.load();
  }

  build(corpus: Corpus): void {
    this.engine = buildEngine(corpus, this.lexicon ?? undefined);
  }

  search(query: string, k: number): string[] {
    const engine = this.engine!;
    const lang = detectLang(query, engine.lexicon);
    const concepts = buildConcepts(query, lang, engine.index, engine.lexicon);
    return rankPassages(engine.index, concepts, k).map((h) => h.passage.id);
  }
}
