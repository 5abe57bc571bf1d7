import { openEngine } from '../core/engine.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import { chooseAnalyser, loadLlmConfig } from '../core/llm/index.js';
import { runLabel } from '../cli/eval.js';
import { readLabels } from '../cli/labels.js';
import { scoreClaim, summarise } from '../cli/metrics.js';
import { startFakeOpenAI } from './support/fakeOpenAI.js';
import { oracleScript } from './support/oracleOpenAI.js';
for (const set of process.argv.slice(2)) {
  const engine = await openEngine(`/tmp/heldout/${set}/corpus`);
  const labels = await readLabels(`/tmp/heldout/${set}/claims.jsonl`);
  const server = await startFakeOpenAI(oracleScript(labels));
  const analyser = chooseAnalyser(loadLlmConfig({ OPENAI_API_KEY: 'sk-oracle-test', OPENAI_BASE_URL: server.baseURL, LLM_MAX_RETRIES: '0' }), offlineAnalyser);
  const runs = [];
  for (const l of labels) runs.push(await runLabel(engine, analyser, l));
  const scores = runs.map(scoreClaim);
  const m = summarise(scores);
  if (process.env.MISSES) for (const [i, sc] of scores.entries()) { const r = runs[i]!; const lab = r.label as any; console.log(lab.id, 'found', r.report?.found, JSON.stringify(sc).slice(0, 400)); }
  const f = (k: keyof typeof m) => { const v = m[k] as { value: number } | undefined; return v && typeof v === 'object' && 'value' in v ? v.value.toFixed(2) : String(m[k]); };
  console.log(set, 'found', f('foundAccuracy'), 'spk', f('speakers'), 'out', f('outlets'), 'dis', f('disputes'), 'hed', f('hedges'), 'grounded', f('grounded'));
  server.close();
}
process.exit(0);
