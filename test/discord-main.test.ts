/**
 * The scripts as `npm start`, `npm run register` and `npm run audit` run them
 * (`tsx bot/<script>.ts`), as separate processes against the fake Discord:
 * start-up, a verification with the real offline analyser, SIGTERM, the
 * audit CLI on the store left behind, registration, and a bad environment.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { APP_ID, FakeDiscord, GUILD_ID, PERMS, type RecordedRequest } from './support/fakeDiscord.js';

// Fake and token-shaped, built at run time so no token-like literal sits in the repository.
const TOKEN = ['MTAwMDAwMDAwMDAwMDAwMDAx', 'GmAiN1', 'another-fake-bot-token-abcdefghij'].join('.');
const TSX = join('node_modules', '.bin', 'tsx');

interface Run {
  stdout: string;
  stderr: string;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
}

function run(script: string, env: Record<string, string>, args: string[] = []): Run {
  // Only what the script needs: no OPENAI_API_KEY or STORE_URL leaking in from the developer's shell.
  const child = spawn(TSX, [script, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Run = {
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    kill: (signal) => child.kill(signal),
    waitForOutput: (text, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${text}" in output within ${timeoutMs} ms:\n${out.stdout}\n${out.stderr}`)), timeoutMs);
        const check = () => {
          if (out.stdout.includes(text) || out.stderr.includes(text)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on('data', check);
        child.stderr.on('data', check);
        check();
      }),
  };
  child.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
  return out;
}

let fake: FakeDiscord;
let dir: string;
let env: Record<string, string>;
/** Started in beforeAll, alongside the bot: they do not depend on it. */
let badEnv: Run;
let registerGuild: Run;
let registerGlobal: Run;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  dir = mkdtempSync(join(tmpdir(), 'claimtrail-main-'));
  cpSync('data/corpus', join(dir, 'corpus'), { recursive: true });
  env = {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    STORE_URL: `sqlite://${join(dir, 'store.sqlite')}`,
    CLAIMTRAIL_CORPUS: join(dir, 'corpus'),
    LOG_LEVEL: 'info',
  };
  badEnv = run('bot/main.ts', { DISCORD_TOKEN: '', DISCORD_API_URL: 'not a url', LOG_LEVEL: 'loud', STORE_URL: 'mysql://x' });
  registerGuild = run('bot/register.ts', { ...env, DISCORD_GUILD_ID: GUILD_ID });
  registerGlobal = run('bot/register.ts', env);
});

afterAll(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start (bot/main.ts)', () => {
  test('answers /verify with a deferral, an edit carrying quotes, and a thread; stops on SIGTERM', async () => {
    const bot = run('bot/main.ts', env);
    try {
      await bot.waitForOutput('"msg":"bot ready"', 20_000);
      const token = fake.slash('verify', [{ name: 'claim', type: 3, value: "L'armée syrienne a tué 93 terroristes du Front al-Nosra" }], { id: '630000000000000001', permissions: PERMS.member });
      const callback = await fake.waitFor((r) => r.path.endsWith(`/${token}/callback`));
      expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
      const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`);
      const embed = edit.body.embeds[0];
      expect(embed.title).toMatch(/^Case #1 · carried by/);
      // The real offline analyser's findings: quotes as block quotes, with passage ids.
      const quoted = embed.fields.filter((f: { value: string }) => /^> .+\n— .*`\d{3}_[0-9a-f]{16}#\d+`/s.test(f.value));
      expect(quoted.length).toBeGreaterThan(0);
      await fake.waitFor((r: RecordedRequest) => r.method === 'POST' && r.path.endsWith('/threads') && r.body.name.startsWith('Verify #1: '));
      await fake.waitFor((r: RecordedRequest) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && JSON.stringify(r.body).includes('#0'));
    } finally {
      bot.kill('SIGTERM');
    }
    expect(await bot.exited).toBe(0);
    expect(bot.stdout).toContain('"msg":"bot stopped"');
    expect(bot.stdout + bot.stderr).not.toContain(TOKEN);
  });

  test('npm run audit -- verify: the chain the bot wrote is intact, with its head hash', async () => {
    const cli = run('bot/audit-cli.ts', { STORE_URL: env.STORE_URL! }, ['verify']);
    const exported = run('bot/audit-cli.ts', { STORE_URL: env.STORE_URL! }, ['export', '--guild', GUILD_ID]);
    expect(await cli.exited).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`^guild ${GUILD_ID}: intact, 1 entries, head #1 [0-9a-f]{64}\\n$`));
    expect(await exported.exited).toBe(0);
    expect(JSON.parse(exported.stdout.trim())).toMatchObject({ seq: 1, action: 'verify', caseId: 1, guildId: GUILD_ID });
  });

  test('a bad environment stops start-up with one line per variable', async () => {
    const bad = badEnv;
    expect(await bad.exited).toBe(2);
    const lines = bad.stderr.trim().split('\n');
    expect(lines[0]).toBe('claimtrail bot: invalid environment');
    expect(lines.slice(1).map((l) => l.trim().split(' ')[0]).sort()).toEqual(['DISCORD_API_URL', 'DISCORD_TOKEN', 'LOG_LEVEL', 'STORE_URL']);
  });
});

describe('npm run register (bot/register.ts)', () => {
  test('sends the command definitions to the guild, or globally without DISCORD_GUILD_ID', async () => {
    const [guild, global] = [registerGuild, registerGlobal];
    expect(await guild.exited).toBe(0);
    expect(await global.exited).toBe(0);
    expect(guild.stdout).toContain(`Registered 6 commands for guild ${GUILD_ID}`);
    const put = await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`);
    expect(put.auth).toBe(`Bot ${TOKEN}`);
    const byName = new Map<string, any>(put.body.map((c: any) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual(['Verify claim', 'audit', 'config', 'corpus', 'search', 'verify']);
    expect(byName.get('Verify claim').type).toBe(3);
    expect(byName.get('verify').options.map((o: any) => o.name)).toEqual(['claim', 'private']);
    for (const name of ['corpus', 'audit', 'config']) expect(byName.get(name).default_member_permissions).toBe('8192');
    expect(byName.get('verify').default_member_permissions ?? null).toBeNull();
    for (const c of byName.values()) expect(c.contexts).toEqual([0]);
    expect(byName.get('corpus').options.map((o: any) => o.name)).toEqual(['list', 'add', 'remove']);
  });
});
