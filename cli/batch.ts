/**
 * Batch mode: a JSONL stream of `{"id","claim"}` in, one JSON line out per
 * non-blank input line, in order — `{"id","report"}` or `{"id","error"}`. A bad
 * line is answered with its error and the batch goes on. Lines are read one at
 * a time, so a file of any length runs in constant memory.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { ClaimError } from '../core/verify.js';
import type { Report } from '../core/schema.js';
import { writeLine, type Output } from './io.js';
import { printable } from './render.js';

export type BatchId = string | number | null;
export type BatchLine = { id: BatchId; claim: string } | { id: BatchId; error: string };
export type BatchOutput = { id: BatchId; report: Report } | { id: BatchId; error: string };

export interface BatchOptions {
  /** Show `[i/n] id` on stderr (when stderr is a terminal). */
  progress: boolean;
  /** Number of lines, when known beforehand, for the progress counter. */
  total?: number;
}

export interface BatchResult {
  verified: number;
  /** Lines answered with an error (bad input or a failure). */
  errors: number;
  /** Of those, failures that were not the input's fault. */
  internal: number;
}

/** One input line → the claim to verify, or the reason it cannot be. */
export function parseBatchLine(line: string, lineNo: number): BatchLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNo}: not valid JSON` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: `line ${lineNo}: expected a JSON object like {"id": "c1", "claim": "…"}` };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (typeof record.claim !== 'string') return { id, error: `line ${lineNo}: "claim" is missing or not a string` };
  return { id, claim: record.claim };
}

/** Lines of a text stream, without their line ends or a leading byte-order mark. */
export async function* readLines(input: Readable | AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const stream = input instanceof Readable ? input : Readable.from(input);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    yield first ? line.replace(/^\uFEFF/, '') : line;
    first = false;
  }
}

/** Non-blank lines in a stream, for the progress counter (read as a stream too). */
export async function countLines(input: Readable): Promise<number> {
  let n = 0;
  for await (const line of readLines(input)) if (line.trim() !== '') n++;
  return n;
}

export async function runBatch(
  lines: AsyncIterable<string>,
  verify: (claim: string) => Promise<Report>,
  stdout: Output,
  stderr: Output,
  options: BatchOptions,
): Promise<BatchResult> {
  const result: BatchResult = { verified: 0, errors: 0, internal: 0 };
  let lineNo = 0;
  let done = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const parsed = parseBatchLine(line, lineNo);
    done++;
    if (options.progress) {
      const of = options.total ? `/${options.total}` : '';
      stderr.write(`\r\x1b[K[${done}${of}] ${printable(String(parsed.id ?? `line ${lineNo}`)).slice(0, 60)}`);
    }
    let output: BatchOutput;
    if ('error' in parsed) {
      output = parsed;
    } else {
      try {
        output = { id: parsed.id, report: await verify(parsed.claim) };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (!(err instanceof ClaimError)) result.internal++;
        output = { id: parsed.id, error: `line ${lineNo}: ${err instanceof ClaimError ? '' : 'internal error: '}${message}` };
      }
    }
    if ('error' in output) result.errors++;
    else result.verified++;
    await writeLine(stdout, JSON.stringify(output));
  }
  if (options.progress && done > 0) stderr.write('\r\x1b[K');
  stderr.write(`verified ${result.verified}, errors ${result.errors}\n`);
  return result;
}
