#!/usr/bin/env node
// Build data/lexicon/en-fr.tsv (English lemma -> French lemmas) from Debian's
// offline dictionaries. Every pair comes from these packages; nothing is typed in.
//
//   fd     dict-freedict-eng-fra      English->French FreeDict (direct), joined with
//          dict-freedict-fra-eng      French->English FreeDict inverted: both come
//                                     from the same Ergane data, so they count as one source
//   ap-es  apertium-eng-spa + apertium-fr-es     pivot through Spanish
//   ap-ca  apertium-eng-cat + apertium-fra-cat   pivot through Catalan
//   ap-eo  apertium-eo-en   + apertium-eo-fr     pivot through Esperanto
//
// Apertium bilingual transducers (*.autobil.bin) are printed with `lt-print`
// (package lttoolbox-dev) and their paths enumerated (att-paths.mjs). For each
// pair the transducer of the translation direction (eng->spa, spa->fra) is used,
// plus, at half weight, the inverted transducer of the other direction
// (spa->eng, fra->spa), which holds the entries Apertium marks one-way.
// Pivot pairs keep the part of speech: noun-noun, verb-verb, adj-adj, adv-adv
// (and numerals, prepositions, toponyms); other proper nouns are dropped.
//
// Usage: node build-lexicon.mjs --out data/lexicon/en-fr.tsv [--work DIR]
//        [--sources fd,ap-es,ap-ca,ap-eo] [--header "# ..."]
// With --work, each source's own lexicon is also written to DIR/<source>.tsv
// (same format) and the counts to DIR/stats.json.

import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { attPaths } from './att-paths.mjs';
import { readFreedict } from './freedict.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const OUT = args.out || 'data/lexicon/en-fr.tsv';
const WORK = args.work || '';
const SOURCES = (args.sources || 'fd,ap-es,ap-ca,ap-eo').split(',');
const DICTD = args.dictd || '/usr/share/dictd';
const APERTIUM = args.apertium || '/usr/share/apertium';
const MAX_TRANSLATIONS = 6;
const log = (m) => process.stderr.write(m + '\n');

// Weight of each source in the merged score: the Esperanto bidixes are the
// smallest and their French side the least curated.
const SOURCE_WEIGHT = { fd: 1.0, 'ap-es': 1.0, 'ap-ca': 1.0, 'ap-eo': 0.7 };
const DIRECT = new Set(['fd']);
// inverting fra-eng loses the order of its senses: its pairs count a little less
const FRA_ENG_WEIGHT = 0.8;

