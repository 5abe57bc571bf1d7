/**
 * The loaded state every verification shares: corpus, index, lexicon and the
 * outlets learnt from the corpus. Built once per process (or per corpus
 * change), never per claim.
 */
import { loadCorpus, type LoadOptions } from './corpus/load.js';
import { SearchIndex } from './retrieve/index.js';
import { Lexicon } from './retrieve/lexicon.js';
import { learnOutlets } from './corpus/outlets.js';
import { OutletRegistry } from './text/outlets.js';
import type { Corpus } from './corpus/types.js';

export interface Engine {
  corpus: Corpus;
  index: SearchIndex;
  lexicon: Lexicon;
  outlets: OutletRegistry;
}

let sharedLexicon: Lexicon | null = null;

export function buildEngine(corpus: Corpus, lexicon?: Lexicon): Engine {
  sharedLexicon ??= lexicon ?? Lexicon.load();
  const outlets = learnOutlets(corpus);
  return { corpus, index: new SearchIndex(corpus), lexicon: lexicon ?? sharedLexicon, outlets };
}

export async function openEngine(dir: string, options: LoadOptions = {}): Promise<Engine> {
  return buildEngine(await loadCorpus(dir, options));
}
