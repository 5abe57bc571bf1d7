/**
 * Key-value storage for caches, cases and the audit log, through keyv:
 * a SQLite file by default (one machine, nothing to run), Redis or PostgreSQL
 * by URL when a team outgrows it. `STORE_URL` selects it.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Keyv, { type KeyvStoreAdapter } from 'keyv';

export const DEFAULT_STORE_FILE = fileURLToPath(new URL('../data/store/claimtrail.sqlite', import.meta.url));

export interface StoreHandle {
  /** Opens a keyv namespace on the shared backend. */
  namespace<T = unknown>(name: string): Keyv<T>;
  close(): Promise<void>;
  readonly kind: 'sqlite' | 'redis' | 'postgres';
}

/** Redacts credentials so a store URL can be logged or shown. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+)(?::[^@/]*)?@/, '//***@');
}

type Adapter = KeyvStoreAdapter & { disconnect?: () => Promise<void>; close?: () => Promise<void> };

type SqliteAdapter = Adapter & { ready: Promise<void> };

/**
 * A SQLite adapter whose every operation waits for its connection's pragmas:
 * WAL with synchronous=FULL, so an acknowledged write survives a crash or power loss.
 *
 * `after` is the previous connection's readiness on the same file: switching a
 * fresh file to WAL takes an exclusive lock, and two connections racing for it
 * get SQLITE_BUSY without waiting, so connections of one store open in turn.
 */
function sqliteAdapter(KeyvSqlite: typeof import('@keyv/sqlite').default, file: string, after: Promise<void>): SqliteAdapter {
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
  const ready = after
    .then(() => adapter.query('PRAGMA journal_mode=WAL'))
    .then(() => adapter.query('PRAGMA synchronous=FULL'))
    .then(() => undefined);
  // The failure reaches whoever uses the store (each operation awaits `ready`),
  // never the process as an unhandled rejection of a store nobody used.
  ready.catch(() => {});
  const target = adapter as unknown as Record<string, unknown>;
  for (const method of ['get', 'getMany', 'set', 'delete', 'deleteMany', 'clear', 'has']) {
    const original = (target[method] as (...args: unknown[]) => Promise<unknown>).bind(adapter);
    target[method] = async (...args: unknown[]) => {
      await ready;
      return original(...args);
    };
  }
  const iterate = adapter.iterator.bind(adapter);
  target.iterator = async function* (namespace?: string) {
    await ready;
    yield* iterate(namespace);
  };
  return Object.assign(adapter as unknown as Adapter, { ready });
}

/**
 * @param url `sqlite://path`, `redis://…`, `postgres://…`, or undefined for the default SQLite file.
 *
 * Each namespace gets its own adapter: keyv writes its namespace onto the adapter
 * it is given, and the Redis adapter prefixes keys with it, so two namespaces on
 * one adapter would read and write each other's keys.
 */
export async function openStore(url?: string): Promise<StoreHandle> {
  const target = url?.trim() || `sqlite://${DEFAULT_STORE_FILE}`;
  let make: () => Adapter;
  let kind: StoreHandle['kind'];
  if (target.startsWith('sqlite://')) {
    const raw = target.slice('sqlite://'.length);
    const file = raw === ':memory:' ? raw : resolve(raw);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    let last: Promise<void> = Promise.resolve();
    make = () => {
      const adapter = sqliteAdapter(KeyvSqlite, file, last);
      last = adapter.ready.catch(() => {});
      return adapter;
    };
    kind = 'sqlite';
  } else if (/^rediss?:\/\//.test(target)) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    make = () => new KeyvRedis(target) as unknown as Adapter;
    kind = 'redis';
  } else if (/^postgres(ql)?:\/\//.test(target)) {
    const { default: KeyvPostgres } = await import('@keyv/postgres');
    // @keyv/postgres keeps one pool per URI and ends it on disconnect; it scopes keys by
    // keyv's own prefix, so namespaces can share one adapter (and one disconnect).
    let shared: Adapter | null = null;
    make = () => (shared ??= new KeyvPostgres({ uri: target }) as unknown as Adapter);
    kind = 'postgres';
  } else {
    throw new Error(`STORE_URL must start with sqlite://, redis:// or postgres:// (got ${redactUrl(target)})`);
  }
  const adapters = new Map<string, Adapter>();
  return {
    kind,
    namespace<T>(name: string) {
      let adapter = adapters.get(name);
      if (!adapter) adapters.set(name, (adapter = make()));
      return new Keyv<T>({ store: adapter, namespace: name, useKeyPrefix: true });
    },
    async close() {
      for (const a of new Set(adapters.values())) {
        // Closing under a pragma still running fails it with SQLITE_MISUSE: let it settle.
        await (a as Partial<SqliteAdapter>).ready?.catch(() => {});
        if (a.disconnect) await a.disconnect();
        else if (a.close) await a.close();
      }
      adapters.clear();
    },
  };
}
