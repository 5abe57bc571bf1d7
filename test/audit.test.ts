/**
 * The audit chain: whatever is done to the stored entries — a flipped byte,
 * a deletion, a reorder, an insertion, a truncated tail — `verify` names the
 * first slot that does not hold the entry that belongs there.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv from 'keyv';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { AuditLog, AuditLogs, GENESIS_HASH, hashEntry, type AuditEntry, type AuditInput } from '../bot/audit.js';
import { canonicalJson } from '../bot/digest.js';
import { BOT_NAMESPACE, openBotKeyv } from '../bot/storage.js';
import { openStore, type StoreHandle } from '../core/store.js';

const N = 8;
const input = (i: number): AuditInput => ({
  guildId: 'g1', channelId: 'c1', userId: `u${i}`, action: 'verify', caseId: i,
  claim: `Claim number ${i} — « accents » and an @everyone`, reportDigest: 'ab'.repeat(32), detail: null,
});

async function chain(kv: Keyv = new Keyv(), n = N): Promise<{ kv: Keyv; log: AuditLog; entries: AuditEntry[] }> {
  let t = Date.parse('2025-01-01T00:00:00Z');
  const log = new AuditLog(kv, 'g1', () => new Date((t += 1000)));
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) entries.push(await log.append(input(i)));
  return { kv, log, entries };
}

/** A forged entry an attacker can compute: no secret is involved. */
function forge(seq: number, prevHash: string): AuditEntry {
  const body = { ...input(99), seq, time: '2025-01-01T12:00:00.000Z', detail: 'forged', prevHash } as Omit<AuditEntry, 'hash'> & { detail: string | null };
  return { ...body, hash: hashEntry(body) } as AuditEntry;
}

describe('appending', () => {
  test('entries link into a chain whose hashes recompute from canonical JSON', async () => {
    const { log, entries } = await chain();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < N; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    const { hash, ...body } = entries[3]!;
    // Key order does not matter: the hash is over canonical JSON.
    const shuffled = Object.fromEntries(Object.entries(body).reverse());
    expect(hashEntry(shuffled as typeof body)).toBe(hash);
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
    expect(await log.verify()).toEqual({ ok: true, count: N, head: { seq: N, hash: entries[N - 1]!.hash } });
  });

  test('50 concurrent appends leave 50 entries in one unbroken chain', async () => {
    const logs = new AuditLogs(new Keyv());
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => logs.append({ ...input(i), guildId: 'busy' })));
    expect(new Set(results.map((e) => e.seq)).size).toBe(50);
    const check = await logs.forGuild('busy').verify();
    expect(check).toMatchObject({ ok: true, count: 50, head: { seq: 50 } });
    expect(await logs.guilds()).toEqual(['busy']);
  });

  test('an empty log verifies; an entry without a head does not', async () => {
    const kv = new Keyv();
    const log = new AuditLog(kv, 'g1');
    expect(await log.verify()).toMatchObject({ ok: true, count: 0 });
    await kv.set(log.entryKey(1), forge(1, GENESIS_HASH));
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: 1 });
  });
});

describe('tampering is found at the first bad entry, for every position', () => {
  const positions = Array.from({ length: N }, (_, i) => i + 1);

  test.each(positions)('editing a field of entry #%i', async (k) => {
    const { kv, log } = await chain();
    for (const edit of [
      (e: AuditEntry) => ({ ...e, claim: `${e.claim}!` }),
      (e: AuditEntry) => ({ ...e, userId: 'someone-else' }),
      (e: AuditEntry) => ({ ...e, time: '2030-01-01T00:00:00.000Z' }),
      (e: AuditEntry) => ({ ...e, hash: `${e.hash.slice(0, 63)}${e.hash.endsWith('0') ? '1' : '0'}` }),
      (e: AuditEntry) => ({ ...e, prevHash: `${e.prevHash.slice(0, 63)}${e.prevHash.endsWith('0') ? '1' : '0'}` }),
    ]) {
      const original = (await log.entry(k))!;
      await kv.set(log.entryKey(k), edit(original));
      expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: k });
      await kv.set(log.entryKey(k), original);
    }
    expect((await log.verify()).ok).toBe(true);
  });

  test.each(positions)('replacing entry #%i with a forged one whose hash is recomputed', async (k) => {
    const { kv, log, entries } = await chain();
    await kv.set(log.entryKey(k), forge(k, k === 1 ? GENESIS_HASH : entries[k - 2]!.hash));
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: k });
  });

  test.each(positions)('deleting entry #%i', async (k) => {
    const { kv, log } = await chain();
    await kv.delete(log.entryKey(k));
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: k });
  });

  test.each(positions)('deleting entry #%i and shifting the rest down', async (k) => {
    // With the head moved back too, deleting the last entry is a truncation
    // plus a head edit, which only the witnessed head hash can reveal.
    for (const moveHead of k < N ? [false, true] : [false]) {
      const { kv, log, entries } = await chain();
      const rest = entries.slice(k);
      for (let i = 0; i < rest.length; i++) await kv.set(log.entryKey(k + i), rest[i]);
      await kv.delete(log.entryKey(N));
      if (moveHead) await kv.set(log.headKey(), { seq: N - 1, hash: entries[N - 1]!.hash });
      expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: k });
    }
  });

  test.each(positions.slice(0, -1))('swapping entries #%i and #%i+1', async (k) => {
    const { kv, log, entries } = await chain();
    await kv.set(log.entryKey(k), entries[k]);
    await kv.set(log.entryKey(k + 1), entries[k - 1]);
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: k });
  });

  test.each(positions.slice(0, -2))('moving entry #%i to the end', async (k) => {
    const { kv, log, entries } = await chain();
    const order = [...entries.slice(0, k - 1), ...entries.slice(k), entries[k - 1]!];
    for (let i = 0; i < N; i++) await kv.set(log.entryKey(i + 1), order[i]);
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: k });
  });

  test.each(positions)('inserting a forged entry at #%i (shifting the rest up, head moved too)', async (k) => {
    for (const moveHead of [false, true]) {
      const { kv, log, entries } = await chain();
      for (let i = N; i >= k; i--) await kv.set(log.entryKey(i + 1), entries[i - 1]);
      await kv.set(log.entryKey(k), forge(k, k === 1 ? GENESIS_HASH : entries[k - 2]!.hash));
      if (moveHead) await kv.set(log.headKey(), { seq: N + 1, hash: entries[N - 1]!.hash });
      expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: k });
    }
  });

  test.each(positions.slice(1))('duplicating entry #%i-1 into slot #%i', async (k) => {
    const { kv, log, entries } = await chain();
    await kv.set(log.entryKey(k), entries[k - 2]);
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: k });
  });

  test.each(positions)('truncating the log from entry #%i on (head kept)', async (k) => {
    const { kv, log } = await chain();
    for (let i = k; i <= N; i++) await kv.delete(log.entryKey(i));
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: k });
  });

  test('appending past the head (an entry beyond it)', async () => {
    const { kv, log, entries } = await chain();
    await kv.set(log.entryKey(N + 1), forge(N + 1, entries[N - 1]!.hash));
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: N + 1 });
  });
});

