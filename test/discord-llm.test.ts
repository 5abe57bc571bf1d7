/**
 * The bot on the LLM path, end to end: the real discord.js Client against the
 * fake Discord, the real openai SDK against a fake OpenAI-compatible server
 * that answers with schema-valid lies, and the report cache in the bot's store.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startBot, type RunningBot } from '../bot/app.js';
import { loadConfig } from '../bot/config.js';
import { createLogger } from '../bot/logger.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import { openReportCache } from '../core/cache.js';
import { chooseAnalyser, loadLlmConfig } from '../core/llm/index.js';
import { openStore, type StoreHandle } from '../core/store.js';
import { APP_ID, FakeDiscord, PERMS, type RecordedRequest } from './support/fakeDiscord.js';
import { completion, startFakeOpenAI, type FakeOpenAI } from './support/fakeOpenAI.js';

const TOKEN = ['MTAwMDAwMDAwMDAwMDAwMDAx', 'GlLmA1', 'llm-path-fake-bot-token-0123456789'].join('.');
const CLAIM = "Un camp d'entraînement et des abris souterrains ont été détruits près d'Ashkhani Takhtani.";
let seq = 640000000000000000n;
const member = () => ({ id: String(++seq), permissions: PERMS.member });

let fake: FakeDiscord;
let llm: FakeOpenAI;
let bot: RunningBot;
let store: StoreHandle;
let dir: string;
let honestQuote = '';

beforeAll(async () => {
  // A model that names an outlet no passage names, next to one true quote.
  llm = await startFakeOpenAI((req) => {
    const text = (req.body.messages as Array<{ content: string }>).map((m) => m.content).join('\n');
    const id = /<passage id="([^"]+)"/.exec(text)![1]!;
    honestQuote = /<passage id="[^"]+"[^>]*>\n([^\n]{0,50})/.exec(text)![1]!.trim();
    const carrying = /<passage id="([^"]+)" role="carrying"[^>]*>\n([^\n]{0,50})/.exec(text)!;
    return completion({
      sources: [{ outlet: 'Reuters', role: 'cited', citedBy: null, quote: 'Reuters confirms every word', passageId: id }],
      attributions: [],
      disputes: [],
      hedges: [{ text: honestQuote, passageId: id }],
      // One reading quoted from the passage, one that is not in it (dropped before Discord sees it).
      judgements: [
        { passageId: carrying[1]!, verdict: 'carries', quote: carrying[2]!.trim() },
        { passageId: carrying[1]!, verdict: 'contradicts', quote: 'Reuters denies every word' },
      ],
    });
  });
  fake = await FakeDiscord.start();
  dir = mkdtempSync(join(tmpdir(), 'claimtrail-bot-llm-'));
  cpSync('data/corpus', join(dir, 'corpus'), { recursive: true });
  store = await openStore(`sqlite://${join(dir, 'store.sqlite')}`);
  const llmConfig = loadLlmConfig({ OPENAI_API_KEY: 'test-key-not-real', OPENAI_BASE_URL: llm.baseURL, LLM_MAX_RETRIES: '0' });
  bot = await startBot({
    config: loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, CLAIMTRAIL_CORPUS: join(dir, 'corpus') }),
    analyser: chooseAnalyser(llmConfig, offlineAnalyser),
    logger: createLogger('error', { write: () => {} }, [TOKEN]),
    store,
    reportCache: openReportCache(store),
  });
});

afterAll(async () => {
  await bot?.stop(5_000);
  await fake?.close();
  await llm?.close();
  rmSync(dir, { recursive: true, force: true });
});

const isEdit = (token: string) => (r: RecordedRequest) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;

test('/verify through the LLM: grounded quotes shown, the invented outlet never; a repeat is served from the cache', async () => {
  const first = fake.slash('verify', [{ name: 'claim', type: 3, value: CLAIM }], member());
  const edit = await fake.waitFor(isEdit(first), 20_000);
  const shown = JSON.stringify(edit.body);
  expect(shown).toContain('analyser: llm');
  expect(shown).toContain(honestQuote.slice(0, 30));
  expect(shown).not.toContain('Reuters');
  expect(llm.count).toBe(1);
  // The model's reading of the passage reaches the embed, with its grounded quote only.
  // The model's reading reaches the case thread (the report message sends what overflows there),
  // with its grounded quote only.
  const reading = await fake.waitFor((r) => r.method === 'POST' && JSON.stringify(r.body ?? '').includes("Model's reading"), 20_000);
  expect(JSON.stringify(reading.body)).toContain('reads as carrying the claim');
  expect(fake.requests.some((r) => JSON.stringify(r.body ?? '').includes('reads as contradicting the claim'))).toBe(false);

  const second = fake.slash('verify', [{ name: 'claim', type: 3, value: CLAIM }], member());
  const again = await fake.waitFor(isEdit(second), 20_000);
  expect(JSON.stringify(again.body)).not.toContain('Reuters');
  expect(llm.count).toBe(1);
});
