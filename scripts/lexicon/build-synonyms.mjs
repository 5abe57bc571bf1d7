#!/usr/bin/env node
// Build data/lexicon/synonyms-en.tsv from WordNet 3.0 (Debian's wordnet-base):
// for each English lemma that the tagged corpus attests, the one-word members
// of its first synset — its most frequent sense only, so "case" gives
// instance/example and not valise or lawsuit.
//
// Usage: node scripts/lexicon/build-synonyms.mjs --wordnet DIR --out FILE [--header TEXT]

import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { wordnet: { type: 'string' }, out: { type: 'string' }, header: { type: 'string', default: '' } },
});
if (!values.wordnet || !values.out) {
  console.error('usage: build-synonyms.mjs --wordnet DIR --out FILE');
  process.exit(2);
}

const POS = ['noun', 'verb', 'adj', 'adv'];
/** At most this many synonyms a lemma. */
const MAX_SYNONYMS = 6;
const synonyms = new Map();

for (const pos of POS) {
  const data = fs.readFileSync(`${values.wordnet}/data.${pos}`);
  const wordsAt = (offset) => {
    const end = data.indexOf(0x0a, offset);
    const fields = data.subarray(offset, end).toString('latin1').split(' ');
    const count = parseInt(fields[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(fields[4 + i * 2].replace(/\(.*\)$/, '').toLowerCase());
    return words;
  };
  for (const line of fs.readFileSync(`${values.wordnet}/index.${pos}`, 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    const pointers = parseInt(f[3], 10);
    const tagged = parseInt(f[5 + pointers], 10);
    const first = f[6 + pointers];
    // One word, letters only, and a sense the tagged corpus has seen.
    if (!/^[a-z]+$/.test(lemma) || !(tagged > 0) || !first) continue;
    const words = wordsAt(Number(first)).filter((w) => /^[a-z]+$/.test(w) && w !== lemma);
    if (words.length === 0) continue;
    const set = synonyms.get(lemma) ?? new Set();
    for (const w of words) if (set.size < MAX_SYNONYMS) set.add(w);
    synonyms.set(lemma, set);
  }
}

const lines = [...synonyms].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, set]) => `${k}\t${[...set].join('|')}`);
const header = `# English synonyms: the first synset of each tagged lemma, from WordNet 3.0${values.header ? ` (${values.header})` : ''}; licence: data/lexicon/LICENSE.wordnet; rebuild: scripts/lexicon/build-synonyms.sh`;
fs.writeFileSync(values.out, `${header}\n${lines.join('\n')}\n`);
console.log(`synonyms-en.tsv: ${lines.length} lemmas`);
