/**
 * Start-up as the bot and the CLI pay it: `openEngine(dir)` on a corpus folder,
 * in a fresh process. `cold` clears the index snapshot folder first (read every
 * file, cut passages, build the index and outlets, write the snapshot: a first
 * start, or one after the corpus changed); `warm` runs after a cold one and
 * opens from the snapshot it wrote. Snapshots go under bench/.cache/, never
 * data/store/. Prints one JSON line.
 *
 *   node --expose-gc --import tsx bench/startup-worker.ts SIZE cold|warm
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openEngine } from '../core/engine.js';
import { CACHE_DIR, corpusDir, isMain, type SizeName } from './paths.js';
import { round } from './stats.js';

/** Where openEngine keeps index snapshots during the bench (its `snapshotDir`). */
export const INDEX_SNAPSHOT_DIR = join(CACHE_DIR, 'index-snapshots');

export interface StartupResult {
  size: SizeName;
  mode: 'cold' | 'warm';
  passages: number;
  /** openEngine(dir) alone. */
  openEngineMs: number;
  /** From process start (node and module loading included) to an engine ready to answer. */
  readyMs: number;
  rssMB: number;
}

export async function runStartup(size: SizeName, mode: 'cold' | 'warm'): Promise<StartupResult> {
  if (mode === 'cold') rmSync(INDEX_SNAPSHOT_DIR, { recursive: true, force: true });
  const start = performance.now();
  const engine = await openEngine(corpusDir(size), {
    snapshotDir: INDEX_SNAPSHOT_DIR,
    onSnapshotError: (m) => process.stderr.write(`${m}\n`),
  });
  const ready = performance.now();
  (globalThis as { gc?: () => void }).gc?.();
  return {
    size,
    mode,
    passages: engine.corpus.passages.length,
    openEngineMs: Math.round(ready - start),
    readyMs: Math.round(ready),
    rssMB: round(process.memoryUsage().rss / 2 ** 20, 1)!,
  };
}

if (isMain(import.meta.url)) {
  const mode = process.argv[3] === 'warm' ? 'warm' : 'cold';
  const result = await runStartup((process.argv[2] ?? '150k') as SizeName, mode);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
