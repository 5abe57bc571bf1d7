import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportPassage } from '../core/schema.js';
import { EXIT } from '../cli/errors.js';
import { main, parseEvalArgs } from '../cli/eval.js';
import { missesOf, renderEvalText, summaryLines } from '../cli/eval-report.js';
import type { Output } from '../cli/io.js';
import { LabelError, LabelSchema, parseLabels, type Label } from '../cli/labels.js';
import {
  evidenceRank,
  forbiddenOutlets,
  median,
  missedDisputes,
  missedHedges,
  missedOutlets,
  missedSpeakers,
  scoreClaim,
  summarise,
  ungroundedTexts,
} from '../cli/metrics.js';

function passage(id: string, text: string, score = 1): ReportPassage {
  return { id, docId: id.split('#')[0]!, title: null, outlet: null, date: null, text, score };
}

function report(over: Partial<Report> = {}): Report {
  return {
    claim: 'c',
    lang: 'fr',
    found: true,
    summary: '',
    passages: [],
    sources: [],
    attributions: [],
    disputes: [],
    hedges: [],
    mismatches: [],
    analyser: 'offline',
    warnings: [],
    ...over,
  };
}

function label(over: Partial<Label> & { id: string }): Label {
  return LabelSchema.parse({ lang: 'fr', claim: 'c', found: true, ...over });
}

const attribution = (speaker: string, organization: string | null = null) =>
  ({ speaker, role: null, organization, kind: 'direct', quote: 'q', passageId: 'd#0' }) as const;
const source = (outlet: string, citedBy: string | null = null) =>
  ({ outlet, role: 'publisher', citedBy, quote: 'q', passageId: 'd#0' }) as const;

describe('retrieval metrics', () => {
  const ranked = report({
    passages: [
      passage('a#0', 'Rien à voir ici.'),
      passage('b#1', "Les forces syriennes ont LEVÉ le siège d’Alep en décembre."),
      passage('c#2', 'Un accord de mars 2020 entre Moscou et Ankara.'),
      passage('d#3', 'Le contexte cité : Ashkhani Takhtani.', 0),
    ],
  });

  it('ranks the first passage holding any evidence string, folded for case, accents and quotes', () => {
    expect(evidenceRank(ranked, ["leve le siege d'Alep"])).toBe(2);
    expect(evidenceRank(ranked, ['absent', 'accord de mars 2020'])).toBe(3);
    expect(evidenceRank(ranked, ['absent'])).toBeNull();
  });

  it('does not rank a context passage (score 0) that retrieval did not return', () => {
    expect(evidenceRank(ranked, ['Ashkhani Takhtani'])).toBeNull();
  });

  it('computes recall@1, recall@5 and MRR over found claims with evidence only', () => {
    const top = (text: string, rank: number) =>
      report({ passages: Array.from({ length: 6 }, (_, i) => passage(`p#${i}`, i + 1 === rank ? text : 'filler')) });
    const scores = [
      scoreClaim({ label: label({ id: 'r1', evidence: ['needle'] }), report: top('a needle', 1), error: null, latencyMs: 1 }),
      scoreClaim({ label: label({ id: 'r3', evidence: ['needle'] }), report: top('a needle', 3), error: null, latencyMs: 1 }),
      scoreClaim({ label: label({ id: 'r6', evidence: ['needle'] }), report: top('a needle', 6), error: null, latencyMs: 1 }),
      scoreClaim({ label: label({ id: 'none', evidence: ['needle'] }), report: top('hay', 1), error: null, latencyMs: 1 }),
      // Not scored for retrieval: labelled not found, or found without evidence.
      scoreClaim({ label: label({ id: 'nf', found: false, evidence: ['needle'] }), report: top('hay', 1), error: null, latencyMs: 1 }),
      scoreClaim({ label: label({ id: 'noev' }), report: top('hay', 1), error: null, latencyMs: 1 }),
    ];
    const m = summarise(scores);
    expect(m.recallAt1).toEqual({ value: 1 / 4, over: 4 });
    expect(m.recallAt5).toEqual({ value: 2 / 4, over: 4 });
    expect(m.mrr.value).toBeCloseTo((1 + 1 / 3 + 1 / 6 + 0) / 4);
  });

  it('scores found accuracy over every claim, an errored claim counting as wrong', () => {
    const scores = [
      scoreClaim({ label: label({ id: 'a' }), report: report({ found: true }), error: null, latencyMs: 1 }),
      scoreClaim({ label: label({ id: 'b', found: false }), report: report({ found: false }), error: null, latencyMs: 1 }),
      scoreClaim({ label: label({ id: 'c', found: false }), report: report({ found: true }), error: null, latencyMs: 1 }),
      scoreClaim({ label: label({ id: 'd' }), report: null, error: 'the claim is empty', latencyMs: 1 }),
    ];
    const m = summarise(scores);
    expect(m.foundAccuracy).toEqual({ value: 2 / 4, over: 4 });
    expect(m.errors).toBe(1);
    expect([m.labelledFound, m.labelledNotFound]).toEqual([2, 2]);
  });
});

