/**
 * The report cache on a real keyv store (SQLite in memory), with the LLM
 * analyser talking to the fake server: a hit makes no request.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEngine, type Engine } from '../core/engine.js';
import { openStore, type StoreHandle } from '../core/store.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import { ClaimError } from '../core/verify.js';
import { loadLlmConfig } from '../core/llm/config.js';
import { createLlmAnalyser, type LlmAnalyser } from '../core/llm/analyser.js';
import type Keyv from 'keyv';
import {
  createReportCache,
  normaliseClaim,
  openReportCache,
  reportCacheKey,
  verifyWithCache,
  type ReportCache,
} from '../core/cache.js';
import { apiError, completion, startFakeOpenAI, type FakeOpenAI, type Script } from './support/fakeOpenAI.js';

const CLAIM = "Un camp d'entraînement et des abris souterrains ont été détruits près d'Ashkhani Takhtani.";
const P2 = '000_2a641b6c26fda598#2';
const GOOD = {
  sources: [
    {
      outlet: 'Tass',
      role: 'publisher',
      citedBy: null,
      quote: "Un camp d'entraînement et des abris souterrains appartenant aux terroristes près de la colonie d'Ashkhani Takhtani ont été détruits.",
      passageId: P2,
    },
  ],
  attributions: [],
  disputes: [],
  hedges: [],
};

let engine: Engine;
let store: StoreHandle;
let cache: ReportCache;
let fake: FakeOpenAI | null = null;

beforeAll(async () => {
  engine = await openEngine('data/corpus');
  store = await openStore('sqlite://:memory:');
});
afterAll(async () => {
  await store.close();
});
afterEach(async () => {
  await fake?.close();
  fake = null;
});

let namespaceN = 0;
async function setup(script: Script): Promise<LlmAnalyser> {
  fake = await startFakeOpenAI(script);
  // A fresh namespace per test keeps tests independent on the shared in-memory store.
  cache = createReportCache(store.namespace(`reports-test-${namespaceN++}`));
  const config = loadLlmConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL, LLM_MAX_RETRIES: '0' });
  if (config.kind !== 'llm') throw new Error('expected llm');
  return createLlmAnalyser(config, { fallback: offlineAnalyser });
}

describe('report cache', () => {
  it('serves a hit without a request, marked cached', async () => {
    const analyser = await setup([completion(GOOD)]);
    const first = await verifyWithCache(cache, engine, CLAIM, analyser);
    expect(first.analyser).toBe('llm');
    expect(first.llm?.cached).toBe(false);
    expect(fake!.count).toBe(1);

    // Same claim, spelt differently: same entry.
    const spelt = `  ${CLAIM.toUpperCase().replace(/'/g, '’').replace(/\.$/, '')}  `;
    const second = await verifyWithCache(cache, engine, spelt, analyser);
    expect(fake!.count).toBe(1);
    expect(second.llm?.cached).toBe(true);
    expect(second.sources).toEqual(first.sources);
    // The hit carries the claim as this caller wrote it.
    expect(second.claim).toBe(spelt.trim());
  });

  it('keys on corpus version, model, prompt and top', () => {
    const parts = { claim: CLAIM, corpusVersion: 'v1', model: 'm', promptVersion: 'analyse.v1+abc', top: 5 };
    const key = reportCacheKey(parts);
    expect(reportCacheKey({ ...parts, claim: `${CLAIM}  ` })).toBe(key);
    expect(reportCacheKey({ ...parts, top: undefined })).toBe(key); // default top is 5
    for (const change of [{ corpusVersion: 'v2' }, { model: 'm2' }, { promptVersion: 'analyse.v2+abc' }, { top: 6 }]) {
      expect(reportCacheKey({ ...parts, ...change })).not.toBe(key);
    }
    expect(normaliseClaim('« Le camp »  a été   détruit !')).toBe(normaliseClaim('"le camp" a été détruit'));
  });

  it('misses when the corpus version changes, without flushing', async () => {
    const analyser = await setup([completion(GOOD)]);
    await verifyWithCache(cache, engine, CLAIM, analyser);
    const changed: Engine = { ...engine, corpus: { ...engine.corpus, version: 'another-version' } };
    await verifyWithCache(cache, changed, CLAIM, analyser);
    expect(fake!.count).toBe(2);
    await verifyWithCache(cache, engine, CLAIM, analyser);
    expect(fake!.count).toBe(2);
  });

  it('does not cache a fallback report', async () => {
    const analyser = await setup([apiError(500, 'down'), completion(GOOD)]);
    const first = await verifyWithCache(cache, engine, CLAIM, analyser);
    expect(first.analyser).toBe('offline');
    const second = await verifyWithCache(cache, engine, CLAIM, analyser);
    expect(second.analyser).toBe('llm');
    expect(fake!.count).toBe(2);
  });

  it('shares one request between concurrent identical claims', async () => {
    const analyser = await setup([completion(GOOD)]);
    const [a, b] = await Promise.all([
      verifyWithCache(cache, engine, CLAIM, analyser),
      verifyWithCache(cache, engine, CLAIM, analyser),
    ]);
    expect(fake!.count).toBe(1);
    expect(a.sources).toEqual(b.sources);
  });

  it('does not cache offline reports, and still rejects a bad claim', async () => {
    await setup([completion(GOOD)]);
    const r = await verifyWithCache(cache, engine, CLAIM, offlineAnalyser);
    expect(r.analyser).toBe('offline');
    await expect(verifyWithCache(cache, engine, '   ', offlineAnalyser)).rejects.toBeInstanceOf(ClaimError);
  });

  it('treats a failing store as a miss, and says so to onError', async () => {
    const analyser = await setup([completion(GOOD)]);
    const down = {
      get: async () => {
        throw new Error('redis down');
      },
      set: async () => {
        throw new Error('redis down');
      },
    } as unknown as Keyv<unknown>;
    const errors: string[] = [];
    const broken = createReportCache(down, { onError: (m) => errors.push(m) });
    const r = await verifyWithCache(broken, engine, CLAIM, analyser);
    expect(r.analyser).toBe('llm');
    expect(errors).toEqual(['report cache read failed: redis down', 'report cache write failed: redis down']);
  });

  it('opens on the shared store', () => {
    expect(openReportCache(store, { ttlMs: 1000 }).ttlMs).toBe(1000);
  });
});
