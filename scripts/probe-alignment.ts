// Developer probe: `found` on real sentences used as claims over their own corpus.
// Reads UD English GUM from ../shared/ud/en-gum (never copied into the repo), writes
// its documents to a temporary corpus, and counts, per kind of claim, how many are
// found — now, and by coverage alone (decideFound without the aligner):
//   self     a sentence as written (should be found, with no difference reported)
//   cut      its first 60% of words (should be found)
//   dropped  every third word removed, no negation among them (should be found)
//   number   one count changed (should not be found)
//   negation "not" inserted after is/was/are/were (should not be found)
// Usage: npx tsx scripts/probe-alignment.ts [UD_DIR]
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../core/engine.js';
import { verifyClaim } from '../core/verify.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import { detectLang } from '../core/lang.js';
import { buildConcepts } from '../core/retrieve/query.js';
import { rankPassages } from '../core/retrieve/search.js';
import { decideFound } from '../core/retrieve/found.js';

const ud = process.argv[2] ?? join(import.meta.dirname, '../../shared/ud/en-gum');
if (!existsSync(ud)) {
  console.error(`no UD GUM treebank at ${ud}: nothing to probe`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-gum-'));
const docs = new Map<string, string[]>();
let doc = '';
for (const file of ['en_gum-ud-dev.conllu', 'en_gum-ud-test.conllu']) {
  for (const line of readFileSync(join(ud, file), 'utf8').split('\n')) {
    const id = /^# newdoc id = (\S+)/.exec(line);
    if (id) docs.set((doc = id[1]!), []);
    const text = /^# text = (.*)/.exec(line);
    if (text && doc) docs.get(doc)!.push(text[1]!);
  }
}
for (const [id, sentences] of docs) {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  writeFileSync(join(dir, `${id}.txt`), `${paragraphs.join('\n\n')}\n`);
}

const engine = await openEngine(dir, { snapshot: false });
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const sentences = engine.corpus.passages.flatMap((p) => p.text.split(/(?<=[.!?])\s+/)).filter((s) => s.split(' ').length >= 8);
const byCoverage = (claim: string) => {
  const lang = detectLang(claim, engine.lexicon);
  return decideFound(rankPassages(engine.index, buildConcepts(claim, lang, engine.index, engine.lexicon), 5)).found;
};
const stats: Record<string, { claims: number; found: number; foundByCoverage: number; withDifferences: number }> = {};
async function probe(kind: string, claim: string): Promise<void> {
  const r = await verifyClaim(engine, claim, offlineAnalyser);
  const s = (stats[kind] ??= { claims: 0, found: 0, foundByCoverage: 0, withDifferences: 0 });
  s.claims++;
  if (r.found) s.found++;
  if (byCoverage(claim)) s.foundByCoverage++;
  if (r.mismatches.length > 0) s.withDifferences++;
}

const NEGATION = /^(not|no|never|none|nor|without|nothing|nobody|\w+n['’]t|cannot)$/i;
const sample = sentences.filter(() => random() < 0.25);
for (const s of sample) await probe('self', s);
for (const s of sample) {
  const words = s.split(' ');
  await probe('cut', words.slice(0, Math.ceil(words.length * 0.6)).join(' '));
  if (!words.some((w, i) => i % 3 === 2 && NEGATION.test(w.replace(/[^\w'’]/g, '')))) {
    await probe('dropped', words.filter((_, i) => i % 3 !== 2).join(' '));
  }
}
for (const s of sentences) {
  const m = /(?<![\d.,:])\b(\d{1,3})\b(?![.,:]?\d)/.exec(s);
  if (!m) continue;
  const v = Number(m[1]);
  await probe('number', s.slice(0, m.index) + (v < 10 ? v + 3 : v * 3 + 1) + s.slice(m.index + m[1]!.length));
}
for (const s of sentences.filter((x) => / (is|was|are|were) (?!not)/.test(x)).filter(() => random() < 0.5)) {
  await probe('negation', s.replace(/ (is|was|are|were) /, ' $1 not '));
}
console.table(stats);
