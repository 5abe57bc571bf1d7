// Developer probe: retrieval ranks and found features on a labelled file.
import { readFileSync } from 'node:fs';
import { openEngine } from '../core/engine.js';
import { detectLang } from '../core/lang.js';
import { buildConcepts } from '../core/retrieve/query.js';
import { rankPassages } from '../core/retrieve/search.js';
import { foldKey } from '../core/text/fold.js';
const engine = await openEngine('data/corpus');
const file = process.argv[2] ?? '../shared/eval/dev-claims.jsonl';
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const c = JSON.parse(line);
  const lang = detectLang(c.claim, engine.lexicon);
  const concepts = buildConcepts(c.claim, lang, engine.index, engine.lexicon);
  const hits = rankPassages(engine.index, concepts, 5);
  const rank = c.evidence.length ? hits.findIndex((h) => c.evidence.some((e: string) => foldKey(h.passage.text).includes(foldKey(e)))) : -2;
  console.log(c.id, lang, c.found ? 'F' : '-', 'rank', rank, hits.slice(0, 3).map((h) => `${h.passage.id.slice(0, 3)}#${h.passage.n} cov=${h.coverage.toFixed(2)} spec=${h.specificCoverage.toFixed(2)} s=${h.score.toFixed(1)}`).join(' | '));
  if (process.env.V) console.log('   ', concepts.map((k) => `${k.word}${k.specific ? '*' : ''}[${k.alternatives.map((a) => a.term).join(',')}]`).join(' '));
}
