/** The bench's pure helpers: converters, the prose filter, selection, metrics, flags. */
import { describe, expect, test } from 'vitest';
import { htmlToPage } from '../bench/corpus/html.js';
import { roffToPage, unescapeRoff } from '../bench/corpus/roff.js';
import { isProse } from '../bench/corpus/prose.js';
import { DocCutter, docText } from '../bench/corpus/docs.js';
import { selectDocs } from '../bench/corpus/select.js';
import { evidenceRank, percentile, rankSummary } from '../bench/stats.js';
import { generateQueries } from '../bench/queries.js';
import { parseBenchArgs } from '../bench/args.js';

const PROSE_FR = "Le gestionnaire de paquets installe les dépendances nécessaires, puis configure chaque paquet dans l'ordre voulu.";

describe('bench corpus conversion', () => {
  test('HTML: headings and paragraphs kept, code, tables and scripts dropped, entities decoded', () => {
    const page = htmlToPage(`<html><head><title>Guide</title><script>var x = 1;</script></head><body>
      <nav>Précédent | Suivant</nav><h2>Installer&nbsp;un paquet</h2>
      <p>Le gestionnaire de <code>apt</code> installe les d&eacute;pendances.</p>
      <pre>$ apt install foo</pre><table><tr><td>cell</td></tr></table></body></html>`);
    expect(page.title).toBe('Guide');
    expect(page.blocks).toEqual([
      { kind: 'heading', text: 'Installer un paquet' },
      { kind: 'para', text: 'Le gestionnaire de apt installe les dépendances.' },
    ]);
  });

  test('roff: font escapes resolved, examples and option tags set apart', () => {
    expect(unescapeRoff(String.raw`\fBls\fP \- lister \(em «\ .\ » \[u00E9]t\['e]`)).toBe('ls - lister — « . » été');
    const page = roffToPage(
      ['.TH LS 1 "2022"', '.SH NOM', 'ls \\- lister', '.SH DESCRIPTION', '.PP', 'Afficher les', 'informations.', '.nf', 'ls -l /tmp', '.fi', '.TP', '\\fB\\-a\\fP', 'inclure tout'].join('\n'),
      'ls',
    )!;
    expect(page.title).toBe('LS(1)');
    expect(page.blocks).toEqual([
      { kind: 'heading', text: 'NOM' },
      { kind: 'para', text: 'ls - lister' },
      { kind: 'heading', text: 'DESCRIPTION' },
      { kind: 'para', text: 'Afficher les informations.' },
      { kind: 'para', text: '-a' },
      { kind: 'para', text: 'inclure tout' },
    ]);
    expect(roffToPage('.so man1/other.1\n', 'alias')).toBeNull();
  });

  test('prose filter keeps sentences, drops code, option lists and short lines', () => {
    expect(isProse(PROSE_FR)).toBe(true);
    expect(isProse('int main(int argc, char **argv) { return foo_bar(argc); } /* comment */ x = y;')).toBe(false);
    expect(isProse('--all --almost-all --author --escape --block-size=SIZE --ignore-backups -c -C --color')).toBe(false);
    expect(isProse('Voir aussi')).toBe(false);
  });

  test('documents: title line then paragraphs, repeated paragraphs dropped, names unique', () => {
    const cutter = new DocCutter();
    const page = { title: 'Guide APT', blocks: [{ kind: 'para' as const, text: PROSE_FR }] };
    cutter.add(page, 'debian-reference-fr', 'fr');
    cutter.add(page, 'debian-reference-fr', 'fr');
    cutter.add({ title: 'Guide APT', blocks: [{ kind: 'para', text: `${PROSE_FR} Encore.` }] }, 'debian-reference-fr', 'fr');
    expect(cutter.docs.map((d) => d.name)).toEqual(['x-debian-reference-guide-apt', 'x-debian-reference-guide-apt-2']);
    expect(docText(cutter.docs[0]!)).toBe(`Guide APT\n${PROSE_FR}\n`);
  });

  test('selection: whole documents up to the target, French first up to its share, deterministic', () => {
    const docs = Array.from({ length: 40 }, (_, i) => ({ id: i, lang: (i % 2 ? 'en' : 'fr') as 'fr' | 'en', paragraphs: [1, 2, 3, 4, 5] }));
    const a = selectDocs(docs, 40);
    expect(a.reduce((n, d) => n + d.paragraphs.length, 0)).toBe(40);
    expect(a.filter((d) => d.lang === 'fr')).toHaveLength(6);
    expect(selectDocs(docs, 40).map((d) => d.id)).toEqual(a.map((d) => d.id));
  });
});

describe('bench metrics', () => {
  test('nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([], 50)).toBeNull();
  });

  test('evidence rank folds case, accents and quotes; recall and MRR over ranks', () => {
    expect(evidenceRank(['rien', "L’armée a levé le SIEGE d'Alep"], ["levé le siège d'Alep"])).toBe(2);
    expect(evidenceRank(['rien'], ['autre'])).toBeNull();
    expect(rankSummary([1, 2, null, 6])).toEqual({ recall1: 0.25, recall5: 0.5, mrr: (1 + 0.5 + 1 / 6) / 4 });
  });

  test('generated queries come from the passages, reproducibly', () => {
    const passages = [
      { id: 'a#0', docId: 'a', text: 'Les forces syriennes ont repris la ville après trois jours de combats intenses. Le bilan reste inconnu ce soir.' },
      { id: 'x-b#0', docId: 'x-b', text: 'Le gestionnaire de paquets installe les dépendances nécessaires puis configure chaque paquet.' },
    ];
    const qs = generateQueries(passages, (d) => !d.startsWith('x-'), 30);
    expect(qs).toHaveLength(30);
    expect(generateQueries(passages, (d) => !d.startsWith('x-'), 30)).toEqual(qs);
    for (const q of qs) expect(passages.some((p) => p.id === q.sourceId)).toBe(true);
  });

  test('flags: lists checked against known names, canonical order', () => {
    const args = parseBenchArgs(['--sizes', '150k,small', '--engines', 'orama,claimtrail', '--json']);
    expect(args.sizes).toEqual(['small', '150k']);
    expect(args.engines).toEqual(['claimtrail', 'orama']);
    expect(args.json).toBe(true);
    expect(() => parseBenchArgs(['--engines', 'lucene'])).toThrow(/unknown engine "lucene"/);
  });
});
