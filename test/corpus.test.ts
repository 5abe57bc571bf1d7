import { mkdtemp, writeFile, copyFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, buildDoc } from '../core/corpus/load.js';
import { decodeDocument } from '../core/corpus/files.js';
import { openEngine } from '../core/engine.js';

const SEEDS = 'data/corpus';

describe('metadata', () => {
  it('derives title, outlet and date from the text', async () => {
    const engine = await openEngine(SEEDS);
    const byId = engine.corpus.docById;
    const rt = byId.get('002_d71c614b73ba7402')!;
    expect(rt.title).toMatch(/^Les avions russes soutiennent/);
    expect(rt.outlet).toBe('RT World News');
    const avia = byId.get('004_d11c206d2957891f')!;
    expect(avia.date).toBe('2020-02');
    // Outlets the lede only cites ("cité par l'agence de presse russe Tass") are not publishers.
    expect(avia.outlet).toBeNull();
    expect(byId.get('000_2a641b6c26fda598')!.outlet).toBeNull();
  });
  it('keeps page furniture out of passages', () => {
    const doc = buildDoc(
      'x.txt',
      'X\n\nTitre du jour - Le Monde\n\nPremier paragraphe avec des mots.\n\nRelated Post\n\nVous pouvez partager cette histoire sur les réseaux sociaux :\n\nhttps://example.org/a\n\nLien source\n',
    );
    expect(doc.title).toBe('Titre du jour - Le Monde');
    expect(doc.outlet).toBe('Le Monde');
    const all = doc.passages.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/Related Post|partager|https|Lien source/);
    expect(all).toMatch(/Premier paragraphe/);
  });
  it('reads the publisher from a byline with a wire, a wire tag ending the story, or an extract\'s "read more" line', () => {
    expect(buildDoc('a.txt', 'Grève des dockers\n\nPar Gazette Infos avec AFP\n\nLes dockers ont cessé le travail.').outlet).toBe('Gazette Infos');
    expect(buildDoc('b.txt', 'Grève\n\nLe Nord.fr avec AFP | 04.08.2015 à 19h28\n\nLes dockers ont cessé le travail.').outlet).toBe('Le Nord.fr');
    // A journalist's byline names a person, not the publisher.
    expect(buildDoc('c.txt', 'Grève\n\nPar Jeanne Morel avec AFP\n\nLes dockers ont cessé le travail.').outlet).toBeNull();
    expect(buildDoc('d.txt', 'Grève\n\nLes dockers ont cessé le travail, a dit le syndicat. (afp/ats)').outlet).toBe('ATS');
    const extract = buildDoc('e.txt', 'Grève\n\nLes dockers ont cessé le travail.\n\nLire la suite de l\'article sur lefigaro.fr');
    expect(extract.outlet).toBe('Le Figaro');
    expect(extract.passages.map((p) => p.text).join(' ')).not.toMatch(/Lire la suite/);
    // A wire the text only cites stays cited.
    expect(buildDoc('f.txt', 'Grève\n\nLes dockers ont cessé le travail, selon l\'AFP.').outlet).toBeNull();
  });
  it('reads the publisher from the bylines, datelines and site links news pages carry', () => {
    const body = '\n\nLes dockers ont cessé le travail au port de Brest.';
    expect(buildDoc('a.txt', `Grève${'\n\n'}Article rédigé par gazetteinfo avec AFP${body}`).outlet).toBe('gazetteinfo');
    expect(buildDoc('b.txt', `Grève${'\n\n'}44 Heures avec AFP${body}`).outlet).toBe('44 Heures');
    expect(buildDoc('c.txt', `Grève${'\n\n'}Jeanne Morel avec AFP${body}`).outlet).toBeNull();
    expect(buildDoc('c2.txt', `Grève${'\n\n'}A.G. avec AFP${body}`).outlet).toBeNull();
    expect(buildDoc('d.txt', 'Strike at the port\nANNA PRICE and TOM HALE, Associated Press • Mar 12, 2024 at 3:40 PM\n\nDockers stopped work.').outlet).toBe(
      'Associated Press',
    );
    expect(buildDoc('e.txt', 'Strike\n\nA caption.\n\nBREST/RENNES (Reuters) - Dockers stopped work on Monday.').outlet).toBe('Reuters');
    expect(buildDoc('f.txt', `Grève${body}\n\nÀ voir également sur Le HuffPost:`).outlet).toBe('Le HuffPost');
  });
  it('reads the publisher from a masthead and date line, a bracketed masthead, a signed byline and a repost tag', () => {
    const body = '\n\nDockers stopped work at the port of Brest on Monday.';
    expect(buildDoc('a.txt', `Strike\nPar : Laura | Mots clés : port\nharbour.example.cn | Mis à jour le 17-02-2017${body}`).outlet).toBe('harbour.example.cn');
    expect(buildDoc('b.txt', `Strike\nHB Team | Published: January 07, 2012${body}`).outlet).toBe('HB');
    expect(buildDoc('c.txt', `Strike\n\n(CBS/AP) BREST - Dockers stopped work at the port of Brest on Monday.`).outlet).toBe('CBS/AP');
    expect(buildDoc('d.txt', `Grève\nPar Anne Roux, Radio Armor Pays de Brest et Radio Armor mardi 22 septembre 2015${body}`).outlet).toBe('Radio Armor Pays de Brest');
    expect(buildDoc('e.txt', `Grève\nPar Anne Roux, Senior Correspondent${body}`).outlet).toBeNull();
    expect(buildDoc('f.txt', `Grève${body}\n\nlefigaro -fp`).outlet).toBe('lefigaro');
    expect(buildDoc('g.txt', `“Dockers strike at Brest” (iPolitics)${body}`).outlet).toBe('iPolitics');
    expect(buildDoc('h.txt', `Dockers strike\nJoan Roux (The Canadian Press):${body}`).outlet).toBe('The Canadian Press');
  });
  it('drops photo credits and a masthead line of its own; they cite nothing', async () => {
    const doc = buildDoc(
      'g.txt',
      'Grève au port - La Gazette du Port\n\nFrance Télévisions\n\nJeanne Morel / Reuters\n\nLes dockers du port de Brest ont cessé le travail lundi. — PAUL ROUX / AFP\n\nLe syndicat réclame deux grutiers de plus.',
    );
    const all = doc.passages.map((p) => p.text).join('\n');
    expect(all).not.toMatch(/Jeanne Morel/);
    const { buildEngine } = await import('../core/engine.js');
    const { assembleCorpus } = await import('../core/corpus/load.js');
    const { verifyClaim } = await import('../core/verify.js');
    const { offlineAnalyser } = await import('../core/analyse/offline/index.js');
    const r = await verifyClaim(buildEngine(assembleCorpus('/tmp/none', [doc], [])), 'Les dockers du port de Brest ont cessé le travail.', offlineAnalyser);
    expect(r.found).toBe(true);
    expect(r.sources.map((s) => s.outlet)).toEqual(['La Gazette du Port']);
  });
  it('reads a date header and a dateline', () => {
    expect(buildDoc('a.txt', 'date 2021-03-04 Le texte commence ici.').date).toBe('2021-03-04');
    expect(buildDoc('b.txt', 'Damas, le 5 mars 2019. Le texte.').date).toBe('2019-03-05');
    expect(buildDoc('c.txt', 'Un texte sans date.').date).toBeNull();
  });
});

