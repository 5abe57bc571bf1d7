/**
 * `npm run verify -- [options] "claim"`: one claim → a report on stdout (text
 * or --json), or a JSONL batch → one JSON line per input line. See USAGE in
 * args.ts for flags and exit codes.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { prepareClaim } from '../core/verify.js';
import { verifyWithCache } from '../core/cache.js';
import { ReportSchema } from '../core/schema.js';
import { parseVerifyArgs, USAGE, type VerifyArgs } from './args.js';
import { chooseAnalyser, openCliCache } from './analyser.js';
import { countLines, readLines, runBatch } from './batch.js';
import { openCliEngine } from './engine.js';
import { EXIT, UsageError, errorMessage, exitCodeFor } from './errors.js';
import { isEntryPoint, readAll, runAsProcess, type CliIO, type Input, type Output } from './io.js';
import { renderReportText } from './render.js';

/** A claim on stdin larger than this is refused before it is read whole (verify keeps 2,000 characters anyway). */
export const MAX_STDIN_CLAIM_BYTES = 1024 * 1024;

export function useColor(out: Output, env: NodeJS.ProcessEnv): boolean {
  return Boolean(out.isTTY) && !env.NO_COLOR;
}

async function claimFromStdin(stdin: Input): Promise<string> {
  const none = 'no claim given: npm run verify -- "the claim to verify" (or pipe it on stdin)';
  if (stdin.isTTY) throw new UsageError(none);
  const text = await readAll(stdin, MAX_STDIN_CLAIM_BYTES);
  if (text === null) throw new UsageError(`the claim on stdin is over ${MAX_STDIN_CLAIM_BYTES} bytes; give a sentence or a paragraph`);
  if (text.trim() === '') throw new UsageError(none);
  return text;
}

async function verifyOne(args: VerifyArgs, raw: string, io: CliIO): Promise<number> {
  prepareClaim(raw); // an unusable claim fails before the corpus is loaded
  const engine = await openCliEngine(args.corpus, io.stderr);
  const analyser = chooseAnalyser({ offline: args.offline, env: io.env });
  const { cache, close } = await openCliCache(analyser, io.env);
  let report;
  try {
    report = await verifyWithCache(cache, engine, raw, analyser, { top: args.top });
  } finally {
    await close();
  }
  if (args.json) {
    io.stdout.write(`${JSON.stringify(ReportSchema.parse(report))}\n`);
  } else {
    io.stdout.write(renderReportText(report, { color: useColor(io.stdout, io.env), width: io.stdout.columns }));
  }
  return EXIT.ok;
}

/** Checks a batch file can be read before the corpus is loaded: a typo is a usage error, not a crash mid-run. */
async function checkBatchFile(file: string): Promise<{ regular: boolean }> {
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    return { regular: info.isFile() };
  } catch (err) {
    throw new UsageError(`cannot read batch file ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  } finally {
    await handle?.close();
  }
}

async function verifyBatch(args: VerifyArgs, file: string, io: CliIO): Promise<number> {
  const { regular } = file === '-' ? { regular: false } : await checkBatchFile(file);
  const engine = await openCliEngine(args.corpus, io.stderr);
  const analyser = chooseAnalyser({ offline: args.offline, env: io.env });
  const { cache, close } = await openCliCache(analyser, io.env);
  const progress = Boolean(io.stderr.isTTY);
  // The total comes from a first streaming pass, only over a regular file (a pipe can be read once).
  const total = progress && regular ? await countLines(createReadStream(file)) : undefined;
  const result = await runBatch(
    readLines(file === '-' ? io.stdin : createReadStream(file)),
    (claim) => verifyWithCache(cache, engine, claim, analyser, { top: args.top }),
    io.stdout,
    io.stderr,
    { progress, total },
  ).finally(close);
  return result.internal > 0 ? EXIT.internal : EXIT.ok;
}

/** Runs the command; returns the exit code and never throws. */
export async function main(io: CliIO): Promise<number> {
  try {
    const args = parseVerifyArgs(io.argv, io.env);
    if (args.help) {
      io.stdout.write(USAGE);
      return EXIT.ok;
    }
    if (args.batch !== null) return await verifyBatch(args, args.batch, io);
    return await verifyOne(args, args.claim ?? (await claimFromStdin(io.stdin)), io);
  } catch (err) {
    io.stderr.write(`${errorMessage(err, io.env)}\n`);
    if (err instanceof UsageError) io.stderr.write('Run with --help for usage.\n');
    return exitCodeFor(err);
  }
}

if (isEntryPoint(import.meta.url)) runAsProcess(main);
