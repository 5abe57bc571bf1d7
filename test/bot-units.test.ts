/** The bot's small parts on their own: config, logs, queue, cooldowns, corpus changes, downloads, cases. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv from 'keyv';
import { afterAll, describe, expect, test } from 'vitest';
import { downloadAttachment } from '../bot/attachments.js';
import { CaseStore } from '../bot/cases.js';
import { ConfigError, loadConfig } from '../bot/config.js';
import { LiveCorpus, uploadFileName } from '../bot/corpus.js';
import { UserError } from '../bot/errors.js';
import { createLogger, scrubSecrets } from '../bot/logger.js';
import { Cooldowns } from '../bot/preconditions.js';
import { VerificationQueue } from '../bot/verifyQueue.js';
import type { Report } from '../core/schema.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempCorpus = () => {
  const d = mkdtempSync(join(tmpdir(), 'claimtrail-units-'));
  dirs.push(d);
  cpSync('data/corpus', join(d, 'corpus'), { recursive: true });
  return join(d, 'corpus');
};

describe('config', () => {
  test('defaults, and empty values mean the default', () => {
    expect(loadConfig({ DISCORD_TOKEN: 't', STORE_URL: '', LOG_LEVEL: '' })).toEqual({
      DISCORD_TOKEN: 't', DISCORD_API_URL: 'https://discord.com/api', CLAIMTRAIL_CORPUS: 'data/corpus', LOG_LEVEL: 'info',
      STORE_URL: undefined, VERIFY_CONCURRENCY: 4, VERIFY_QUEUE_LIMIT: 16,
    });
  });

  test('one line per bad variable, never its value', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ DISCORD_GUILD_ID: 'my-guild-secret', DISCORD_API_URL: 'ftp://x', VERIFY_CONCURRENCY: 'lots' });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.split(' ')[0])).toEqual(['DISCORD_TOKEN', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'VERIFY_CONCURRENCY']);
    expect(error!.message).not.toContain('my-guild-secret');
  });
});

describe('logs', () => {
  test('redact token fields, scrub tokens from error URLs and messages, drop request bodies', () => {
    const lines: string[] = [];
    // Token-shaped, built at run time so no token-like literal sits in the repository.
    const secret = ['MTAwMDAwMDAwMDAwMDAwMDAx', 'GaBcDe', 'Z'.repeat(33)].join('.');
    const log = createLogger('info', { write: (l: string) => void lines.push(l) }, [secret]);
    const err = Object.assign(new Error(`failed at /webhooks/1/itok-abc/messages/@original with Bot ${secret}`), {
      url: 'https://discord.com/api/v10/interactions/123/itok-xyz/callback',
      requestBody: { json: { content: 'user text' } },
    });
    log.error({ err, token: secret, config: { DISCORD_TOKEN: secret }, note: `pasted ${secret} here`, apiKey: `sk-${'abcdefghijklmnopqrstuvwx'}` }, 'boom');
    const line = lines.join('');
    expect(line).not.toContain(secret);
    expect(line).not.toContain('itok-');
    expect(line).not.toContain(`sk-${'abcdefghijklmnopqrstuvwx'}`);
    expect(line).not.toContain('user text');
    expect(JSON.parse(line)).toMatchObject({ token: '[redacted]', msg: 'boom', err: { url: 'https://discord.com/api/v10/interactions/123/[token]/callback' } });
    expect(scrubSecrets('Bearer abcdefghijklmnopqrstuvwxyz')).toBe('Bearer [token]');
  });
});

describe('verification queue', () => {
  test('has room until every slot runs and the line is full; then says how long to wait', async () => {
    const queue = new VerificationQueue({ concurrency: 2, maxWaiting: 1 });
    const gates: (() => void)[] = [];
    const task = () => queue.run(() => new Promise<void>((resolve) => gates.push(resolve)));
    const running = [task(), task()];
    await Promise.resolve();
    expect(queue.busyFor()).toBeNull();
    running.push(task());
    await Promise.resolve();
    expect(queue.running).toBe(2);
    expect(queue.waiting).toBe(1);
    expect(queue.busyFor()).toBeGreaterThanOrEqual(5);
    expect(() => queue.assertRoom()).toThrow(UserError);
    expect(() => queue.assertRoom()).toThrow(/busy.*try again in \d+ s/);
    const releasing = setInterval(() => gates.splice(0).forEach((g) => g()), 1);
    await Promise.all(running);
    clearInterval(releasing);
    expect(queue.busyFor()).toBeNull();
  });
});

describe('cooldowns', () => {
  test('per user and command; a release gives it back', () => {
    let now = 0;
    const c = new Cooldowns(() => now);
    expect(c.take('verify', 'u1', 10).ok).toBe(true);
    expect(c.take('verify', 'u1', 10)).toEqual({ ok: false, message: 'Slow down: you can use this again in 10 s.' });
    expect(c.take('verify', 'u2', 10).ok).toBe(true);
    expect(c.take('search', 'u1', 10).ok).toBe(true);
    now = 10_001;
    expect(c.take('verify', 'u1', 10).ok).toBe(true);
    c.release('verify', 'u1');
    expect(c.take('verify', 'u1', 10).ok).toBe(true);
    expect(c.take('x', 'u1', undefined).ok).toBe(true);
  });
});

describe('corpus changes', () => {
  test('upload names are made safe, and only .txt/.md are accepted', () => {
    expect(uploadFileName('Rapport AFP (2023).TXT')).toBe('Rapport_AFP_2023_.txt');
    expect(uploadFileName('../../etc/passwd.md')).toBe('etc_passwd.md');
    expect(uploadFileName('.hidden.md')).toBe('hidden.md');
    expect(() => uploadFileName('photo.png')).toThrow(/Only \.txt and \.md/);
    expect(() => uploadFileName('....md')).toThrow(/usable document name/);
  });

  test('a change whose audit entry fails is rolled back: no file, no document', async () => {
    const dir = tempCorpus();
    const corpus = await LiveCorpus.open(dir);
    const before = readdirSync(dir).sort();
    const failing = async () => {
      throw new Error('store down');
    };
    await expect(corpus.add('new.md', Buffer.from('Un document sur Idlib et ses drones.'), failing)).rejects.toThrow('store down');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(corpus.list().map((d) => d.id)).not.toContain('new');
    const victim = corpus.list()[0]!.id;
    await expect(corpus.remove(victim, failing)).rejects.toThrow('store down');
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(corpus.list().map((d) => d.id)).toContain(victim);
  });

  test('changes apply one at a time: two uploads of one name, one wins', async () => {
    const dir = tempCorpus();
    const corpus = await LiveCorpus.open(dir);
    const ok = async () => {};
    const results = await Promise.allSettled([
      corpus.add('same.md', Buffer.from('Premier texte sur Idlib.'), ok),
      corpus.add('same.md', Buffer.from('Second texte sur Idlib.'), ok),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(existsSync(join(dir, 'same.md'))).toBe(true);
    expect(corpus.list().filter((d) => d.id === 'same')).toHaveLength(1);
  });
});

describe('attachment download', () => {
  test('stops at the byte cap even when the server sends more than declared', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200);
      for (let i = 0; i < 64; i++) res.write(Buffer.alloc(16 * 1024, 97));
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/f.txt`;
    try {
      const bytes = await downloadAttachment({ name: 'f.txt', url, size: 10 }, 100_000);
      expect(bytes.length).toBe(100_001);
      await expect(downloadAttachment({ name: 'f.txt', url, size: 200_000 }, 100_000)).rejects.toThrow(/too large \(200000 bytes; the limit is 100000\)/);
      await expect(downloadAttachment({ name: 'f.txt', url: 'file:///etc/passwd', size: 1 }, 100)).rejects.toThrow(UserError);
    } finally {
      server.close();
    }
  });
});

describe('cases', () => {
  test('ids are sequential under concurrent creation; updates are serialised', async () => {
    const cases = new CaseStore(new Keyv());
    const report = { claim: 'c' } as Report;
    const made = await Promise.all(
      Array.from({ length: 20 }, (_, i) => cases.create({ guildId: 'g', channelId: 'c', userId: `u${i}`, claim: 'c', report, reportDigest: 'd', private: false })),
    );
    expect(made.map((c) => c.id).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    await Promise.all(Array.from({ length: 10 }, (_, i) => cases.update(1, (c) => ({ ...c, history: [...c.history, cases.event('disputed', `u${i}`, 'why')] }))));
    expect((await cases.get(1))!.history).toHaveLength(11);
  });
});
