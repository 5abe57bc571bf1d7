/**
 * The bot under load: the real bot (startBot, discord.js Client, offline
 * analyser, SQLite store) logged in to the fake Discord of the end-to-end
 * tests, sent CONCURRENCY /verify interactions at once, ROUNDS times. For each
 * we time INTERACTION_CREATE → interaction callback (the deferral: Discord
 * drops an interaction not acknowledged within 3 s) and → the PATCH that
 * edits the deferral into the report. Prints one JSON line.
 *
 *   node --import tsx bench/ack-worker.ts SIZE [--concurrency 20] [--rounds 3] [--claims FILE]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startBot } from '../bot/app.js';
import { loadConfig } from '../bot/config.js';
import { createLogger } from '../bot/logger.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import { openStore } from '../core/store.js';
import { APP_ID, FakeDiscord, PERMS, type RecordedRequest } from '../test/support/fakeDiscord.js';
import { DEV_CLAIMS_PATH, corpusDir, isMain, type SizeName } from './paths.js';
import { readClaims } from './claims.js';
import { percentile, round } from './stats.js';

// A fake, token-shaped value (built at run time: no token-like literal in the repository).
const TOKEN = ['MTAwMDAwMDAwMDAwMDAwMDAx', 'GfAkE1', 'bench-fake-bot-token-0123456789'].join('.');

export interface AckResult {
  concurrency: number;
  p50Ms: number | null;
  p99Ms: number | null;
  /** INTERACTION_CREATE → the report edit (PATCH @original). */
  reportP50Ms: number | null;
  reportP99Ms: number | null;
  samples: number;
  size: SizeName;
  passages: number;
}

export async function runAck(argv: string[]): Promise<AckResult> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      concurrency: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '3' },
      claims: { type: 'string', default: DEV_CLAIMS_PATH },
    },
  });
  const size = (positionals[0] ?? 'small') as SizeName;
  const concurrency = Number(values.concurrency);
  const claims = readClaims(values.claims).map((c) => c.claim);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-ack-'));
  const fake = await FakeDiscord.start();
  const store = await openStore(`sqlite://${join(dir, 'store.sqlite')}`);
  // Production defaults for the queue (4 at once, 16 waiting): 20 concurrent requests all fit.
  const bot = await startBot({
    config: loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, CLAIMTRAIL_CORPUS: corpusDir(size), LOG_LEVEL: 'error' }),
    analyser: offlineAnalyser,
    logger: createLogger('error', { write: () => {} }, [TOKEN]),
    store,
  });
  const acks: number[] = [];
  const reports: number[] = [];
  let user = 630000000000000000n;
  try {
    for (let round = 0; round < Number(values.rounds); round++) {
      const runs = Array.from({ length: concurrency }, (_, i) => {
        const claim = claims[(round * concurrency + i) % claims.length]!;
        const sent = performance.now();
        // A fresh member each time: /verify has a per-user cooldown.
        const token = fake.slash('verify', [{ name: 'claim', type: 3, value: claim }], { id: String(++user), permissions: PERMS.member });
        const isCallback = (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/${token}/callback`);
        const isReport = (r: RecordedRequest) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
        return Promise.all([
          fake.waitFor(isCallback, 60_000).then(() => acks.push(performance.now() - sent)),
          fake.waitFor(isReport, 120_000).then(() => reports.push(performance.now() - sent)),
        ]);
      });
      await Promise.all(runs);
    }
  } finally {
    await bot.stop(10_000);
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    concurrency,
    p50Ms: round(percentile(acks, 50), 1),
    p99Ms: round(percentile(acks, 99), 1),
    reportP50Ms: round(percentile(reports, 50), 1),
    reportP99Ms: round(percentile(reports, 99), 1),
    samples: acks.length,
    size,
    passages: bot.deps.corpus.engine.corpus.passages.length,
  };
}

if (isMain(import.meta.url)) {
  const result = await runAck(process.argv.slice(2));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // discord.js and the SQLite adapter may leave handles behind: the figures are out, stop here.
  process.exit(0);
}
