#!/usr/bin/env node
// Measure a lexicon file against a probe list drawn from a real claim/passage pair.
// This list is only a test: it is never written into the lexicon.
//
// Usage: node scripts/lexicon/check-coverage.mjs data/lexicon/en-fr.tsv [more.tsv ...] [--verbose]
//
// "exact": the expected French lemma is one of the translations of one of the
//          English forms (e.g. "destroyed" or "destroy").
// "stem":  as the runtime will do, English words and French translations are
//          Snowball-stemmed (porter2 and @orama/stemmers, as the runtime);
//          a hit when a translation word of any headword with the query's stem
//          stems like the expected French word.

import fs from 'node:fs';

const PROBES = [
  ['around', 'environ'], ['forty', 'quarante'], ['combat', 'combat'], ['drone', 'drone'],
  ['ready', 'prêt'], ['destroyed/destroy', 'détruire'], ['troops/troop', 'troupe'],
  ['terrorists/terrorist', 'terroriste'], ['violating/violate', 'violer'],
  ['ceasefire', 'cessez-le-feu'], ['brokered/broker', 'négocier'], ['siege', 'siège'],
  ['lifted/lift', 'lever'], ['conquered/conquer', 'conquérir'], ['half', 'moitié'],
  ['province', 'province'], ['late', 'fin'], ['december', 'décembre'],
  ['expanding/expand', 'étendre'], ['presence', 'présence'], ['monitoring/monitor', 'surveiller'],
  ['closely', 'près'], ['situation', 'situation'], ['armed', 'armé'], ['forces/force', 'force'],
  ['alleged', 'présumé'], ['chemical', 'chimique'], ['attack', 'attaque'],
  ['reported/report', 'rapporter'], ['white', 'blanc'], ['helmet', 'casque'],
  ['published/publish', 'publier'], ['videos/video', 'vidéo'], ['treating/treat', 'soigner'],
  ['survivors/survivor', 'survivant'], ['military', 'militaire'], ['department', 'département'],
  ['killed/kill', 'tuer'], ['strike', 'frappe'], ['airport', 'aéroport'], ['army', 'armée'],
  ['reinforcements/reinforcement', 'renfort'], ['arrived/arrive', 'arriver'], ['agreement', 'accord'],
  ['fighting', 'combat'], ['end', 'fin'], ['syrian', 'syrien'], ['russian', 'russe'],
  ['turkey', 'turquie'],
];

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const files = argv.filter((a) => !a.startsWith('--'));

let stemEn = null;
let stemFr = null;
try {
  const { stem } = await import('porter2');
  const { stemmer } = await import('@orama/stemmers/french');
  stemEn = (w) => stem(w);
  stemFr = (w) => stemmer(w);
} catch {
  // not installed: exact matching only
}
const frWords = (s) => s.split(/[\s'-]+/).filter(Boolean);

for (const file of files) {
  const lex = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [en, frs] = line.split('\t');
    lex.set(en, frs.split('|'));
  }
  const byStem = new Map();
  if (stemEn) for (const [en, frs] of lex) {
    const k = stemEn(en);
    if (!byStem.has(k)) byStem.set(k, []);
    byStem.get(k).push(...frs);
  }
  let exact = 0;
  let stem = 0;
  const rows = [];
  for (const [forms, want] of PROBES) {
    const ws = forms.split('/');
    const got = [...new Set(ws.flatMap((w) => lex.get(w) || []))];
    const e = got.includes(want);
    let s = false;
    if (stemEn) {
      const viaStem = [...new Set(ws.flatMap((w) => byStem.get(stemEn(w)) || []))];
      s = viaStem.some((fr) => fr === want || frWords(fr).some((x) => stemFr(x) === stemFr(want)));
    }
    exact += e;
    stem += s;
    rows.push(`  ${e ? '+' : s ? '~' : '-'} ${forms} -> ${want}   [${got.join('|')}]`);
  }
  console.log(
    `${file}: ${lex.size} headwords, exact ${exact}/${PROBES.length}` +
      (stemEn ? `, stem ${stem}/${PROBES.length}` : ' (stemmers not found: no stem check)'),
  );
  if (verbose) console.log(rows.join('\n'));
}