describe('passages', () => {
  it('are sentence-aware windows of at most 600 characters with exact offsets', async () => {
    const corpus = await loadCorpus(SEEDS);
    expect(corpus.docs).toHaveLength(5);
    for (const doc of corpus.docs) {
      for (const p of doc.passages) {
        expect(p.text.length).toBeLessThanOrEqual(600);
        expect(doc.text.slice(p.start, p.end)).toBe(p.text);
        expect(p.id).toBe(`${doc.id}#${p.n}`);
        expect(p.text).toMatch(/[.!?»)\w]$/u);
      }
    }
  });
  it('long sentences are cut at word boundaries', () => {
    const long = `${'mot '.repeat(400)}fin.`;
    const doc = buildDoc('long.txt', long);
    expect(doc.passages.length).toBeGreaterThan(2);
    for (const p of doc.passages) expect(p.text.length).toBeLessThanOrEqual(600);
  });
  it('ids do not change when an unrelated document is added', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ct-ids-'));
    for (const f of await readdir(SEEDS)) await copyFile(join(SEEDS, f), join(dir, f));
    const before = (await loadCorpus(dir)).passages.map((p) => `${p.id}:${p.text}`);
    await writeFile(join(dir, '0000_first.txt'), 'Un nouvel article. Il parle d’autre chose.');
    const after = await loadCorpus(dir);
    for (const id of before) expect(after.passages.map((p) => `${p.id}:${p.text}`)).toContain(id);
    expect(after.version).not.toBe((await loadCorpus(SEEDS)).version);
  });
});

describe('bad files', () => {
  it('are skipped with a warning naming them; the rest loads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ct-bad-'));
    await writeFile(join(dir, 'good.txt'), 'Les forces syriennes ont levé le siège d’Alep en décembre 2016.');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.md'), '   \n\n  ');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('r\xe9sum\xe9 des op\xe9rations', 'latin1'));
    await writeFile(join(dir, 'image.png'), 'not really');
    const corpus = await loadCorpus(dir, { maxBytes: 1024 });
    await writeFile(join(dir, 'huge.txt'), 'a'.repeat(2048));
    const withHuge = await loadCorpus(dir, { maxBytes: 1024 });
    expect(corpus.docs.map((d) => d.id)).toEqual(['good']);
    const w = withHuge.warnings.join('\n');
    expect(w).toMatch(/empty\.txt: empty file/);
    expect(w).toMatch(/blank\.md: no text/);
    expect(w).toMatch(/binary\.txt: binary content/);
    expect(w).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(w).toMatch(/image\.png: not a \.txt or \.md file/);
    expect(w).toMatch(/huge\.txt: too large/);
  });
  it('decodeDocument strips a BOM and normalises line ends', () => {
    const r = decodeDocument(new TextEncoder().encode('\uFEFFUn texte\r\nsur deux lignes'));
    expect(r).toEqual({ ok: true, text: 'Un texte\nsur deux lignes' });
  });
});
