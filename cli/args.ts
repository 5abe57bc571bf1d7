/**
 * `verify`'s command line: flags parsed with node:util parseArgs (strict, so a
 * mistyped flag is an error rather than silently a claim), checked, and the
 * usage text that documents them and the exit codes.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TOP, MAX_TOP } from '../core/verify.js';
import { UsageError } from './errors.js';

export interface VerifyArgs {
  /** The claim given as positional words (joined by spaces), or null: then stdin, or batch mode. */
  claim: string | null;
  json: boolean;
  /** A JSONL file of `{"id","claim"}` lines, or "-" for stdin. */
  batch: string | null;
  corpus: string;
  top: number;
  offline: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run verify -- [options] "claim"
       npm run verify -- --batch claims.jsonl > reports.jsonl

Finds where a claim comes from in the corpus: the passages that carry it, who
is quoted, which outlets publish or cite it, and who disputes or hedges it.
It reports sources, not truth: FOUND means the corpus carries the claim.

The claim is the positional text (several words are joined), or stdin when no
claim is given and stdin is not a terminal. Put -- before a claim that starts
with "-".

Options:
  --json          print the report as one JSON object
  --batch FILE    verify each line {"id","claim"} of a JSONL file ("-" = stdin);
                  prints one line {"id","report"} or {"id","error"} per non-blank
                  input line, in order; blank lines are skipped
  --corpus DIR    corpus folder (default: $CLAIMTRAIL_CORPUS, else data/corpus)
  --top K         passages to retrieve, 1..${MAX_TOP} (default ${DEFAULT_TOP})
  --offline       use the offline rule-based analyser (the default)
  -h, --help      show this help

Exit codes:
  0  report printed (found or not found); in batch mode, every line answered
     (bad lines get an "error" line and do not change the exit code)
  1  unexpected internal error (set DEBUG=1 for the stack); in batch mode,
     after answering every line, when a line failed for such a reason
  2  usage error: bad flags, no claim, bad --top, unreadable batch file,
     or a claim that cannot be verified (empty, no words)
  3  corpus error: folder missing or unreadable, or no document loaded
`;

/** The corpus folder when --corpus is not given: $CLAIMTRAIL_CORPUS, else the repo's data/corpus. */
export function defaultCorpusDir(env: NodeJS.ProcessEnv): string {
  return env.CLAIMTRAIL_CORPUS || fileURLToPath(new URL('../data/corpus', import.meta.url));
}

export function parseTop(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TOP;
  const top = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    throw new UsageError(`--top must be a whole number from 1 to ${MAX_TOP}, not "${value}"`);
  }
  return top;
}

/** Reads parseArgs' own error (unknown flag, missing value) as a usage error. */
function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        batch: { type: 'string' },
        corpus: { type: 'string' },
        top: { type: 'string' },
        offline: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
}

export function parseVerifyArgs(argv: string[], env: NodeJS.ProcessEnv): VerifyArgs {
  const { values, positionals } = parse(argv);
  const corpus = values.corpus ?? defaultCorpusDir(env);
  // --help answers whatever else the line says.
  if (values.help) return { claim: null, json: false, batch: null, corpus, top: DEFAULT_TOP, offline: false, help: true };
  const claim = positionals.length > 0 ? positionals.join(' ') : null;
  const batch = values.batch ?? null;
  if (batch !== null && claim !== null) {
    throw new UsageError('give either a claim or --batch FILE, not both');
  }
  if (batch !== null && batch.trim() === '') throw new UsageError('--batch needs a file name, or "-" for stdin');
  if (values.corpus !== undefined && values.corpus.trim() === '') throw new UsageError('--corpus needs a folder');
  return {
    claim,
    json: values.json,
    batch,
    corpus,
    top: parseTop(values.top),
    offline: values.offline,
    help: false,
  };
}
