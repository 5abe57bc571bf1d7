// Developer probe: why `found` decides what it does, claim by claim. For each
// labelled claim of FILE.jsonl, prints the head of the ranking with each
// passage's coverage, specific coverage and the aligner's mismatches.
// Usage: npx tsx scripts/probe-found.ts FILE.jsonl --corpus DIR [--ids a,b]
import { parseArgs } from 'node:util';
import { openEngine } from '../core/engine.js';
import { detectLang } from '../core/lang.js';
import { buildConcepts } from '../core/retrieve/query.js';
import { rankPassages } from '../core/retrieve/search.js';
import { createAligner } from '../core/retrieve/align.js';
import { decideFound, FOUND_DEPTH } from '../core/retrieve/found.js';
import { readLabels } from '../cli/labels.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { corpus: { type: 'string' }, ids: { type: 'string' } } });
const labels = await readLabels(positionals[0]!);
const ids = values.ids ? new Set(values.ids.split(',')) : null;
const engine = await openEngine(values.corpus ?? 'data/corpus', { snapshot: false });
for (const label of labels) {
  if (ids && !ids.has(label.id)) continue;
  const lang = detectLang(label.claim, engine.lexicon);
  const concepts = buildConcepts(label.claim, lang, engine.index, engine.lexicon);
  const hits = rankPassages(engine.index, concepts, 5);
  const align = createAligner({
    claim: label.claim, lang, concepts, index: engine.index, lexicon: engine.lexicon,
    passageLang: (p) => engine.corpus.docById.get(p.docId)?.lang ?? 'fr',
  });
  const d = decideFound(hits, align);
  // (pairs of neighbours are decided in verify: see core/verify.ts unionCoverage)
  console.log(`${label.id} [${lang}] labelled ${label.found} → ${d.found}: ${label.claim}`);
  for (const h of hits.slice(0, FOUND_DEPTH)) {
    const a = align(h);
    const missing = concepts.filter((_, i) => !h.matched.includes(i)).map((c) => c.specific ? `*${c.word}` : c.word);
    console.log(`   ${h.passage.id} cov ${h.coverage.toFixed(2)} spec ${h.specificCoverage.toFixed(2)} aligned cov ${a.coverage.toFixed(2)} spec ${a.specificCoverage.toFixed(2)} mismatches ${JSON.stringify(a.mismatches.map((m) => [m.claimText, m.passageText]))}`);
    console.log(`      missing: ${missing.join(' | ')}`);
  }
}
