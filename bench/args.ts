/** `npm run bench -- [flags]`: parsed and checked once. */
import { parseArgs } from 'node:util';
import { DEV_CLAIMS_PATH, SIZE_NAMES, type SizeName } from './paths.js';
import { ENGINE_NAMES, type EngineName } from './engines/types.js';

export const BENCH_USAGE = `Usage: npm run bench -- [--sizes small,10k,150k] [--engines claimtrail,minisearch,flexsearch,orama]
                       [--queries N] [--budget-ms MS] [--verify-runs N] [--json] [--profile]
                       [--no-startup] [--no-ack] [--rebuild] [--claims FILE]

Builds the distractor corpora under bench/.cache/ when missing (Debian documentation
packages; see bench/README.md), then times each engine on each size in a fresh process.

  --sizes        corpus sizes (default: all)
  --engines      engines to compare (default: all)
  --queries      queries per engine and size: the labelled claims plus generated ones (default 1000)
  --budget-ms    time allowed for one engine's timed queries; generated queries stop when it runs out
                 (the labelled claims always run; the table says how many were timed) (default 40000)
  --verify-runs  offline verifyClaim runs per size for the verify rows (default 50)
  --json         print one JSON object instead of the table
  --profile      also profile claimtrail's build and queries at the largest size (a separate run)
  --no-startup   skip openEngine start-up at the largest size
  --no-ack       skip the bot acknowledgement figure
  --rebuild      rebuild the corpora even if cached
  --claims       labelled claims file (default ../shared/eval/dev-claims.jsonl)
`;

export interface BenchArgs {
  sizes: SizeName[];
  engines: EngineName[];
  queries: number;
  budgetMs: number;
  verifyRuns: number;
  json: boolean;
  profile: boolean;
  startup: boolean;
  ack: boolean;
  rebuild: boolean;
  claims: string;
  help: boolean;
}

function list<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new Error(`unknown ${what} "${item}"; choose from ${allowed.join(', ')}`);
  }
  // In the canonical order, whatever order they were given in.
  return allowed.filter((a) => items.includes(a));
}

function positiveInt(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${what} must be a whole number, got "${value}"`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: SIZE_NAMES.join(',') },
      engines: { type: 'string', default: ENGINE_NAMES.join(',') },
      queries: { type: 'string', default: '1000' },
      'budget-ms': { type: 'string', default: '40000' },
      'verify-runs': { type: 'string', default: '50' },
      json: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'no-startup': { type: 'boolean', default: false },
      'no-ack': { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      claims: { type: 'string', default: DEV_CLAIMS_PATH },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return {
    sizes: list(values.sizes, SIZE_NAMES, 'size'),
    engines: list(values.engines, ENGINE_NAMES, 'engine'),
    queries: positiveInt(values.queries, 'queries'),
    budgetMs: positiveInt(values['budget-ms'], 'budget-ms'),
    verifyRuns: positiveInt(values['verify-runs'], 'verify-runs'),
    json: values.json,
    profile: values.profile,
    startup: !values['no-startup'],
    ack: !values['no-ack'],
    rebuild: values.rebuild,
    claims: values.claims,
    help: values.help,
  };
}
