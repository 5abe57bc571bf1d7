/**
 * End to end: the real discord.js Client, logged in to a local fake Discord
 * (REST + gateway on loopback), driven by INTERACTION_CREATE dispatches. The
 * assertions read what the bot sent back over the wire.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startBot, type RunningBot } from '../bot/app.js';
import type { AuditEntry } from '../bot/audit.js';
import { loadConfig } from '../bot/config.js';
import { LiveCorpus } from '../bot/corpus.js';
import { createLogger } from '../bot/logger.js';
import { COLOURS } from '../bot/render.js';
import { BOT_NAMESPACE } from '../bot/storage.js';
import type { Analyser } from '../core/analyse/types.js';
import { openStore, type StoreHandle } from '../core/store.js';
import { APP_ID, CHANNEL_ID, FakeDiscord, GUILD_ID, MODLOG_CHANNEL_ID, PERMS, type RecordedRequest } from './support/fakeDiscord.js';

// Fake and token-shaped, built at run time so no token-like literal sits in the repository.
const TOKEN = ['MTAwMDAwMDAwMDAwMDAwMDAx', 'GfAkE1', 'this-is-a-fake-bot-token-0123456789'].join('.');
const FOUND_CLAIM = "L'armée syrienne a tué 93 terroristes du Front al-Nosra";
const MOD = { id: '610000000000000001', permissions: PERMS.moderator };
const MANAGER = { id: '610000000000000002', permissions: PERMS.manageGuild };
let userSeq = 620000000000000000n;
/** A fresh member each time: cooldowns are per user. */
const member = () => ({ id: String(++userSeq), permissions: PERMS.member });
/** A fresh moderator each time (Manage Messages). */
const moderator = () => ({ id: String(++userSeq), permissions: PERMS.moderator });

// --- a controllable analyser: grounded quotes, or a failure, or a wait -----
let mode: 'normal' | 'explode' | 'slow' = 'normal';
let lastQuote = '';
let slowEntered: () => void = () => {};
let releaseSlow: () => void = () => {};
const testAnalyser: Analyser = {
  name: 'offline',
  async analyse({ passages }) {
    if (mode === 'explode') throw new Error('analyser exploded (test)');
    if (mode === 'slow') {
      slowEntered();
      await new Promise<void>((resolve) => (releaseSlow = resolve));
    }
    const p = passages[0]!;
    lastQuote = p.text.split(/(?<=[.!?»])\s/)[0]!;
    return {
      analyser: 'offline',
      warnings: [],
      findings: { summary: 'Test analyser: the corpus carries the claim.', sources: [], attributions: [], disputes: [], hedges: [{ text: lastQuote, passageId: p.id }] },
    };
  },
};

let fake: FakeDiscord;
let bot: RunningBot;
let store: StoreHandle;
let dir: string;
const logLines: string[] = [];
/** For each audit append: which report edits had already been sent (audit must come first). */
const appends: { entry: AuditEntry; patchedSoFar: string[] }[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start();
  dir = mkdtempSync(join(tmpdir(), 'claimtrail-bot-'));
  cpSync('data/corpus', join(dir, 'corpus'), { recursive: true });
  store = await openStore(`sqlite://${join(dir, 'store.sqlite')}`);
  bot = await startBot({
    config: loadConfig({
      DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, CLAIMTRAIL_CORPUS: join(dir, 'corpus'),
      VERIFY_CONCURRENCY: '1', VERIFY_QUEUE_LIMIT: '0',
    }),
    analyser: testAnalyser,
    logger: createLogger('info', { write: (line: string) => void logLines.push(line) }, [TOKEN]),
    store,
  });
  bot.deps.audit.onAppend((entry) => appends.push({ entry, patchedSoFar: fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.path) }));
});

