/**
 * `npm run eval -- FILE.jsonl [--corpus DIR] [--json]`: verifies every labelled
 * claim and prints retrieval and analysis metrics, the misses, and three
 * summary lines last. Exit codes as `verify`: 0 printed, 1 internal error,
 * 2 usage or bad labels file, 3 corpus error.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { verifyClaim } from '../core/verify.js';
import type { Engine } from '../core/engine.js';
import type { Analyser } from '../core/analyse/types.js';
import { defaultCorpusDir } from './args.js';
import { chooseAnalyser } from './analyser.js';
import { openCliEngine } from './engine.js';
import { EXIT, UsageError, errorMessage, exitCodeFor } from './errors.js';
import { renderEvalText } from './eval-report.js';
import { isEntryPoint, runAsProcess, type CliIO } from './io.js';
import { readLabels, type Label } from './labels.js';
import { EVAL_TOP, scoreClaim, summarise, type ClaimRun } from './metrics.js';

export const EVAL_USAGE = `Usage: npm run eval -- FILE.jsonl [--corpus DIR] [--json] [--offline]

Verifies each labelled claim of FILE.jsonl (one JSON object a line: id, lang,
claim, found, evidence[], speakers[], outlets[], disputes[], hedges[],
forbidOutlets[]) and prints recall@1, recall@5, MRR, found accuracy, finding
recalls, grounded share and latency, then the misses, then three summary lines.

Options:
  --corpus DIR    corpus folder (default: $CLAIMTRAIL_CORPUS, else data/corpus)
  --json          print {"metrics", "claims"} as one JSON object instead
  --offline       use the offline rule-based analyser (the default)
  -h, --help      show this help

Exit codes: 0 metrics printed, 1 internal error, 2 usage error or bad labels
file (the message names the line), 3 corpus error.
`;

export interface EvalArgs {
  file: string;
  corpus: string;
  json: boolean;
  offline: boolean;
  help: boolean;
}

export function parseEvalArgs(argv: string[], env: NodeJS.ProcessEnv): EvalArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        offline: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
  const { values, positionals } = parsed;
  const args = { corpus: values.corpus ?? defaultCorpusDir(env), json: values.json, offline: values.offline };
  if (values.help) return { ...args, file: '', help: true };
  if (positionals.length !== 1) throw new UsageError('give exactly one labelled-claims file (JSONL)');
  return { ...args, file: positionals[0]!, help: false };
}

/** Verifies one labelled claim, timing it; a claim verify rejects is a run with an error, not a crash. */
export async function runLabel(engine: Engine, analyser: Analyser, label: Label): Promise<ClaimRun> {
  const start = performance.now();
  try {
    const report = await verifyClaim(engine, label.claim, analyser, { top: EVAL_TOP });
    return { label, report, error: null, latencyMs: performance.now() - start };
  } catch (err) {
    return { label, report: null, error: err instanceof Error ? err.message : String(err), latencyMs: performance.now() - start };
  }
}

export async function main(io: CliIO): Promise<number> {
  try {
    const args = parseEvalArgs(io.argv, io.env);
    if (args.help) {
      io.stdout.write(EVAL_USAGE);
      return EXIT.ok;
    }
    const labels = await readLabels(args.file);
    const engine = await openCliEngine(args.corpus, io.stderr);
    const analyser = chooseAnalyser({ offline: args.offline, env: io.env });
    const scores = [];
    for (const label of labels) scores.push(scoreClaim(await runLabel(engine, analyser, label)));
    const metrics = summarise(scores);
    io.stdout.write(args.json ? `${JSON.stringify({ metrics, claims: scores })}\n` : renderEvalText(metrics, scores));
    return EXIT.ok;
  } catch (err) {
    io.stderr.write(`${errorMessage(err, io.env)}\n`);
    if (err instanceof UsageError) io.stderr.write('Run with --help for usage.\n');
    return exitCodeFor(err);
  }
}

if (isEntryPoint(import.meta.url)) runAsProcess(main);
