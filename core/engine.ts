/**
 * The loaded state every verification shares: corpus, index, lexicon and the
 * outlets learnt from the corpus. Built once per process (or per corpus
 * change), never per claim.
 */
import { listCorpusFiles, loadCorpus, readCorpusFiles, type LoadOptions } from './corpus/load.js';
import { MAX_DOC_BYTES } from './corpus/files.js';
import { corpusFingerprint, readSnapshot, snapshotPath, writeSnapshot } from './snapshot.js';
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

/** The lexicon is read once per process and shared by every engine built in it. */
export function defaultLexicon(): Lexicon {
  return (sharedLexicon ??= Lexicon.load());
}

export function buildEngine(corpus: Corpus, lexicon?: Lexicon): Engine {
  const outlets = learnOutlets(corpus);
  return { corpus, index: SearchIndex.build(corpus), lexicon: lexicon ?? defaultLexicon(), outlets };
}

export interface OpenOptions extends LoadOptions {
  /**
   * Persist the built engine and reuse it while the folder's files are unchanged
   * (default true; `CLAIMTRAIL_INDEX_CACHE=off` disables it). `snapshotDir`
   * overrides where (default data/store/index/, or `CLAIMTRAIL_CACHE_DIR`).
   */
  snapshot?: boolean;
  snapshotDir?: string;
  /** Told when a snapshot could not be written (a read-only disk is not an error). */
  onSnapshotError?: (message: string) => void;
}

/**
 * Opens a corpus folder: from its snapshot when the folder is unchanged, else
 * by reading and indexing every file (and writing a new snapshot).
 */
export async function openEngine(dir: string, options: OpenOptions = {}): Promise<Engine> {
  const useSnapshot = options.snapshot ?? process.env.CLAIMTRAIL_INDEX_CACHE !== 'off';
  if (!useSnapshot) return buildEngine(await loadCorpus(dir, options));
  const { root, files, warnings } = await listCorpusFiles(dir);
  const fingerprint = corpusFingerprint(files, warnings, options.maxBytes ?? MAX_DOC_BYTES);
  const path = snapshotPath(root, options.snapshotDir ?? (process.env.CLAIMTRAIL_CACHE_DIR || undefined));
  const snap = await readSnapshot(path, fingerprint);
  if (snap) return { ...snap, lexicon: defaultLexicon() };
  const engine = buildEngine(await readCorpusFiles(root, files, warnings, options));
  try {
    await writeSnapshot(path, fingerprint, engine, engine.outlets.names());
  } catch (err) {
    options.onSnapshotError?.(`could not save the index snapshot: ${(err as Error).message}`);
  }
  return engine;
}