describe('finding metrics', () => {
  it('matches a speaker by speaker or organization, contained either way', () => {
    const r = report({
      attributions: [attribution('général Igor Konachenkov'), attribution('un porte-parole', 'Ministère russe de la Défense'), attribution('Oleg Yegorov')],
    });
    expect(missedSpeakers(r, ['Konachenkov', 'ministere russe de la defense', 'le général de division Oleg Yegorov', 'Tass'])).toEqual(['Tass']);
  });

  it('does not let a tiny speaker string match any expected name', () => {
    expect(missedSpeakers(report({ attributions: [attribution('de')] }), ['ministère de la Défense'])).toEqual(['ministère de la Défense']);
  });

  it('matches an outlet in a source outlet or citedBy, not in an attribution', () => {
    const r = report({ sources: [source('South Front'), source('Al Masdar News', 'AVIA-PRO')], attributions: [attribution('RT')] });
    expect(missedOutlets(r, ['south front', 'Al Masdar', 'Avia-Pro', 'RT'])).toEqual(['RT']);
  });

  it('matches disputes contained either way, hedges only within a hedge text', () => {
    const r = report({
      disputes: [{ text: 'une allégation fermement rejetée par le gouvernement syrien', by: null, passageId: 'd#0' }],
      hedges: [{ text: 'présumée', passageId: 'd#0' }],
    });
    expect(missedDisputes(r, ['fermement rejetée par le gouvernement syrien', 'démentie par Moscou'])).toEqual(['démentie par Moscou']);
    expect(missedDisputes(report({ disputes: [{ text: 'rejetée', by: null, passageId: 'd#0' }] }), ['fermement rejetée'])).toEqual([]);
    expect(missedHedges(r, ['presumee', 'allégation'])).toEqual(['allégation']);
  });

  it('sums finding recall over all expected items (micro average)', () => {
    const scores = [
      scoreClaim({ label: label({ id: 'a', speakers: ['Yegorov', 'Tass'] }), report: report({ attributions: [attribution('Oleg Yegorov')] }), error: null, latencyMs: 1 }),
      scoreClaim({ label: label({ id: 'b', speakers: ['Konachenkov'] }), report: report(), error: null, latencyMs: 1 }),
      scoreClaim({ label: label({ id: 'c' }), report: report(), error: null, latencyMs: 1 }),
    ];
    const m = summarise(scores);
    expect(m.speakers).toEqual({ value: 1 / 3, over: 3 });
    expect(m.outlets).toEqual({ value: null, over: 0 });
  });

  it('counts forbidden outlets named by sources or attributions', () => {
    expect(forbiddenOutlets(report({ sources: [source('Sputnik', "l'AFP")] }), ['AFP'])).toEqual(['AFP']);
    expect(forbiddenOutlets(report({ attributions: [attribution('un journaliste', 'Agence France-Presse (AFP)')] }), ['afp'])).toEqual(['afp']);
    expect(forbiddenOutlets(report({ sources: [source('Sputnik')], summary: 'AFP' }), ['AFP'])).toEqual([]);
    const m = summarise([
      scoreClaim({ label: label({ id: 'x', found: false, forbidOutlets: ['AFP'] }), report: report({ sources: [source('AFP')] }), error: null, latencyMs: 1 }),
    ]);
    expect(m.forbiddenOutlets).toBe(1);
  });
});

