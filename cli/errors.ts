/**
 * Exit codes and the one place a thrown error becomes a message and a code,
 * shared by `verify` and `eval` so both scripts fail the same way.
 */
import { CorpusError } from '../core/corpus/load.js';
import { ClaimError } from '../core/verify.js';
import { ConfigError } from '../core/llm/config.js';

export const EXIT = {
  /** A report (or the metrics) was printed, whatever it says. */
  ok: 0,
  /** An unexpected internal error. */
  internal: 1,
  /** Bad flags, no claim, a claim that cannot be verified, an unreadable input file. */
  usage: 2,
  /** The corpus folder is missing or unreadable, or no document in it could be loaded. */
  corpus: 3,
} as const;

/** A mistake in how the command was called; shown as is, with a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError || err instanceof ClaimError || err instanceof ConfigError) return EXIT.usage;
  if (err instanceof CorpusError) return EXIT.corpus;
  return EXIT.internal;
}

/** One line for the user; the stack only when DEBUG is set (and only for internal errors). */
export function errorMessage(err: unknown, env: NodeJS.ProcessEnv): string {
  const message = err instanceof Error ? err.message : String(err);
  const debug = env.DEBUG && exitCodeFor(err) === EXIT.internal && err instanceof Error && err.stack;
  return debug ? `error: ${message}\n${err.stack}` : `error: ${message}`;
}
