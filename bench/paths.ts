/**
 * Where the bench keeps what it builds: everything under bench/.cache/
 * (gitignored), so a run can be repeated without rebuilding and the corpora
 * can be handed to `npm run verify -- --corpus DIR` as they are.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const REPO_DIR = join(BENCH_DIR, '..');
export const CACHE_DIR = join(BENCH_DIR, '.cache');
/** Unpacked .deb files, one folder per package. */
export const DEBS_ROOT = join(CACHE_DIR, 'root');
export const SEED_CORPUS_DIR = join(REPO_DIR, 'data', 'corpus');
export const DEV_CLAIMS_PATH = join(REPO_DIR, '..', 'shared', 'eval', 'dev-claims.jsonl');

/** Corpus sizes: the seed corpus alone, or planted among this many distractor paragraphs. */
export const SIZES = { small: 0, '10k': 10_000, '150k': 150_000 } as const;
export type SizeName = keyof typeof SIZES;
export const SIZE_NAMES = Object.keys(SIZES) as SizeName[];

export function corpusDir(size: SizeName): string {
  return size === 'small' ? SEED_CORPUS_DIR : join(CACHE_DIR, 'corpora', size);
}

export function snapshotPath(size: SizeName): string {
  return join(CACHE_DIR, 'snapshots', `${size}.json`);
}

export function manifestPath(size: SizeName): string {
  return join(CACHE_DIR, 'snapshots', `${size}.manifest.json`);
}

/** Whether the module at `url` is the script node was asked to run. */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(url);
}
