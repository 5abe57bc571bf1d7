/** What one bench run found, and its rendering as the stdout table. */
import type { RetrievalResult } from './engine-worker.js';
import type { StartupResult } from './startup-worker.js';
import type { AckResult } from './ack-worker.js';
import type { ProfileSummary } from './profile.js';
import type { SizeName } from './paths.js';

export interface CorpusRow {
  size: SizeName;
  dir: string;
  docs: number;
  /** Distractor paragraphs planted around the seed articles. */
  paragraphs: number;
  frParagraphs: number;
  enParagraphs: number;
  passages: number;
  /** claimtrail's loadCorpus on the folder, timed when the corpus was built. */
  loadCorpusMs: number | null;
}

/** A retrieval figure as printed and in --json: the worker's result less its internals. */
export type RetrievalRow = Omit<RetrievalResult, 'loadMs' | 'verify' | 'profile'> & { engine: string };

export interface VerifyRow {
  size: SizeName;
  passages: number;
  runs: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

export interface BenchReport {
  machine: { nproc: number; cpu: string; memGB: number; node: string };
  queries: { total: number; labelled: number; scored: number };
  corpora: CorpusRow[];
  retrieval: RetrievalRow[];
  verify: VerifyRow[];
  ack: AckResult | null;
  startup: StartupResult[];
  /** The commit measured, and whether core/ had uncommitted changes. */
  commit: string | null;
  engines: { name: string; config: string }[];
  profile: { size: SizeName; build: ProfileSummary; query: ProfileSummary } | null;
  notes: string[];
  totalMs: number;
}

export function retrievalRow(r: RetrievalResult): RetrievalRow {
  const { engine, size, passages, buildMs, rssMB, rssBaseMB, peakRssMB, queries, p50Ms, p95Ms, p99Ms, recall1, recall5, mrr, genRecall5 } = r;
  return { engine, size, passages, buildMs, rssMB, rssBaseMB, peakRssMB, queries, p50Ms, p95Ms, p99Ms, recall1, recall5, mrr, genRecall5 };
}

const num = (v: number | null | undefined, digits = 0): string =>
  v === null || v === undefined ? '—' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(header: string[], rows: string[][], leftColumns = 2): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function hotspots(title: string, s: ProfileSummary): string {
  const rows = (list: ProfileSummary['self']) => list.map((h) => `    ${num(h.ms).padStart(8)} ms ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.fn}`);
  return [`  ${title} (${num(s.totalMs)} ms sampled)`, '   self time:', ...rows(s.self), '   inclusive, claimtrail functions:', ...rows(s.inclusive.slice(0, 10))].join('\n');
}

export function renderText(r: BenchReport): string {
  const out: string[] = [];
  out.push(`claimtrail bench — ${r.machine.nproc} cores (${r.machine.cpu}), ${r.machine.memGB} GB, node ${r.machine.node}, commit ${r.commit ?? 'unknown'}`);
  out.push(`queries per engine and size: ${r.queries.total} (${r.queries.labelled} labelled dev claims, ${r.queries.scored} scored for recall; the rest generated from the corpus)`);
  out.push('');
  out.push('Corpora (seed articles planted among Debian documentation paragraphs; passages after claimtrail\'s own cutting)');
  out.push(
    table(
      ['size', 'folder', 'docs', 'distractor ¶', 'fr ¶', 'en ¶', 'passages', 'loadCorpus'],
      r.corpora.map((c) => [c.size, c.dir, num(c.docs), num(c.paragraphs), num(c.frParagraphs), num(c.enParagraphs), num(c.passages), c.loadCorpusMs === null ? '—' : `${num(c.loadCorpusMs / 1000, 1)} s`]),
    ),
  );
  out.push('');
  out.push('Retrieval (top 5; R@1/R@5/MRR on the labelled claims, gen@5 = generated queries whose source passage is in the top 5)');
  out.push(
    table(
      ['size', 'engine', 'passages', 'build ms', 'RSS MB', 'base MB', 'peak MB', 'queries', 'p50 ms', 'p95 ms', 'p99 ms', 'R@1', 'R@5', 'MRR', 'gen@5'],
      r.retrieval.map((x) => [
        x.size, x.engine, num(x.passages), num(x.buildMs), num(x.rssMB), num(x.rssBaseMB), num(x.peakRssMB), num(x.queries),
        num(x.p50Ms, 2), num(x.p95Ms, 2), num(x.p99Ms, 2), num(x.recall1, 2), num(x.recall5, 2), num(x.mrr, 2), num(x.genRecall5, 2),
      ]),
    ),
  );
  out.push('');
  if (r.verify.length > 0) {
    out.push('Whole path: offline verifyClaim (retrieve + analyse + ground), runs cycling through the dev claims');
    out.push(table(['size', 'passages', 'runs', 'p50 ms', 'p95 ms'], r.verify.map((v) => [v.size, num(v.passages), num(v.runs), num(v.p50Ms, 2), num(v.p95Ms, 2)]), 1));
    out.push('');
  }
  if (r.startup.length > 0) {
    for (const s of r.startup) {
      out.push(
        `Start-up (${s.mode}${s.mode === 'cold' ? ': no index snapshot, reads and indexes every file, writes one' : ': from the index snapshot'}): openEngine(${s.size} corpus folder) in a fresh process ${num(s.openEngineMs / 1000, 1)} s; ready ${num(s.readyMs / 1000, 1)} s after process start; ${num(s.passages)} passages, RSS ${num(s.rssMB)} MB`,
      );
    }
  } else out.push('Start-up: not measured');
  if (r.ack) {
    const a = r.ack;
    out.push(`Ack: ${a.concurrency} concurrent /verify through the fake Discord (real bot, offline analyser, ${a.size} corpus, ${a.samples} samples): INTERACTION_CREATE → callback p50 ${num(a.p50Ms)} ms, p99 ${num(a.p99Ms)} ms; → report PATCH p50 ${num(a.reportP50Ms)} ms, p99 ${num(a.reportP99Ms)} ms`);
  } else out.push('Ack: null (not measured)');
  out.push('');
  out.push('Engines:');
  for (const e of r.engines) out.push(`  ${e.name.padEnd(10)} ${e.config}`);
  if (r.profile) {
    out.push('');
    out.push(`claimtrail CPU profile at ${r.profile.size} (separate run):`);
    out.push(hotspots('build (buildEngine)', r.profile.build));
    out.push(hotspots('queries (detectLang + buildConcepts + rankPassages)', r.profile.query));
  }
  for (const n of r.notes) out.push(`note: ${n}`);
  out.push(`total ${num(r.totalMs / 1000, 0)} s`);
  return `${out.join('\n')}\n`;
}
