/**
 * Builds the distractor corpora under bench/.cache/: fetches and unpacks the
 * Debian documentation packages (fetch-debs.sh), converts them to article-sized
 * documents, writes each size as a corpus folder (the seed articles copied in,
 * so `npm run verify -- --corpus bench/.cache/corpora/150k` works), then loads
 * it once with claimtrail's own loader and saves the result as a snapshot.
 *
 *   npx tsx bench/corpus/build.ts [--sizes 10k,150k] [--force]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../core/corpus/load.js';
import { BENCH_DIR, CACHE_DIR, DEBS_ROOT, SEED_CORPUS_DIR, SIZES, corpusDir, isMain, manifestPath, snapshotPath, type SizeName } from '../paths.js';
import { PACKAGES, SOURCES } from './sources.js';
import { pagesOf } from './extract.js';
import { DocCutter, docText, type DistractorDoc } from './docs.js';
import { selectDocs } from './select.js';
import { saveSnapshot } from './snapshot.js';

/** Bump when the conversion changes: cached corpora of another version are rebuilt. */
export const BUILD_VERSION = 3;

export interface CorpusManifest {
  version: number;
  /** Hash of core/'s sources when the snapshot was taken: passage cutting, metadata and language live there. */
  core: string;
  size: SizeName;
  dir: string;
  docs: number;
  distractorDocs: number;
  /** Distractor paragraphs written (one per line, title lines not counted). */
  paragraphs: number;
  frParagraphs: number;
  enParagraphs: number;
  /** Passages after claimtrail's own cutting (`loadCorpus`), seeds included. */
  passages: number;
  bytes: number;
  loadMs: number;
  byPackage: Record<string, number>;
}

type FolderStats = Omit<CorpusManifest, 'core' | 'docs' | 'passages' | 'loadMs'>;
type Log = (line: string) => void;

const CORE_DIR = join(BENCH_DIR, '..', 'core');

/** Any change under core/ may change how the corpus loads: snapshots taken before it are retaken. */
export function coreFingerprint(): string {
  const hash = createHash('sha256');
  const files = readdirSync(CORE_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(f).update('\0').update(readFileSync(join(CORE_DIR, f))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function readManifestFile(size: SizeName): CorpusManifest | null {
  try {
    return JSON.parse(readFileSync(manifestPath(size), 'utf8')) as CorpusManifest;
  } catch {
    return null;
  }
}

/** The manifest of a corpus whose folder and snapshot are both current, else null. */
export function readManifest(size: SizeName): CorpusManifest | null {
  const m = readManifestFile(size);
  return m && m.version === BUILD_VERSION && m.core === coreFingerprint() && existsSync(snapshotPath(size)) ? m : null;
}

function fetchPackages(log: Log): void {
  const missing = PACKAGES.filter((p) => !existsSync(join(DEBS_ROOT, p, '.unpacked')));
  if (missing.length === 0) return;
  log(`fetching ${missing.length} Debian documentation packages (apt-get download + dpkg-deb -x)…`);
  const res = spawnSync('bash', [join(BENCH_DIR, 'corpus', 'fetch-debs.sh'), CACHE_DIR, ...missing], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (res.status !== 0) throw new Error(`fetch-debs.sh failed (exit ${res.status})`);
}

function buildPool(log: Log): DistractorDoc[] {
  const cutter = new DocCutter();
  const start = performance.now();
  for (const source of SOURCES) for (const { page } of pagesOf(DEBS_ROOT, source)) cutter.add(page, source.pkg, source.lang);
  const paragraphs = cutter.docs.reduce((n, d) => n + d.paragraphs.length, 0);
  log(`converted ${cutter.docs.length} documents, ${paragraphs} prose paragraphs, in ${Math.round(performance.now() - start)} ms`);
  return cutter.docs;
}

function writeFolder(size: Exclude<SizeName, 'small'>, pool: DistractorDoc[]): FolderStats {
  const dir = corpusDir(size);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(SEED_CORPUS_DIR)) copyFileSync(join(SEED_CORPUS_DIR, f), join(dir, f));
  const chosen = selectDocs(pool, SIZES[size]);
  let bytes = 0;
  const byPackage: Record<string, number> = {};
  for (const doc of chosen) {
    const text = docText(doc);
    bytes += Buffer.byteLength(text);
    byPackage[doc.pkg] = (byPackage[doc.pkg] ?? 0) + doc.paragraphs.length;
    writeFileSync(join(dir, `${doc.name}.txt`), text);
  }
  const count = (lang: 'fr' | 'en') => chosen.filter((d) => d.lang === lang).reduce((n, d) => n + d.paragraphs.length, 0);
  return {
    version: BUILD_VERSION,
    size,
    dir,
    distractorDocs: chosen.length,
    paragraphs: count('fr') + count('en'),
    frParagraphs: count('fr'),
    enParagraphs: count('en'),
    bytes,
    byPackage,
  };
}

/** Loads the folder with claimtrail's loadCorpus and saves what it made as the snapshot. */
async function snapshotFolder(stats: FolderStats, log: Log): Promise<CorpusManifest> {
  const start = performance.now();
  const corpus = await loadCorpus(stats.dir);
  const loadMs = performance.now() - start;
  saveSnapshot(snapshotPath(stats.size), corpus);
  const manifest: CorpusManifest = { ...stats, core: coreFingerprint(), docs: corpus.docs.length, passages: corpus.passages.length, loadMs: Math.round(loadMs) };
  writeFileSync(manifestPath(stats.size), JSON.stringify(manifest, null, 2));
  if (corpus.warnings.length) log(`${stats.size}: ${corpus.warnings.length} loader warnings, e.g. ${corpus.warnings[0]}`);
  log(`${stats.size}: ${manifest.distractorDocs} distractor docs, ${manifest.paragraphs} paragraphs (${manifest.frParagraphs} fr), ${manifest.passages} passages, loadCorpus ${manifest.loadMs} ms`);
  return manifest;
}

/**
 * Builds whichever of `sizes` is missing or stale: the folder when the
 * conversion changed (BUILD_VERSION), only the snapshot when core/ changed.
 */
export async function ensureCorpora(sizes: SizeName[], options: { force?: boolean; log?: Log } = {}): Promise<void> {
  const log = options.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  let pool: DistractorDoc[] | null = null;
  for (const size of sizes) {
    if (size === 'small' || (!options.force && readManifest(size))) continue;
    const previous = readManifestFile(size);
    if (!options.force && previous?.version === BUILD_VERSION && existsSync(corpusDir(size))) {
      log(`${size}: core/ changed since its snapshot; loading the folder again`);
      await snapshotFolder(previous, log);
      continue;
    }
    if (!pool) {
      fetchPackages(log);
      pool = buildPool(log);
    }
    await snapshotFolder(writeFolder(size, pool), log);
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10k,150k' }, force: { type: 'boolean', default: false } } });
  const sizes = values.sizes.split(',').map((s) => s.trim()) as SizeName[];
  for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size ${s}; use ${Object.keys(SIZES).join(',')}`);
  await ensureCorpora(sizes, { force: values.force });
}