describe('grounded share', () => {
  const text = '« Le Centre a reçu des informations », a déclaré Oleg Yegorov.';
  const r = report({
    passages: [passage('d#0', text)],
    sources: [{ outlet: 'Tass', role: 'publisher', citedBy: null, quote: '"Le Centre a reçu des informations"', passageId: 'd#0' }],
    attributions: [{ ...attribution('Oleg Yegorov'), quote: 'Le Centre a reçu des  renseignements' }],
    disputes: [{ text: 'a déclaré', by: null, passageId: 'missing#9' }],
    hedges: [{ text: 'a déclaré Oleg Yegorov', passageId: 'd#0' }],
  });

  it('accepts a quote verbatim up to quotes and spaces, and rejects a paraphrase or an unknown passage', () => {
    expect(ungroundedTexts(r)).toEqual(['Le Centre a reçu des  renseignements', 'a déclaré']);
  });

  it('shares grounded texts over all quoted texts, n/a when there are none', () => {
    const m = summarise([scoreClaim({ label: label({ id: 'g' }), report: r, error: null, latencyMs: 1 })]);
    expect(m.grounded).toEqual({ value: 2 / 4, over: 4 });
    const none = summarise([scoreClaim({ label: label({ id: 'n' }), report: report(), error: null, latencyMs: 1 })]);
    expect(none.grounded.value).toBeNull();
    expect(summaryLines(none)[1]).toMatch(/grounded=n\/a$/);
  });
});

describe('precision', () => {
  it('counts a reported speaker or outlet the label does not expect against precision, and says which', () => {
    const r = report({
      attributions: [attribution('Oleg Yegorov'), attribution('Auparavant'), attribution('le porte-parole', 'ministère de la Défense')],
      sources: [source('Tass'), source('Le Point'), source('TASS')],
      passages: [passage('d#0', 'q')],
    });
    const s = scoreClaim({ label: label({ id: 'p', speakers: ['Yegorov', 'ministère de la Défense'], outlets: ['Tass'] }), report: r, error: null, latencyMs: 1 });
    expect(s.reported).toEqual({ speakers: 3, outlets: 2 });
    expect(s.wrong).toEqual({ speakers: ['Auparavant'], outlets: ['Le Point'] });
    const m = summarise([s]);
    expect(m.speakerPrecision.value).toBeCloseTo(2 / 3);
    expect(m.outletPrecision.value).toBe(0.5);
    expect(missesOf(s)).toEqual(['speaker not expected "Auparavant"', 'outlet not expected "Le Point"']);
  });
});

