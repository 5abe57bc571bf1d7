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

async function sqliteAdapter(file: string): Promise<KeyvStoreAdapter> {
  const { default: KeyvSqlite } = await import('@keyv/sqlite');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
  // WAL with synchronous=FULL: an acknowledged write survives a crash or power loss.
  await adapter.query('PRAGMA journal_mode=WAL');
  await adapter.query('PRAGMA synchronous=FULL');
  return adapter as unknown as KeyvStoreAdapter;
}

/**
 * @param url `sqlite://path`, `redis://…`, `postgres://…`, or undefined for the default SQLite file.
 */
export async function openStore(url?: string): Promise<StoreHandle> {
  const target = url?.trim() || `sqlite://${DEFAULT_STORE_FILE}`;
  let adapter: KeyvStoreAdapter;
  let kind: StoreHandle['kind'];
  if (target.startsWith('sqlite://')) {
    const path = target.slice('sqlite://'.length);
    adapter = await sqliteAdapter(path === ':memory:' ? path : resolve(path));
    kind = 'sqlite';
  } else if (/^rediss?:\/\//.test(target)) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    adapter = new KeyvRedis(target) as unknown as KeyvStoreAdapter;
    kind = 'redis';
  } else if (/^postgres(ql)?:\/\//.test(target)) {
    const { default: KeyvPostgres } = await import('@keyv/postgres');
    adapter = new KeyvPostgres({ uri: target }) as unknown as KeyvStoreAdapter;
    kind = 'postgres';
  } else {
    throw new Error(`STORE_URL must start with sqlite://, redis:// or postgres:// (got ${redactUrl(target)})`);
  }
  const opened: Keyv[] = [];
  return {
    kind,
    namespace<T>(name: string) {
      const kv = new Keyv<T>({ store: adapter, namespace: name, useKeyPrefix: true });
      opened.push(kv as Keyv);
      return kv;
    },
    async close() {
      const a = adapter as unknown as { disconnect?: () => Promise<void>; close?: () => Promise<void> };
      if (a.disconnect) await a.disconnect();
      else if (a.close) await a.close();
    },
  };
}
