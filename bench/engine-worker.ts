/**
 * One engine on one corpus size, in a process of its own so its RSS is its
 * own: load the passages, build the index (timed), RSS after a GC, then the
 * query set (latency per query; ranks for the labelled claims and for the
 * generated ones' source passages). For claimtrail it can also time the whole
 * offline `verifyClaim` and profile build and queries. Prints one JSON line.
 *
 *   node --expose-gc --import tsx bench/engine-worker.ts ENGINE SIZE
 *     [--queries N] [--budget-ms MS] [--verify-runs N] [--verify-only] [--profile] [--claims FILE]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../core/corpus/load.js';
import { verifyClaim } from '../core/verify.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import type { Corpus } from '../core/corpus/types.js';
import { DEV_CLAIMS_PATH, SEED_CORPUS_DIR, SIZES, isMain, snapshotPath, type SizeName } from './paths.js';
import { loadSnapshot } from './corpus/snapshot.js';
import { readClaims, type LabelledClaim } from './claims.js';
import { buildQuerySet, type BenchQuery } from './queries.js';
import { evidenceRank, percentile, rankSummary, round } from './stats.js';
import { profiled, summarise, type ProfileSummary } from './profile.js';
import { createEngine } from './engines/index.js';
import { ClaimtrailEngine } from './engines/claimtrail.js';
import { ENGINE_NAMES, type EngineName, type RetrievalEngine } from './engines/types.js';

export const TOP_K = 5;
const WARMUP_QUERIES = 20;

export interface RetrievalResult {
  engine: EngineName;
  size: SizeName;
  passages: number;
  loadMs: number;
  buildMs: number;
  rssBaseMB: number;
  rssMB: number;
  /** Peak RSS of the process (build garbage included). */
  peakRssMB: number;
  /** Queries timed (all of the set unless the time budget ran out). */
  queries: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  recall1: number | null;
  recall5: number | null;
  mrr: number | null;
  /** Generated queries whose source passage came back in the top 5. */
  genRecall5: number | null;
  verify: { runs: number; errors: number; p50Ms: number | null; p95Ms: number | null } | null;
  profile?: { build: ProfileSummary; query: ProfileSummary };
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const rssMB = () => {
  gc();
  gc();
  return round(process.memoryUsage().rss / 2 ** 20, 1)!;
};

async function loadPassages(size: SizeName): Promise<Corpus> {
  return size === 'small' ? loadCorpus(SEED_CORPUS_DIR) : loadSnapshot(snapshotPath(size));
}

async function timeQueries(engine: RetrievalEngine, corpus: Corpus, queries: BenchQuery[], budgetMs: number) {
  for (const q of queries.filter((x) => x.kind !== 'labelled').slice(0, WARMUP_QUERIES)) await engine.search(q.text, TOP_K);
  const latencies: number[] = [];
  const labelledRanks: (number | null)[] = [];
  let genHits = 0;
  let genCount = 0;
  const deadline = performance.now() + budgetMs;
  for (const q of queries) {
    // Labelled claims always run; generated ones until the budget is spent.
    if (q.kind !== 'labelled' && performance.now() > deadline) break;
    const start = performance.now();
    const ids = await engine.search(q.text, TOP_K);
    latencies.push(performance.now() - start);
    if (q.kind === 'labelled') {
      if (q.evidence && q.evidence.length > 0) {
        labelledRanks.push(evidenceRank(ids.map((id) => corpus.passageById.get(id)?.text ?? ''), q.evidence));
      }
    } else {
      genCount++;
      if (ids.includes(q.sourceId!)) genHits++;
    }
  }
  return { latencies, labelledRanks, genRecall5: genCount ? genHits / genCount : null };
}

async function timeVerify(engine: ClaimtrailEngine, claims: LabelledClaim[], runs: number) {
  const run = async (claim: string) => {
    const start = performance.now();
    try {
      await verifyClaim(engine.engine!, claim, offlineAnalyser, { top: TOP_K });
      return { ms: performance.now() - start, ok: true };
    } catch {
      return { ms: performance.now() - start, ok: false };
    }
  };
  for (const c of claims) await run(c.claim); // warm-up: one pass, untimed
  const samples: number[] = [];
  let errors = 0;
  for (let i = 0; i < runs; i++) {
    const r = await run(claims[i % claims.length]!.claim);
    samples.push(r.ms);
    if (!r.ok) errors++;
  }
  return { runs, errors, p50Ms: round(percentile(samples, 50), 2), p95Ms: round(percentile(samples, 95), 2) };
}

export async function runWorker(argv: string[]): Promise<RetrievalResult> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      queries: { type: 'string', default: '1000' },
      'budget-ms': { type: 'string', default: '120000' },
      'verify-runs': { type: 'string', default: '0' },
      'verify-only': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      claims: { type: 'string', default: DEV_CLAIMS_PATH },
    },
  });
  const [name, size] = positionals as [EngineName, SizeName];
  if (!ENGINE_NAMES.includes(name)) throw new Error(`unknown engine ${name}`);
  if (!(size in SIZES)) throw new Error(`unknown size ${size}`);
  const claims = readClaims(values.claims);

  let start = performance.now();
  const corpus = await loadPassages(size);
  const loadMs = performance.now() - start;
  const rssBaseMB = rssMB();

  const engine = createEngine(name);
  engine.prepare?.();
  let buildProfile: ProfileSummary | undefined;
  start = performance.now();
  if (values.profile) buildProfile = summarise((await profiled(() => engine.build(corpus))).profile);
  else await engine.build(corpus);
  const buildMs = performance.now() - start;
  const rssAfter = rssMB();

  const queries = values['verify-only']
    ? []
    : buildQuerySet(claims, corpus.passages, (docId) => !docId.startsWith('x-'), Number(values.queries));
  let timed;
  let queryProfile: ProfileSummary | undefined;
  if (values.profile) {
    const p = await profiled(() => timeQueries(engine, corpus, queries, Number(values['budget-ms'])));
    timed = p.result;
    queryProfile = summarise(p.profile);
  } else {
    timed = await timeQueries(engine, corpus, queries, Number(values['budget-ms']));
  }
  const ranks = rankSummary(timed.labelledRanks);
  const verifyRuns = Number(values['verify-runs']);
  const verify = engine instanceof ClaimtrailEngine && verifyRuns > 0 ? await timeVerify(engine, claims, verifyRuns) : null;

  return {
    engine: name,
    size,
    passages: corpus.passages.length,
    loadMs: Math.round(loadMs),
    buildMs: Math.round(buildMs),
    rssBaseMB,
    rssMB: rssAfter,
    peakRssMB: round(process.resourceUsage().maxRSS / 1024, 1)!,
    queries: timed.latencies.length,
    p50Ms: round(percentile(timed.latencies, 50), 3),
    p95Ms: round(percentile(timed.latencies, 95), 3),
    p99Ms: round(percentile(timed.latencies, 99), 3),
    recall1: round(ranks.recall1, 3),
    recall5: round(ranks.recall5, 3),
    mrr: round(ranks.mrr, 3),
    genRecall5: round(timed.genRecall5, 3),
    verify,
    ...(buildProfile && queryProfile ? { profile: { build: buildProfile, query: queryProfile } } : {}),
  };
}

if (isMain(import.meta.url)) {
  const result = await runWorker(process.argv.slice(2));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
