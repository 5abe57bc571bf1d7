/**
 * Opening the corpus for a CLI run: load warnings go to stderr, and a folder
 * that yields no document is a corpus error (exit 3), not an empty search.
 */
import { openEngine, type Engine } from '../core/engine.js';
import { CorpusError } from '../core/corpus/load.js';
import type { Output } from './io.js';

export async function openCliEngine(dir: string, stderr: Output): Promise<Engine> {
  const engine = await openEngine(dir);
  for (const warning of engine.corpus.warnings) stderr.write(`warning: ${warning}\n`);
  if (engine.corpus.docs.length === 0) {
    throw new CorpusError(`no document could be loaded from ${dir} (it needs .txt or .md files)`);
  }
  return engine;
}
