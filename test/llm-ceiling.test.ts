/**
 * The LLM path's own ceiling: the labelled claims through the real openai SDK
 * against a server that answers perfectly from whatever passages it is shown
 * (support/oracleOpenAI.ts). What it misses, the pipeline hid from it — a claim
 * `found` never let through, a passage never sent, a quote grounding dropped.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine, type Engine } from '../core/engine.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import { chooseAnalyser, loadLlmConfig } from '../core/llm/index.js';
import { runLabel } from '../cli/eval.js';
import { readLabels, type Label } from '../cli/labels.js';
import { scoreClaim, summarise, type ClaimRun, type Metrics } from '../cli/metrics.js';
import { startFakeOpenAI, type FakeOpenAI } from './support/fakeOpenAI.js';
import { oracleScript } from './support/oracleOpenAI.js';

const DEV_CLAIMS = '../shared/eval/dev-claims.jsonl';

async function ceiling(engine: Engine, labels: Label[], server: FakeOpenAI): Promise<{ m: Metrics; runs: ClaimRun[] }> {
  const config = loadLlmConfig({ OPENAI_API_KEY: 'sk-oracle-test', OPENAI_BASE_URL: server.baseURL, LLM_MAX_RETRIES: '0' });
  const analyser = chooseAnalyser(config, offlineAnalyser);
  const runs: ClaimRun[] = [];
  for (const label of labels) runs.push(await runLabel(engine, analyser, label));
  return { m: summarise(runs.map(scoreClaim)), runs };
}

/** Every analysed claim was answered by the model, none by the offline fallback. */
function answeredByModel(runs: ClaimRun[]): void {
  for (const { label, report } of runs) {
    if (!report?.found) continue;
    expect(report.analyser, label.id).toBe('llm');
    expect(report.warnings.filter((w) => /offline|model/i.test(w) && !/model's reading/.test(w)), label.id).toEqual([]);
  }
}

describe.skipIf(!existsSync(DEV_CLAIMS))('the LLM path with a perfect model (dev claims; skipped where ../shared is absent)', () => {
  let engine: Engine;
  let labels: Label[];
  let server: FakeOpenAI;
  beforeAll(async () => {
    engine = await openEngine('data/corpus');
    labels = await readLabels(DEV_CLAIMS);
    server = await startFakeOpenAI(oracleScript(labels));
  });
  afterAll(() => server?.close());

  it('loses nothing a perfect model reports: recall ≥ 0.9 for every finding, all grounded, found as offline', async () => {
    const { m, runs } = await ceiling(engine, labels, server);
    answeredByModel(runs);
    expect(m.errors).toBe(0);
    expect(m.foundAccuracy.value).toBe(1);
    for (const kind of ['speakers', 'outlets', 'disputes', 'hedges'] as const) expect(m[kind].value, kind).toBeGreaterThanOrEqual(0.9);
    expect(m.grounded.value).toBe(1);
  });
});