// ---------------------------------------------------------------- normalising
const WORD = /^\p{L}+(?:['-]\p{L}+)*$/u;

function clean(s) {
  return s
    .normalize('NFC')
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** English headword: one word, letters with inner hyphen/apostrophe */
function normEn(s) {
  const w = clean(s).replace(/^to /, '');
  return WORD.test(w) ? w : null;
}

/** French translation: up to three words; leading article or reflexive pronoun dropped */
function normFr(s) {
  let w = clean(s)
    .replace(/^(?:se |s')(?=\p{L})/u, '')
    .replace(/^(?:le |la |les |l'|un |une )(?=\p{L})/u, '');
  w = w.replace(/\s*\.+$/, '').replace(/ (?:à|de|d')$/, '').trim();
  const words = w.split(' ');
  if (!w || words.length > 3) return null;
  if (!words.every((x) => /^(?:\p{L}+'|)\p{L}+(?:['-]\p{L}+)*$/u.test(x))) return null;
  return w;
}

// ------------------------------------------------------------------ Apertium
const POS = {
  n: 'n', vblex: 'v', vbser: 'v', vbhaver: 'v', vbmod: 'v', vaux: 'v',
  adj: 'adj', adv: 'adv', preadv: 'adv', num: 'num', pr: 'pr', cnjadv: 'cnjadv', np: 'np',
};

/** "atraco# a mano armada<n><m>" -> {lemma:"atraco a mano armada", pos:"n", tags:[...]} */
function parseAnalysis(s) {
  const i = s.indexOf('<');
  if (i <= 0) return null;
  const tags = s.slice(i + 1, -1).split('><');
  const pos = POS[tags[0]];
  if (!pos) return null;
  if (pos === 'np' && !tags.includes('top') && !tags.includes('loc')) return null; // keep toponyms only
  const lemma = s.slice(0, i).replace(/#/g, '').replace(/\s+/g, ' ').trim();
  return { lemma, pos, tags };
}

const printed = new Map();
function bidix(pkg, name) {
  const file = path.join(APERTIUM, pkg, `${name}.autobil.bin`);
  if (printed.has(file)) return printed.get(file);
  log(`lt-print ${file}`);
  const att = execFileSync('lt-print', [file], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const pairs = [];
  for (const [a, b] of attPaths(att, log)) {
    const x = parseAnalysis(a);
    const y = parseAnalysis(b);
    if (!x || !y) continue;
    pairs.push([x, y]);
  }
  log(`  ${pairs.length} usable pairs`);
  printed.set(file, pairs);
  return pairs;
}

const key = (a) => `${a.lemma.toLowerCase()}\t${a.pos}`;

/**
 * Map source lemma+pos -> Map(target lemma+pos -> weight) from a forward
 * transducer (weight 1) and, optionally, an inverted backward one (weight 0.5).
 */
function translationMap(forward, backward) {
  const m = new Map();
  const add = (x, y, w) => {
    if (x.pos !== y.pos) return; // part of speech kept
    const kx = key(x);
    if (!m.has(kx)) m.set(kx, new Map());
    const t = m.get(kx);
    const ky = key(y);
    t.set(ky, Math.max(t.get(ky) || 0, w));
  };
  for (const [x, y] of forward) add(x, y, 1);
  if (backward) for (const [y, x] of backward) add(x, y, 0.5);
  return m;
}

/** English -> French through a pivot: score = sum over pivot words of w1*w2 */
function pivot(enMid, midFr) {
  const lex = new Map(); // en headword -> Map(fr -> score)
  for (const [kEn, mids] of enMid) {
    const [enLemma, pos] = kEn.split('\t');
    const en = normEn(enLemma);
    if (!en) continue;
    for (const [kMid, w1] of mids) {
      const frs = midFr.get(kMid);
      if (!frs) continue;
      for (const [kFr, w2] of frs) {
        const fr = normFr(kFr.split('\t')[0]);
        if (!fr) continue;
        if (!lex.has(en)) lex.set(en, new Map());
        const t = lex.get(en);
        t.set(fr, (t.get(fr) || 0) + w1 * w2 * (pos === 'np' ? 0.5 : 1));
      }
    }
  }
  return lex;
}

function apertiumPivot(enPkg, enFwd, enBwd, frPkg, frFwd, frBwd, invertSecond = false) {
  // first leg: English -> pivot
  const leg1 = translationMap(bidix(enPkg, enFwd), enBwd && bidix(enPkg, enBwd));
  // second leg: pivot -> French; `invertSecond` when only a French->pivot transducer exists
  const leg2 = invertSecond
    ? translationMap(bidix(frPkg, frFwd).map(([a, b]) => [b, a]))
    : translationMap(bidix(frPkg, frFwd), frBwd && bidix(frPkg, frBwd));
  return pivot(leg1, leg2);
}

// ------------------------------------------------------------------- FreeDict
// FreeDict (Ergane) lists the words of a sense alphabetically, so only the
// sense number (from 0) carries a little ranking information.
const senseScore = (k) => 1 / (1 + 0.25 * k);

function freedict() {
  const lex = new Map();
  for (const e of readFreedict(`${DICTD}/freedict-eng-fra.index`, `${DICTD}/freedict-eng-fra.dict.dz`)) {
    const en = normEn(e.headword);
    if (!en) continue;
    e.senses.forEach((items, k) =>
      items.forEach((item) => {
        const fr = normFr(item);
        if (!fr) return;
        if (!lex.has(en)) lex.set(en, new Map());
        const t = lex.get(en);
        t.set(fr, Math.max(t.get(fr) || 0, senseScore(k)));
      }),
    );
  }
  for (const e of readFreedict(`${DICTD}/freedict-fra-eng.index`, `${DICTD}/freedict-fra-eng.dict.dz`)) {
    const fr = normFr(e.headword);
    if (!fr) continue;
    e.senses.forEach((items, k) =>
      items.forEach((item) => {
        const en = normEn(item);
        if (!en) return;
        if (!lex.has(en)) lex.set(en, new Map());
        const t = lex.get(en);
        t.set(fr, Math.max(t.get(fr) || 0, FRA_ENG_WEIGHT * senseScore(k)));
      }),
    );
  }
  return lex;
}

// ---------------------------------------------------------------------- merge
const BUILDERS = {
  fd: freedict,
  'ap-es': () => apertiumPivot('apertium-eng-spa', 'eng-spa', 'spa-eng', 'apertium-fr-es', 'es-fr', 'fr-es'),
  'ap-ca': () => apertiumPivot('apertium-eng-cat', 'eng-cat', 'cat-eng', 'apertium-fra-cat', 'cat-fra', 'fra-cat'),
  'ap-eo': () => apertiumPivot('apertium-eo-en', 'en-eo', 'eo-en', 'apertium-eo-fr', 'fr-eo', null, true),
};

/** scale each headword's scores so that its best translation scores 1 */
function normalise(lex) {
  for (const t of lex.values()) {
    const max = Math.max(...t.values());
    for (const [k, v] of t) t.set(k, v / max);
  }
  return lex;
}

const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function ranked(t, srcCount, direct) {
  return [...t.entries()]
    .sort(
      (a, b) =>
        b[1] - a[1] ||
        (srcCount?.get(b[0]) || 0) - (srcCount?.get(a[0]) || 0) ||
        (direct?.has(b[0]) ? 1 : 0) - (direct?.has(a[0]) ? 1 : 0) ||
        byCodePoint(a[0], b[0]),
    )
    .slice(0, MAX_TRANSLATIONS)
    .map(([fr]) => fr);
}

function writeLexicon(file, header, lex, srcCount, direct) {
  const lines = [];
  if (header) lines.push(header);
  for (const en of [...lex.keys()].sort(byCodePoint)) {
    const frs = ranked(lex.get(en), srcCount?.get(en), direct?.get(en));
    if (frs.length) lines.push(`${en}\t${frs.join('|')}`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return lines.length - (header ? 1 : 0);
}

const stats = { sources: {}, merged: 0 };
const merged = new Map();
const srcCount = new Map();
const direct = new Map();
for (const name of SOURCES) {
  const lex = normalise(BUILDERS[name]());
  stats.sources[name] = lex.size;
  log(`${name}: ${lex.size} headwords`);
  if (WORK) writeLexicon(path.join(WORK, `${name}.tsv`), '', lex);
  for (const [en, t] of lex) {
    if (!merged.has(en)) {
      merged.set(en, new Map());
      srcCount.set(en, new Map());
      direct.set(en, new Set());
    }
    for (const [fr, s] of t) {
      merged.get(en).set(fr, (merged.get(en).get(fr) || 0) + SOURCE_WEIGHT[name] * s);
      srcCount.get(en).set(fr, (srcCount.get(en).get(fr) || 0) + 1);
      if (DIRECT.has(name)) direct.get(en).add(fr);
    }
  }
}
stats.merged = writeLexicon(OUT, args.header || '', merged, srcCount, direct);
log(`merged: ${stats.merged} headwords -> ${OUT}`);
if (WORK) fs.writeFileSync(path.join(WORK, 'stats.json'), JSON.stringify(stats, null, 2) + '\n');
