/**
 * `npm start`: validate the environment, start the bot, and stop it cleanly
 * on SIGTERM/SIGINT (no new work, in-flight verifications finish, the store
 * closes). Handler errors are answered by the dispatcher; a stray rejection
 * is logged, never fatal.
 */
import { openReportCache, type ReportCache } from '../core/cache.js';
import { ConfigError as LlmConfigError } from '../core/llm/index.js';
import { openStore, type StoreHandle } from '../core/store.js';
import { analyserFromEnv, type AnalyserSetup } from './analyser.js';
import { startBot } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';

let config: Config | null = null;
let setup: AnalyserSetup | null = null;
const problems: string[] = [];
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  problems.push(...err.problems);
}
try {
  setup = analyserFromEnv(process.env);
} catch (err) {
  if (!(err instanceof LlmConfigError)) throw err;
  problems.push(err.message);
}
if (!config || !setup) {
  process.stderr.write(`claimtrail bot: invalid environment\n${problems.map((p) => `  ${p}\n`).join('')}`);
  process.exit(2);
}

const logger = createLogger(config.LOG_LEVEL, undefined, [config.DISCORD_TOKEN, ...(setup.config.kind === 'llm' ? [setup.config.apiKey] : [])]);
process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
logger.info(setup.description);

try {
  // The report cache lives only on the LLM path (offline reports cost milliseconds).
  let cacheStore: StoreHandle | null = null;
  let reportCache: ReportCache | null = null;
  if (setup.config.kind === 'llm') {
    cacheStore = await openStore(config.STORE_URL);
    reportCache = openReportCache(cacheStore, { ttlMs: setup.config.cacheTtlMs, onError: (message) => logger.warn({ message }, 'report cache') });
  }
  const bot = await startBot({ config, analyser: setup.analyser, logger, reportCache, onStop: async () => cacheStore?.close() });
  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'stopping: finishing verifications in flight');
    bot.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
} catch (err) {
  logger.fatal({ err }, 'could not start the bot');
  process.exit(1);
}
