/**
 * Assembling the running bot from its parts: store, corpus, audit log, case
 * store, queue, client and dispatcher. `main.ts` calls it with the real
 * environment; tests call it with a local fake Discord and their own analyser.
 */
import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import type { Analyser } from '../core/analyse/types.js';
import type { ReportCache } from '../core/cache.js';
import { openStore, type StoreHandle } from '../core/store.js';
import { AuditLogs } from './audit.js';
import { CaseStore } from './cases.js';
import { createClient } from './client.js';
import type { BotDeps, CommandSet } from './command.js';
import type { Config } from './config.js';
import { LiveCorpus } from './corpus.js';
import { Dispatcher } from './dispatcher.js';
import { GuildConfigStore } from './guildConfig.js';
import type { Logger } from './logger.js';
import { ModLog } from './modlog.js';
import { openBotKeyv } from './storage.js';
import { VerificationQueue } from './verifyQueue.js';
import { commandSet } from '../commands/index.js';

export interface BotOptions {
  config: Config;
  analyser: Analyser;
  logger: Logger;
  /** Defaults to `openStore(config.STORE_URL)`; the bot closes whatever store it runs on. */
  store?: StoreHandle;
  /** The LLM report cache, on a store handle of its own (see storage.ts); closed by `onStop`. */
  reportCache?: ReportCache | null;
  /** Run last when stopping (closing what the caller opened). */
  onStop?: () => Promise<void>;
  commands?: CommandSet;
}

export interface RunningBot {
  client: Client;
  deps: BotDeps;
  dispatcher: Dispatcher;
  /** Stop taking work, finish what is in flight (up to `graceMs`), disconnect, close the store. */
  stop(graceMs?: number): Promise<void>;
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, logger } = options;
  const store = options.store ?? (await openStore(config.STORE_URL));
  const kv = openBotKeyv(store);
  kv.on('error', (err: unknown) => logger.error({ err }, 'store error'));
  const corpus = await LiveCorpus.open(config.CLAIMTRAIL_CORPUS);
  for (const warning of corpus.engine.corpus.warnings) logger.warn({ warning }, 'corpus file skipped');
  logger.info({ dir: corpus.dir, docs: corpus.engine.corpus.docs.length, store: store.kind }, 'corpus loaded');

  const deps: BotDeps = {
    corpus,
    analyser: options.analyser,
    reportCache: options.reportCache ?? null,
    store: { cases: new CaseStore(kv), guilds: new GuildConfigStore(kv) },
    audit: new AuditLogs(kv),
    verifications: new VerificationQueue({ concurrency: config.VERIFY_CONCURRENCY, maxWaiting: config.VERIFY_QUEUE_LIMIT }),
    logger,
  };
  const client = createClient(config);
  const modlog = new ModLog(client, deps.store.guilds, logger);
  deps.audit.onAppend((entry) => void modlog.post(entry));
  const dispatcher = new Dispatcher(options.commands ?? commandSet, deps);
  deps.verifications.prioritise(() => dispatcher.hasUnacknowledged());
  client.on(Events.InteractionCreate, dispatcher.handle);
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'gateway disconnected'));

  try {
    const ready = once(client, Events.ClientReady);
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (err) {
    await client.destroy();
    await store.close();
    throw err;
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'bot ready');

  let stopped: Promise<void> | null = null;
  return {
    client,
    deps,
    dispatcher,
    stop(graceMs = 30_000) {
      stopped ??= (async () => {
        dispatcher.stop();
        const finished = await dispatcher.drain(graceMs);
        if (!finished) logger.warn({ graceMs }, 'stopping with handlers still running');
        await modlog.idle();
        await client.destroy();
        await store.close();
        await options.onStop?.();
        logger.info('bot stopped');
      })();
      return stopped;
    },
  };
}