describe('in a real store', () => {
  const opened: StoreHandle[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close();
  });
  let store: StoreHandle;
  beforeEach(async () => {
    store = await openStore('sqlite://:memory:');
    opened.push(store);
  });

  test('flipping any single byte of a stored entry (SQLite, raw value) is found at that entry', async () => {
    const kv = openBotKeyv(store);
    const logs = new AuditLogs(kv);
    for (let i = 1; i <= 5; i++) await logs.append(input(i));
    const log = logs.forGuild('g1');
    const rawKey = `${BOT_NAMESPACE}:${log.entryKey(3)}`;
    const adapter = kv.store as { get(k: string): Promise<string>; set(k: string, v: string): Promise<void> };
    const raw = await adapter.get(rawKey);
    expect(typeof raw).toBe('string');
    const bytes = Buffer.from(raw, 'utf8');
    let flips = 0;
    for (let i = 0; i < bytes.length; i++) {
      const flipped = Buffer.from(bytes);
      flipped[i] = flipped[i]! ^ 0x01;
      const text = flipped.toString('utf8');
      if (text === raw) continue;
      await adapter.set(rawKey, text);
      const check = await log.verify();
      expect(check, `byte ${i}`).toMatchObject({ ok: false, firstBadSeq: 3 });
      flips += 1;
    }
    await adapter.set(rawKey, raw);
    expect(flips).toBeGreaterThan(300);
    expect((await log.verify()).ok).toBe(true);
  });

  test('50 concurrent appends on a SQLite file, then PostgreSQL: one unbroken chain', async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-audit-'));
    const file = await openStore(`sqlite://${join(dir, 'audit.sqlite')}`);
    opened.push(file);
    const logs = new AuditLogs(openBotKeyv(file));
    await Promise.all(Array.from({ length: 50 }, (_, i) => logs.append({ ...input(i), guildId: 'file' })));
    expect(await logs.forGuild('file').verify()).toMatchObject({ ok: true, count: 50 });
    rmSync(dir, { recursive: true, force: true });

    let pg: StoreHandle;
    try {
      pg = await openStore('postgres://postgres@127.0.0.1:5432/test');
      await pg.namespace('probe').get('x');
    } catch {
      ctx.skip();
      return;
    }
    opened.push(pg);
    const kv = openBotKeyv(pg);
    const guild = `test-${randomUUID()}`;
    const pgLogs = new AuditLogs(kv);
    try {
      await Promise.all(Array.from({ length: 50 }, (_, i) => pgLogs.append({ ...input(i), guildId: guild })));
      expect(await pgLogs.forGuild(guild).verify()).toMatchObject({ ok: true, count: 50 });
    } finally {
      for (let i = 1; i <= 50; i++) await kv.delete(`audit:${guild}:entry:${i}`);
      await kv.delete(`audit:${guild}:head`);
      await kv.set('audit:guilds', (((await kv.get('audit:guilds')) as string[]) ?? []).filter((g) => g !== guild));
    }
  });

  test('Redis: appends chain, and an edited entry is found', async (ctx) => {
    let redis: StoreHandle;
    try {
      redis = await openStore('redis://127.0.0.1:6379');
      await redis.namespace('probe').get('x');
    } catch {
      ctx.skip();
      return;
    }
    opened.push(redis);
    const kv = openBotKeyv(redis);
    const guild = `test-${randomUUID()}`;
    const logs = new AuditLogs(kv);
    try {
      await Promise.all(Array.from({ length: 20 }, (_, i) => logs.append({ ...input(i), guildId: guild })));
      const log = logs.forGuild(guild);
      expect(await log.verify()).toMatchObject({ ok: true, count: 20 });
      const e = (await log.entry(7))!;
      await kv.set(log.entryKey(7), { ...e, claim: 'rewritten' });
      expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: 7 });
    } finally {
      for (let i = 1; i <= 21; i++) await kv.delete(`audit:${guild}:entry:${i}`);
      await kv.delete(`audit:${guild}:head`);
      await kv.set('audit:guilds', (((await kv.get('audit:guilds')) as string[]) ?? []).filter((g) => g !== guild));
    }
  });
});