describe('latency and the summary lines', () => {
  it('takes the median as p50', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('ends the text with exactly the three summary lines', () => {
    const scores = [
      scoreClaim({ label: label({ id: 'hit', evidence: ['x'] }), report: report({ passages: [passage('p#0', 'x')] }), error: null, latencyMs: 8 }),
      scoreClaim({ label: label({ id: 'miss', evidence: ['x'], speakers: ['Yegorov'] }), report: report({ passages: [passage('q#0', 'y')] }), error: null, latencyMs: 12 }),
    ];
    const m = summarise(scores);
    const lines = renderEvalText(m, scores).trimEnd().split('\n');
    expect(lines.slice(-3)).toEqual([
      'retrieval: recall@1=0.50 recall@5=0.50 mrr=0.50 found_acc=1.00',
      'analysis: speakers=0.00 speaker_precision=n/a outlets=n/a outlet_precision=n/a disputes=n/a hedges=n/a grounded=n/a',
      'claims: 2 (2 found, 0 not found) forbidden_outlets=0 errors=0 p50_ms=10',
    ]);
    expect(missesOf(scores[0]!)).toEqual([]);
    expect(missesOf(scores[1]!)).toEqual(['evidence not in the ranked passages', 'speaker "Yegorov"']);
    expect(lines).toContain('      top passages: q#0');
  });
});

describe('labelled claims file', () => {
  const good = JSON.stringify({ id: 'd01', lang: 'fr', claim: 'c', found: true, evidence: ['e'], speakers: [], outlets: [], disputes: [], hedges: [] });

  it('parses lines, skipping blanks, defaulting absent lists', () => {
    const labels = parseLabels(`${good}\n\n${JSON.stringify({ id: 'x01', lang: 'en', claim: 'c', found: false })}\n`, 'f.jsonl');
    expect(labels.map((l) => l.id)).toEqual(['d01', 'x01']);
    expect(labels[1]!.forbidOutlets).toEqual([]);
  });

  it('names the file and line of a bad label', () => {
    const bad = (text: string) => () => parseLabels(text, 'f.jsonl');
    expect(bad(`${good}\n{oops`)).toThrow(/^f\.jsonl:2: not valid JSON$/);
    expect(bad(`${good}\n\n${JSON.stringify({ id: 'd02', lang: 'fr', claim: 'c' })}`)).toThrow(/^f\.jsonl:3: found:/);
    expect(bad(JSON.stringify({ id: 'd02', lang: 'fr', claim: 'c', found: true, speaker: ['typo'] }))).toThrow(/f\.jsonl:1: .*speaker/);
    expect(bad(`${good}\n${good}`)).toThrow(/f\.jsonl:2: id "d01" is already used on line 1/);
    expect(bad('\n')).toThrow(LabelError);
  });
});

describe('eval command', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'claimtrail-eval-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  async function evalMain(argv: string[]) {
    const sink = () => ({ text: '', write(c: string) { this.text += c; return true; } }) satisfies Output & { text: string };
    const stdout = sink();
    const stderr = sink();
    const code = await main({ argv, env: {}, stdin: Readable.from([]), stdout, stderr });
    return { code, stdout: stdout.text, stderr: stderr.text };
  }

  const labels = [
    { id: 'd01', lang: 'fr', claim: "Un camp d'entraînement et des abris souterrains ont été détruits près d'Ashkhani Takhtani.", found: true, evidence: ['Ashkhani Takhtani'] },
    { id: 'x03', lang: 'en', claim: 'The Eiffel Tower will be sold to a private company next year.', found: false },
  ];

  it('scores retrieval and found on the real corpus and ends with the three summary lines', async () => {
    const file = join(tmp, 'claims.jsonl');
    await writeFile(file, labels.map((l) => JSON.stringify(l)).join('\n'));
    const { code, stdout } = await evalMain([file]);
    expect(code).toBe(EXIT.ok);
    const [retrieval, analysis, claims] = stdout.trimEnd().split('\n').slice(-3);
    expect(retrieval).toBe('retrieval: recall@1=1.00 recall@5=1.00 mrr=1.00 found_acc=1.00');
    expect(analysis).toMatch(/^analysis: speakers=\S+ speaker_precision=\S+ outlets=\S+ outlet_precision=\S+ disputes=\S+ hedges=\S+ grounded=\S+$/);
    expect(claims).toMatch(/^claims: 2 \(1 found, 1 not found\) forbidden_outlets=0 errors=0 p50_ms=\d+$/);

    const json = await evalMain([file, '--json']);
    const parsed = JSON.parse(json.stdout) as { metrics: { claims: number }; claims: { id: string; evidenceRank: number | null }[] };
    expect(parsed.metrics.claims).toBe(2);
    expect(parsed.claims[0]).toMatchObject({ id: 'd01', evidenceRank: 1 });
  });

  it('exits 2 naming the line of a bad label, and for a missing file or no file', async () => {
    const file = join(tmp, 'bad.jsonl');
    await writeFile(file, `${JSON.stringify(labels[0])}\n{"id": "x", "claim": 3}\n`);
    const bad = await evalMain([file]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toMatch(/^error: .*bad\.jsonl:2: /);
    expect((await evalMain([join(tmp, 'none.jsonl')])).code).toBe(EXIT.usage);
    expect(() => parseEvalArgs([], {})).toThrow(/exactly one/);
  });

  it('exits 3 when the corpus is missing', async () => {
    const file = join(tmp, 'ok.jsonl');
    await writeFile(file, JSON.stringify(labels[1]));
    expect((await evalMain([file, '--corpus', join(tmp, 'nope')])).code).toBe(EXIT.corpus);
  });
});
