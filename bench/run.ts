/**
 * `npm run bench`: claimtrail's retrieval against MiniSearch, FlexSearch and
 * Orama on the same passages and queries, at three corpus sizes; the whole
 * offline verify path; start-up on the largest corpus; and the bot's
 * acknowledgement time under concurrent /verify. Every engine × size runs in
 * a fresh child process, one at a time (two cores: nothing runs beside a
 * measurement). Progress goes to stderr; the table (or --json) to stdout.
 */
import { cpus, totalmem } from 'node:os';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCorpus } from '../core/corpus/load.js';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './args.js';
import { runChild } from './child.js';
import { readClaims, scoredClaims } from './claims.js';
import { ensureCorpora, readManifest } from './corpus/build.js';
import { createEngine } from './engines/index.js';
import { CACHE_DIR, REPO_DIR, SEED_CORPUS_DIR, corpusDir, isMain, type SizeName } from './paths.js';
import { renderText, retrievalRow, type BenchReport, type CorpusRow, type VerifyRow } from './report.js';
import type { RetrievalResult } from './engine-worker.js';
import { INDEX_SNAPSHOT_DIR, type StartupResult } from './startup-worker.js';
import type { AckResult } from './ack-worker.js';

/** A worker that has not answered by then is stuck, not slow. */
const WORKER_TIMEOUT_MS = 8 * 60_000;

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** HEAD's short hash, marked `+dirty` when core/ has uncommitted changes (they are what is measured). */
function currentCommit(): string | null {
  const git = (...a: string[]) => spawnSync('git', a, { cwd: REPO_DIR, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return null;
  const dirty = git('status', '--porcelain', '--', 'core').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '+dirty' : ''}`;
}

async function corpusRow(size: SizeName): Promise<CorpusRow> {
  const dir = relative(REPO_DIR, corpusDir(size));
  if (size === 'small') {
    const corpus = await loadCorpus(SEED_CORPUS_DIR);
    return { size, dir, docs: corpus.docs.length, paragraphs: 0, frParagraphs: 0, enParagraphs: 0, passages: corpus.passages.length, loadCorpusMs: null };
  }
  const m = readManifest(size)!;
  return { size, dir, docs: m.docs, paragraphs: m.paragraphs, frParagraphs: m.frParagraphs, enParagraphs: m.enParagraphs, passages: m.passages, loadCorpusMs: m.loadMs };
}

function workerArgs(args: BenchArgs, engine: string, size: SizeName, extra: string[] = []): string[] {
  return [engine, size, '--queries', String(args.queries), '--budget-ms', String(args.budgetMs), '--claims', args.claims, ...extra];
}

export async function runBench(args: BenchArgs): Promise<BenchReport> {
  const started = Date.now();
  const notes: string[] = [];
  await ensureCorpora(args.sizes, { force: args.rebuild, log });
  const claims = readClaims(args.claims);
  const corpora = await Promise.all(args.sizes.map(corpusRow));
  const retrieval: BenchReport['retrieval'] = [];
  const verify: VerifyRow[] = [];

  const largest = args.sizes[args.sizes.length - 1];

  for (const size of args.sizes) {
    for (const engine of args.engines) {
      const extra = engine === 'claimtrail' && args.verifyRuns > 0 ? ['--verify-runs', String(args.verifyRuns)] : [];
      log(`${size} ${engine}…`);
      const res = await runChild<RetrievalResult>('engine-worker.ts', workerArgs(args, engine, size, extra), WORKER_TIMEOUT_MS);
      if (!res.ok) {
        notes.push(res.error);
        log(res.error);
        continue;
      }
      const r = res.value;
      log(`${size} ${engine}: build ${r.buildMs} ms, p50 ${r.p50Ms} ms over ${r.queries} queries (${Math.round(res.wallMs / 1000)} s)`);
      retrieval.push(retrievalRow(r));
      if (r.queries < args.queries) {
        notes.push(`${engine} at ${size}: ${r.queries} of ${args.queries} queries timed (the ${Math.round(args.budgetMs / 1000)} s query budget ran out; labelled claims all ran)`);
      }
      if (r.verify) verify.push({ size, passages: r.passages, runs: r.verify.runs, p50Ms: r.verify.p50Ms, p95Ms: r.verify.p95Ms });
    }
    if (!args.engines.includes('claimtrail') && args.verifyRuns > 0) {
      log(`${size} verify…`);
      const res = await runChild<RetrievalResult>('engine-worker.ts', workerArgs(args, 'claimtrail', size, ['--verify-only', '--verify-runs', String(args.verifyRuns)]), WORKER_TIMEOUT_MS);
      if (res.ok && res.value.verify) verify.push({ size, passages: res.value.passages, ...res.value.verify });
      else if (!res.ok) notes.push(res.error);
    }
  }

  const startup: StartupResult[] = [];
  if (args.startup && largest) {
    for (const mode of ['cold', 'warm'] as const) {
      log(`start-up: openEngine on the ${largest} corpus, ${mode}…`);
      const res = await runChild<StartupResult>('startup-worker.ts', [largest, mode], WORKER_TIMEOUT_MS);
      if (res.ok) startup.push(res.value);
      else notes.push(res.error);
    }
  }

  let ack: AckResult | null = null;
  if (args.ack) {
    // The 10k corpus when it is in the run: big enough for verification to load the event loop, quick to open.
    const size: SizeName = args.sizes.includes('10k') ? '10k' : 'small';
    log(`ack: 20 concurrent /verify through the fake Discord (${size} corpus)…`);
    // The bot opens its corpus with openEngine: keep its index snapshot in the bench cache.
    const res = await runChild<AckResult>('ack-worker.ts', [size, '--claims', args.claims], WORKER_TIMEOUT_MS, { CLAIMTRAIL_CACHE_DIR: INDEX_SNAPSHOT_DIR });
    if (res.ok) ack = res.value;
    else notes.push(`ack not measured: ${res.error}`);
  }

  let profile: BenchReport['profile'] = null;
  if (args.profile && largest) {
    log(`profile: claimtrail at ${largest}…`);
    const res = await runChild<RetrievalResult>('engine-worker.ts', workerArgs(args, 'claimtrail', largest, ['--profile']), WORKER_TIMEOUT_MS);
    if (res.ok && res.value.profile) profile = { size: largest, ...res.value.profile };
    else if (!res.ok) notes.push(res.error);
  }

  return {
    commit: currentCommit(),
    machine: { nproc: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown', memGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    queries: { total: args.queries, labelled: claims.length, scored: scoredClaims(claims).length },
    corpora,
    retrieval,
    verify,
    ack,
    startup,
    engines: args.engines.map((name) => ({ name, config: createEngine(name).config })),
    profile,
    notes,
    totalMs: Date.now() - started,
  };
}

if (isMain(import.meta.url)) {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${BENCH_USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(BENCH_USAGE);
    process.exit(0);
  }
  const report = await runBench(args);
  // The last run's figures, for comparing with the next one.
  writeFileSync(join(CACHE_DIR, 'last-run.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : renderText(report));
}