afterAll(async () => {
  await bot?.stop(5_000);
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

// --- helpers -----------------------------------------------------------------
const isCallback = (token: string) => (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/${token}/callback`);
const isEdit = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
const isFollowUp = (token: string) => (r: RecordedRequest) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${token}`;
const threadsOf = (name: RegExp) => [...fake.channels.values()].filter((c) => c.type === 11 && name.test(c.name));
const postsIn = (channelId: string) => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
const guildLog = () => bot.deps.audit.forGuild(GUILD_ID);
const text = (r: RecordedRequest) => JSON.stringify(r.body ?? {});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function verify(claim: string, options: { user?: { id: string; permissions: string }; private?: boolean } = {}) {
  const opts: any[] = [{ name: 'claim', type: 3, value: claim }];
  if (options.private) opts.push({ name: 'private', type: 5, value: true });
  const sent = Date.now();
  const token = fake.slash('verify', opts, options.user ?? member());
  const callback = await fake.waitFor(isCallback(token));
  return { token, callback, ackMs: Date.now() - sent };
}

function attachment(name: string, bytes: Buffer, declaredSize = bytes.length) {
  const id = String(800000000000000000n + BigInt(fake.files.size + 1));
  fake.files.set(name, bytes);
  return {
    option: [{ type: 1, name: 'add', options: [{ name: 'file', type: 11, value: id }] }],
    resolved: { attachments: { [id]: { id, filename: name, size: declaredSize, url: fake.fileUrl(name), proxy_url: fake.fileUrl(name), content_type: 'text/plain' } } },
  };
}

async function caseIdOf(token: string): Promise<number> {
  const edit = await fake.waitFor(isEdit(token));
  return Number(/Case #(\d+)/.exec(edit.body.embeds[0].title)![1]);
}

// --- scenarios ----------------------------------------------------------------
describe('connecting', () => {
  test('identifies with the Guilds intent only and the configured token', () => {
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0].intents).toBe(1);
    expect(fake.identifies[0].token).toBe(TOKEN);
  });
});

describe('/verify', () => {
  let token: string;
  let caseId: number;

  test('defers at once, edits the deferral into the report with its quotes, then opens a thread', async () => {
    const run = await verify(FOUND_CLAIM);
    token = run.token;
    expect(run.callback.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(run.ackMs).toBeLessThan(3000);

    const edit = await fake.waitFor(isEdit(token));
    const embed = edit.body.embeds[0];
    caseId = await caseIdOf(token);
    expect(embed.title).toMatch(/^Case #\d+ · carried by \d+ documents? of the corpus$/);
    expect(embed.color).toBe(COLOURS.found);
    expect(embed.description).toContain('Claim submitted for verification');
    expect(embed.fields[0]).toEqual({ name: 'Status', value: 'Open', inline: true });
    const hedged = embed.fields.find((f: any) => f.name === 'Hedged');
    expect(hedged.value).toContain(`> ${lastQuote.slice(0, 40)}`);
    // Tass is cited in the lede, not the publisher: the passage is shown with no outlet of its own.
    expect(hedged.value).toMatch(/`000_2a641b6c26fda598#\d+`(?! · Tass)/);
    expect(edit.body.components[0].components.map((c: any) => c.custom_id)).toEqual([`case-passages:${caseId}`, `case-review:${caseId}`, `case-dispute:${caseId}`]);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });

    const threadCall = await fake.waitFor((r) => r.method === 'POST' && /^\/channels\/\d+\/messages\/\d+\/threads$/.test(r.path) && r.body.name.startsWith(`Verify #${caseId}:`));
    expect(threadCall.path).toBe(`/channels/${CHANNEL_ID}/messages/${fake.original(token).id}/threads`);
    expect(threadCall.body.name).toBe(`Verify #${caseId}: ${FOUND_CLAIM}`);
    const [thread] = threadsOf(new RegExp(`^Verify #${caseId}:`));
    const posts = await fake.waitFor((r) => r.path === `/channels/${thread.id}/messages` && text(r).includes('#0'));
    expect(text(posts)).toContain(lastQuote.slice(0, 40));
    expect(postsIn(thread.id)[0]!.body.content).toContain(`Case #${caseId} opened by <@`);
  });

  test('the audit entry is written before the report is shown', async () => {
    const snapshot = appends.find((a) => a.entry.action === 'verify' && a.entry.caseId === caseId)!;
    expect(snapshot.entry).toMatchObject({ guildId: GUILD_ID, channelId: CHANNEL_ID, claim: FOUND_CLAIM, detail: 'found' });
    expect(snapshot.entry.reportDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.patchedSoFar.some((p) => p.includes(token))).toBe(false);
    expect((await bot.deps.store.cases.get(caseId))?.threadId).toBe(threadsOf(new RegExp(`^Verify #${caseId}:`))[0].id);
  });

  test('private: an ephemeral deferral and report, no thread, only the Passages button', async () => {
    const run = await verify(FOUND_CLAIM, { private: true });
    expect(run.callback.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitFor(isEdit(run.token));
    const id = await caseIdOf(run.token);
    expect(edit.body.components[0].components.map((c: any) => c.custom_id)).toEqual([`case-passages:${id}`]);
    await sleep(200);
    expect(threadsOf(new RegExp(`^Verify #${id}:`))).toHaveLength(0);
  });

  test('a claim with no words is refused privately before any work', async () => {
    const run = await verify('?!… ---');
    expect(run.callback.body.type).toBe(4);
    expect(run.callback.body.data.flags).toBe(64);
    expect(run.callback.body.data.content).toContain('no words');
  });

  test('a claim that changes a number is not carried, and the reply shows what differs', async () => {
    // The seed corpus gives "une quarantaine de drones de combat"; the claim says 140.
    const run = await verify('Around one hundred forty combat drones ready for use were destroyed by Syrian troops.');
    const edit = await fake.waitFor(isEdit(run.token));
    const body = text(edit);
    expect(body).toContain('Differs from the claim');
    expect(body).toContain('one hundred forty');
    expect(body).toContain('une quarantaine');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  test('the "Verify claim" message menu verifies the message text the same way', async () => {
    const token = fake.messageMenu('Verify claim', { content: FOUND_CLAIM }, member());
    expect((await fake.waitFor(isCallback(token))).body).toEqual({ type: 5, data: { flags: 0 } });
    const id = await caseIdOf(token);
    expect(text(await fake.waitFor(isEdit(token)))).toContain(lastQuote.slice(0, 40));
    await fake.waitFor((r) => r.method === 'POST' && r.path.endsWith('/threads') && r.body.name.startsWith(`Verify #${id}:`));
  });

  test('a claim that mentions @everyone, a role and a user pings nobody', async () => {
    const from = fake.requests.length;
    const claim = `@everyone @here <@&900000000000000001> <@610000000000000009> ${FOUND_CLAIM}`;
    const run = await verify(claim);
    const id = await caseIdOf(run.token);
    const [thread] = await (async () => {
      await fake.waitFor((r) => r.method === 'POST' && r.path.endsWith('/threads') && r.body.name.startsWith(`Verify #${id}:`));
      return threadsOf(new RegExp(`^Verify #${id}:`));
    })();
    await fake.waitFor((r) => r.path === `/channels/${thread.id}/messages` && text(r).includes('#0'));
    const sent = fake.requests.slice(from).filter((r) => r.body && (r.body.content !== undefined || r.body.embeds !== undefined));
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const r of sent) {
      const am = r.body.allowed_mentions;
      expect(am, `${r.method} ${r.path}`).toBeDefined();
      expect(am.parse ?? []).toEqual([]);
      expect(am.users ?? []).toEqual([]);
      expect(am.roles ?? []).toEqual([]);
      expect(r.body.content ?? '').not.toMatch(/@(everyone|here)/);
    }
    expect(text(await fake.waitFor(isEdit(run.token)))).toContain('> @\u200beveryone @\u200bhere <@\u200b&900000000000000001>');
    expect(thread.name).not.toMatch(/@(everyone|here)/);
  });
});

describe('errors and load', () => {
  test('a handler that throws still answers the user, with a reference that is in the log', async () => {
    mode = 'explode';
    const run = await verify(FOUND_CLAIM);
    expect(run.callback.body).toEqual({ type: 5, data: { flags: 0 } });
    const followUp = await fake.waitFor(isFollowUp(run.token));
    mode = 'normal';
    expect(followUp.body.flags).toBe(64);
    const ref = /Something went wrong \(ref ([0-9A-F]{6})\)/.exec(followUp.body.content)![1];
    // The public "thinking…" is removed rather than left spinning.
    expect(fake.forToken(run.token).some((r) => r.method === 'DELETE')).toBe(true);
    const line = logLines.find((l) => l.includes(ref!))!;
    expect(JSON.parse(line)).toMatchObject({ level: 50, msg: 'handler failed', ref, err: { message: 'analyser exploded (test)' } });
    // And the bot carries on.
    const again = await verify(FOUND_CLAIM);
    expect((await fake.waitFor(isEdit(again.token))).body.embeds).toHaveLength(1);
  });

  test('a channel where threads are refused keeps the report and gets the full report as a file', async () => {
    fake.failThreads = true;
    try {
      const run = await verify(FOUND_CLAIM);
      const id = await caseIdOf(run.token);
      const followUp = await fake.waitFor(isFollowUp(run.token));
      expect(followUp.body.flags).toBe(64);
      expect(followUp.body.content).toContain('Create Public Threads');
      expect(followUp.files.map((f) => f.name)).toEqual([`case-${id}.md`]);
      expect(followUp.files[0]!.data.toString()).toContain('## Claim submitted for verification');
      expect(fake.forToken(run.token).some((r) => r.method === 'DELETE')).toBe(false);
    } finally {
      fake.failThreads = false;
    }
  });

  test('a full queue answers "busy, try again in N s" at once', async () => {
    mode = 'slow';
    const entered = new Promise<void>((resolve) => (slowEntered = resolve));
    const first = await verify(FOUND_CLAIM);
    await entered;
    const busyUser = member();
    const second = await verify(FOUND_CLAIM, { user: busyUser });
    expect(second.callback.body.type).toBe(4);
    expect(second.callback.body.data.flags).toBe(64);
    expect(second.callback.body.data.content).toMatch(/busy .*try again in \d+ s/);
    expect(second.ackMs).toBeLessThan(1000);
    mode = 'normal';
    releaseSlow();
    await fake.waitFor(isEdit(first.token));
    // A busy answer does not cost the user their cooldown.
    const retry = await verify(FOUND_CLAIM, { user: busyUser });
    expect(retry.callback.body.type).toBe(5);
    await fake.waitFor(isEdit(retry.token));
  });

  test('a second /verify inside the cooldown is refused with the wait', async () => {
    const user = member();
    const first = await verify(FOUND_CLAIM, { user });
    await fake.waitFor(isEdit(first.token));
    const second = await verify(FOUND_CLAIM, { user });
    expect(second.callback.body.data.content).toMatch(/again in \d+ s/);
  });
});

describe('case buttons', () => {
  let token: string;
  let caseId: number;
  let threadId: string;

  beforeAll(async () => {
    const run = await verify(FOUND_CLAIM);
    token = run.token;
    caseId = await caseIdOf(token);
    await fake.waitFor((r) => r.method === 'POST' && r.path.endsWith('/threads') && r.body.name.startsWith(`Verify #${caseId}:`));
    threadId = threadsOf(new RegExp(`^Verify #${caseId}:`))[0].id;
    await fake.waitFor((r) => r.path === `/channels/${threadId}/messages` && text(r).includes('#0'));
  });

  test('Passages answers privately with the full passages', async () => {
    const t = fake.button(`case-passages:${caseId}`, fake.original(token), member());
    expect((await fake.waitFor(isCallback(t))).body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitFor(isEdit(t));
    expect(edit.body.embeds[0].title).toMatch(/^000_2a641b6c26fda598#\d+$/);
  });

  test('a button for a case that does not exist answers in its private deferral', async () => {
    const t = fake.button('case-passages:999999', fake.original(token), member());
    expect((await fake.waitFor(isEdit(t))).body.content).toBe('This case no longer exists.');
  });

  test('Mark reviewed is refused to a member, and works for a moderator: status, audit, thread', async () => {
    const refused = fake.button(`case-review:${caseId}`, fake.original(token), member());
    const answer = await fake.waitFor(isCallback(refused));
    expect(answer.body.type).toBe(4);
    expect(answer.body.data).toMatchObject({ flags: 64, content: expect.stringContaining('Only moderators') });
    expect((await bot.deps.store.cases.get(caseId))!.status).toBe('open');

    const before = (await guildLog().head())!.seq;
    const t = fake.button(`case-review:${caseId}`, fake.original(token), MOD);
    expect((await fake.waitFor(isCallback(t))).body).toEqual({ type: 6 });
    const edit = await fake.waitFor(isEdit(t));
    expect(edit.body.embeds[0].fields[0]).toEqual({ name: 'Status', value: 'Reviewed', inline: true });
    expect((await bot.deps.store.cases.get(caseId))!.status).toBe('reviewed');
    const entry = (await guildLog().entry(before + 1))!;
    expect(entry).toMatchObject({ action: 'case.review', caseId, userId: MOD.id });
    await fake.waitFor((r) => r.path === `/channels/${threadId}/messages` && /marked \*\*reviewed\*\* by <@610000000000000001>/.test(r.body.content ?? ''));

    const again = fake.button(`case-review:${caseId}`, fake.original(token), MANAGER);
    expect((await fake.waitFor(isFollowUp(again))).body.content).toContain('already marked reviewed');
  });

  test('Dispute asks why in a modal; the answer disputes the case, is audited and posted', async () => {
    const t = fake.button(`case-dispute:${caseId}`, fake.original(token), member());
    const modal = await fake.waitFor(isCallback(t));
    expect(modal.body.type).toBe(9);
    expect(modal.body.data.custom_id).toBe(`case-dispute-modal:${caseId}`);
    expect(text(modal)).toContain('"custom_id":"reason"');

    const user = member();
    const reason = 'AFP denied this on 7 Nov @everyone <@&900000000000000001>';
    const s = fake.modalSubmit(`case-dispute-modal:${caseId}`, { reason }, fake.original(token), user);
    expect((await fake.waitFor(isCallback(s))).body).toEqual({ type: 6 });
    const edit = await fake.waitFor(isEdit(s));
    expect(edit.body.embeds[0].fields[0].value).toBe('Disputed');
    expect(edit.body.embeds[0].color).toBe(COLOURS.disputed);
    expect((await bot.deps.store.cases.get(caseId))!.status).toBe('disputed');
    const entry = (await guildLog().recent(5)).find((e) => e.action === 'case.dispute' && e.caseId === caseId)!;
    expect(entry).toMatchObject({ userId: user.id, detail: reason });
    const post = await fake.waitFor((r) => r.path === `/channels/${threadId}/messages` && (r.body.content ?? '').includes('**disputed**'));
    expect(post.body.content).toContain('AFP denied this on 7 Nov @\u200beveryone <@\u200b&900000000000000001>');
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect((await fake.waitFor(isFollowUp(s))).body.flags).toBe(64);
  });
});

describe('/corpus', () => {
  const corpusDir = () => join(dir, 'corpus');
  const snapshot = () => ({ docs: bot.deps.corpus.list().map((d) => d.id), files: readdirSync(corpusDir()).sort() });

  test('is refused to a member (and nothing is downloaded)', async () => {
    const before = snapshot();
    const a = attachment('member.txt', Buffer.from('Un texte parfaitement valide sur Idlib.'));
    const t = fake.slash('corpus', a.option, member(), a.resolved);
    const answer = await fake.waitFor(isCallback(t));
    expect(answer.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining('Only moderators') } });
    expect(fake.requests.some((r) => r.path.startsWith('/files/member.txt'))).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  test('refuses a binary, an empty, an oversized and a non-text file, and the corpus is unchanged', async () => {
    const before = snapshot();
    const head = (await guildLog().head())!.seq;
    const cases: [string, Buffer, number | undefined, RegExp][] = [
      ['evil.txt', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n'), Buffer.alloc(64, 0), Buffer.from('IHDR')]), undefined, /binary/],
      ['empty.md', Buffer.alloc(0), undefined, /empty/],
      ['huge.txt', Buffer.from('declared too large'), 3 * 1024 * 1024, /too large .*limit is 2097152/],
      ['report.pdf', Buffer.from('%PDF-1.7 text'), undefined, /Only \.txt and \.md/],
    ];
    for (const [name, bytes, size, message] of cases) {
      const a = attachment(name, bytes, size);
      const t = fake.slash('corpus', a.option, moderator(), a.resolved);
      expect((await fake.waitFor(isCallback(t))).body).toEqual({ type: 5, data: { flags: 64 } });
      expect((await fake.waitFor(isEdit(t))).body.content).toMatch(message);
    }
    expect(fake.requests.some((r) => r.path === '/files/huge.txt')).toBe(false);
    expect(snapshot()).toEqual(before);
    expect((await guildLog().head())!.seq).toBe(head);
  });

  test('adds a text file: searchable at once, audited, on disk for a restart; then removes it', async () => {
    const a = attachment('zorglub note.md', Buffer.from('# Radio Zorglub\n\nSelon Radio Zorglub, le laboratoire Zorglub a fabriqué des drones invisibles à Idlib.\n'));
    const t = fake.slash('corpus', a.option, MANAGER, a.resolved);
    expect((await fake.waitFor(isEdit(t))).body.content).toMatch(/^Added `zorglub_note` \(1 passages.*searchable now/);
    expect(existsSync(join(corpusDir(), 'zorglub_note.md'))).toBe(true);
    expect(readdirSync(corpusDir()).filter((f) => f.startsWith('.'))).toEqual([]);
    expect((await guildLog().recent(1))[0]).toMatchObject({ action: 'corpus.add', detail: 'zorglub_note.md', userId: MANAGER.id });
    expect((await LiveCorpus.open(corpusDir())).list().map((d) => d.id)).toContain('zorglub_note');

    const s = fake.slash('search', [{ name: 'query', type: 3, value: 'drones invisibles Zorglub' }], member());
    expect((await fake.waitFor(isCallback(s))).body).toEqual({ type: 5, data: { flags: 64 } });
    expect((await fake.waitFor(isEdit(s))).body.embeds[0].title).toMatch(/^1\. zorglub_note#0/);

    const dup = attachment('zorglub note.md', Buffer.from('Encore un texte sur Zorglub.'));
    const d = fake.slash('corpus', dup.option, moderator(), dup.resolved);
    expect((await fake.waitFor(isEdit(d))).body.content).toContain('already exists');

    const r = fake.slash('corpus', [{ type: 1, name: 'remove', options: [{ name: 'id', type: 3, value: 'zorglub_note' }] }], moderator());
    expect((await fake.waitFor(isEdit(r))).body.content).toBe('Removed `zorglub_note` from the corpus.');
    expect(existsSync(join(corpusDir(), 'zorglub_note.md'))).toBe(false);
    expect((await guildLog().recent(1))[0]).toMatchObject({ action: 'corpus.remove', detail: 'zorglub_note.md' });
    expect(bot.deps.corpus.list().map((d) => d.id)).not.toContain('zorglub_note');

    const l = fake.slash('corpus', [{ type: 1, name: 'list' }], moderator());
    expect((await fake.waitFor(isEdit(l))).body.content).toBe('5 documents in the corpus.');
  });
});

describe('/config and /audit', () => {
  test('/config modlog: audited, then every entry is also posted to the channel', async () => {
    const t = fake.slash('config', [{ type: 1, name: 'modlog', options: [{ name: 'channel', type: 7, value: MODLOG_CHANNEL_ID }] }], MOD, {
      channels: { [MODLOG_CHANNEL_ID]: { id: MODLOG_CHANNEL_ID, type: 0, name: 'mod-log', permissions: '2251799813685247' } },
    });
    expect((await fake.waitFor(isEdit(t))).body.content).toContain(`<#${MODLOG_CHANNEL_ID}>`);
    expect((await guildLog().recent(1))[0]).toMatchObject({ action: 'config.modlog', detail: `modlog=${MODLOG_CHANNEL_ID}` });
    const run = await verify(FOUND_CLAIM, { private: true });
    const id = await caseIdOf(run.token);
    const post = await fake.waitFor((r) => r.path === `/channels/${MODLOG_CHANNEL_ID}/messages` && (r.body.content ?? '').includes(`case #${id}`));
    const entry = (await guildLog().recent(1))[0]!;
    expect(post.body.content).toContain(`**verify**`);
    expect(post.body.content).toContain(entry.hash);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
  });

  test('/audit is for moderators; recent and export show the chain', async () => {
    const refused = fake.slash('audit', [{ type: 1, name: 'verify' }], member());
    expect((await fake.waitFor(isCallback(refused))).body.data.content).toContain('Only moderators');

    const r = fake.slash('audit', [{ type: 1, name: 'recent', options: [{ name: 'n', type: 4, value: 3 }] }], moderator());
    const recent = await fake.waitFor(isEdit(r));
    expect(recent.body.embeds[0].title).toBe('Audit log: last 3 entries');
    expect(recent.body.embeds[0].description.split('\n')).toHaveLength(3);

    const e = fake.slash('audit', [{ type: 1, name: 'export' }], moderator());
    const exported = await fake.waitFor(isEdit(e));
    expect(exported.files).toHaveLength(1);
    expect(exported.files[0]!.name).toMatch(/^audit-\d+-\d{4}-\d\d-\d\d\.jsonl$/);
    const lines = exported.files[0]!.data.toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as AuditEntry);
    const head = (await guildLog().head())!;
    expect(lines.map((l) => l.seq)).toEqual(Array.from({ length: head.seq }, (_, i) => i + 1));
    expect(lines.at(-1)!.hash).toBe(head.hash);
    expect(exported.body.content).toContain(head.hash);
  });

  test('/audit verify says the chain is intact, then names the entry edited in the store', async () => {
    const v = fake.slash('audit', [{ type: 1, name: 'verify' }], moderator());
    const head = (await guildLog().head())!;
    expect((await fake.waitFor(isEdit(v))).body.content).toBe(`The audit chain is intact: ${head.seq} entries. Head #${head.seq} \`${head.hash}\`.`);

    const kv = store.namespace(BOT_NAMESPACE);
    const key = guildLog().entryKey(2);
    const original = (await kv.get(key)) as AuditEntry;
    await kv.set(key, { ...original, claim: 'Something nobody verified' });
    try {
      const broken = fake.slash('audit', [{ type: 1, name: 'verify' }], MANAGER);
      expect((await fake.waitFor(isEdit(broken))).body.content).toMatch(/^The audit chain is broken at entry #2: entry #2 was altered/);
    } finally {
      await kv.set(key, original);
    }
  });
});

describe('logs and shutdown', () => {
  test('logs are structured and never contain the bot token or interaction tokens', () => {
    const all = logLines.join('');
    expect(logLines.length).toBeGreaterThan(10);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('itok-');
    for (const line of logLines) expect(() => JSON.parse(line)).not.toThrow();
  });

  test('stopping refuses new work, finishes the verification in flight, then closes', async () => {
    mode = 'slow';
    const entered = new Promise<void>((resolve) => (slowEntered = resolve));
    const inFlight = await verify(FOUND_CLAIM);
    await entered;
    const stopped = bot.stop(10_000);
    const late = fake.slash('search', [{ name: 'query', type: 3, value: 'Idlib' }], member());
    expect((await fake.waitFor(isCallback(late))).body.data.content).toContain('restarting');
    mode = 'normal';
    releaseSlow();
    await stopped;
    const edit = fake.requests.find(isEdit(inFlight.token));
    expect(edit?.body.embeds[0].title).toMatch(/^Case #\d+/);
    expect(logLines.some((l) => l.includes('"msg":"bot stopped"'))).toBe(true);
  });
});
