import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../core/schema.js';
import { MAX_CLAIM_CHARS, MAX_TOP } from '../core/verify.js';
import { parseVerifyArgs, defaultCorpusDir } from '../cli/args.js';
import { readLines, runBatch } from '../cli/batch.js';
import { EXIT, UsageError, errorMessage, exitCodeFor } from '../cli/errors.js';
import type { CliIO, Output } from '../cli/io.js';
import { renderReportText } from '../cli/render.js';
import { main } from '../cli/verify.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'data/corpus');
/** A claim the corpus carries word for word (000_…#2), and one it does not. */
const CARRIED = "Un camp d'entraînement et des abris souterrains ont été détruits près d'Ashkhani Takhtani.";
const CARRIED_IN = '000_2a641b6c26fda598#2';
const ABSENT = 'The Eiffel Tower will be sold to a private company next year.';

interface Captured extends Output {
  text: string;
}
function capture(isTTY = false): Captured {
  return {
    text: '',
    isTTY,
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

interface RunOptions {
  stdin?: string | Readable;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Runs verify's main in-process, as `npm run verify -- ...argv` would. */
async function verify(argv: string[], options: RunOptions = {}) {
  const stdout = capture(options.stdoutTTY);
  const stderr = capture(options.stderrTTY);
  const stdin = typeof options.stdin === 'object' ? options.stdin : Readable.from([options.stdin ?? '']);
  Object.assign(stdin, { isTTY: options.stdinTTY ?? false });
  const io: CliIO = { argv, env: options.env ?? {}, stdin, stdout, stderr };
  const code = await main(io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function jsonReport(stdout: string): Report {
  const lines = stdout.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  return ReportSchema.parse(JSON.parse(lines[0]!));
}

const ranked = (report: Report) => report.passages.filter((p) => p.score > 0);
const STACK_LINE = /\n\s+at /;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'claimtrail-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('verify arguments', () => {
  it('reads flags, joins the claim words and defaults --top', () => {
    const args = parseVerifyArgs(['--json', '--top', '3', '--corpus', '/x', 'Les', 'Casques', 'blancs'], {});
    expect(args).toMatchObject({ claim: 'Les Casques blancs', json: true, top: 3, corpus: '/x', batch: null });
    expect(parseVerifyArgs(['claim'], {}).top).toBe(5);
  });

  it('rejects a --top that is not a whole number from 1 to MAX_TOP', () => {
    for (const top of ['0', String(MAX_TOP + 1), 'abc', '2.5', '-1', '']) {
      expect(() => parseVerifyArgs(['--top', top, 'claim'], {}), `--top ${top}`).toThrow(UsageError);
    }
    expect(parseVerifyArgs(['--top', String(MAX_TOP), 'claim'], {}).top).toBe(MAX_TOP);
  });

  it('rejects an unknown flag, a missing value, and a claim given with --batch', () => {
    expect(() => parseVerifyArgs(['--jsn', 'claim'], {})).toThrow(/--jsn/);
    expect(() => parseVerifyArgs(['claim', '--top'], {})).toThrow(UsageError);
    expect(() => parseVerifyArgs(['--batch', 'f.jsonl', 'claim'], {})).toThrow(/either a claim or --batch/);
  });

  it('takes the corpus from --corpus, then CLAIMTRAIL_CORPUS, then the repo data/corpus', () => {
    expect(parseVerifyArgs(['c'], { CLAIMTRAIL_CORPUS: '/env' }).corpus).toBe('/env');
    expect(parseVerifyArgs(['--corpus', '/flag', 'c'], { CLAIMTRAIL_CORPUS: '/env' }).corpus).toBe('/flag');
    expect(defaultCorpusDir({})).toBe(CORPUS);
  });
});

describe('verify usage errors (exit 2)', () => {
  it('prints help with the exit codes', async () => {
    const { code, stdout } = await verify(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/--batch FILE/);
    for (const exit of ['0', '1', '2', '3']) expect(stdout).toMatch(new RegExp(`^  ${exit}  `, 'm'));
  });

  it('explains a bad flag in one line, without a stack', async () => {
    const { code, stdout, stderr } = await verify(['--top', '0', CARRIED]);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: --top must be a whole number from 1 to 50/);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('asks for a claim when none is given on the command line or stdin', async () => {
    const tty = await verify([], { stdinTTY: true });
    expect(tty.code).toBe(EXIT.usage);
    expect(tty.stderr).toMatch(/^error: no claim given/);
    const empty = await verify([], { stdin: '' });
    expect(empty.code).toBe(EXIT.usage);
    expect(empty.stderr).toMatch(/no claim given/);
  });

  it('refuses an empty or wordless claim with a one-line message', async () => {
    for (const claim of ['', '   \t\n ', '\u0000\u0001\u0002', '?!… —']) {
      const { code, stdout, stderr } = await verify([claim], { env: { CLAIMTRAIL_CORPUS: CORPUS } });
      expect(code, JSON.stringify(claim)).toBe(EXIT.usage);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^error: the claim (is empty|has no words)/);
    }
  });
});

describe('verify one claim', () => {
  it('--json prints exactly one Report that finds a carried claim', async () => {
    const { code, stdout } = await verify(['--json', CARRIED]);
    expect(code).toBe(EXIT.ok);
    const report = jsonReport(stdout);
    expect(report.found).toBe(true);
    expect(report.claim).toBe(CARRIED);
    expect(ranked(report)[0]?.id).toBe(CARRIED_IN);
  });

  it('reports a claim the corpus does not carry as not found, still exit 0', async () => {
    const { code, stdout } = await verify(['--json', ABSENT]);
    expect(code).toBe(EXIT.ok);
    const report = jsonReport(stdout);
    expect(report.found).toBe(false);
    expect(report.sources).toEqual([]);
  });

  it('--top limits the ranked passages', async () => {
    const report = jsonReport((await verify(['--json', '--top', '2', 'Casques blancs Idlib'])).stdout);
    expect(ranked(report).length).toBeGreaterThan(0);
    expect(ranked(report).length).toBeLessThanOrEqual(2);
  });

  it('reads the claim from stdin when none is given', async () => {
    const { code, stdout } = await verify(['--json'], { stdin: `${CARRIED}\n` });
    expect(code).toBe(EXIT.ok);
    expect(jsonReport(stdout).found).toBe(true);
  });

  it('prints a readable report without colour when stdout is not a terminal', async () => {
    const { code, stdout } = await verify([CARRIED]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`Claim:    ${CARRIED}`);
    expect(stdout).toMatch(/^Result: +FOUND/m);
    expect(stdout).toContain(CARRIED_IN);
    for (const section of ['Passages', 'Sources', 'Attributions', 'Disputes', 'Hedges', 'Warnings']) {
      expect(stdout).toMatch(new RegExp(`^${section} \\(\\d+\\)$`, 'm'));
    }
    expect(stdout).not.toContain('\x1b[');
    const absent = await verify([ABSENT]);
    expect(absent.stdout).toMatch(/^Result: +NOT FOUND/m);
  });

  it('colours only a terminal, and never when NO_COLOR is set', async () => {
    expect((await verify([CARRIED], { stdoutTTY: true })).stdout).toContain('\x1b[');
    expect((await verify([CARRIED], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });
});

describe('verify awkward input', () => {
  it('cuts a 100 KB claim and says so in a warning', async () => {
    const claim = `${CARRIED} `.repeat(Math.ceil(100_000 / (CARRIED.length + 1)));
    expect(claim.length).toBeGreaterThan(100_000);
    const { code, stdout } = await verify(['--json', claim]);
    expect(code).toBe(EXIT.ok);
    const report = jsonReport(stdout);
    expect(report.claim.length).toBeLessThanOrEqual(MAX_CLAIM_CHARS);
    expect(report.warnings.join('\n')).toMatch(/characters long/);
  });

  it('ignores zero-width characters and control bytes inside words', async () => {
    const claim = "Un camp d'entra\u200Bînement et des abris soute\u200Drrains ont été détruits près d'Ashk\u2060hani Takh\uFEFFtani.\u0007";
    const report = jsonReport((await verify(['--json', claim])).stdout);
    expect(report.claim).toBe(CARRIED);
    expect(report.found).toBe(true);
    expect(ranked(report)[0]?.id).toBe(CARRIED_IN);
  });

  it('gives a sane report for @everyone, markdown and binary bytes around a claim', async () => {
    const claims = [
      `@everyone ${CARRIED}`,
      `**Un camp d'entraînement** et des _abris souterrains_ ont été [détruits](https://example.org) près d'Ashkhani Takhtani`,
      `\u0000\u0001\u0002${CARRIED}\u0000\u00ff\ufffd`,
    ];
    for (const claim of claims) {
      const { code, stdout, stderr } = await verify(['--json', claim]);
      expect(code, claim).toBe(EXIT.ok);
      expect(stderr).toBe('');
      const report = jsonReport(stdout);
      expect(report.claim).not.toMatch(/[\u0000-\u001f\ufffd]/);
      expect(ranked(report)[0]?.id, claim).toBe(CARRIED_IN);
    }
  });

  it('strips terminal escapes and bidi overrides that corpus text may carry', () => {
    const report: Report = {
      claim: 'c',
      lang: 'fr',
      found: true,
      summary: 'a \x1b[2J summary',
      passages: [
        { id: 'd#0', docId: 'd', title: null, outlet: 'Out\x1b]0;title\x07let', date: null, text: 'evil \x1b[31mred\u202E text', score: 1 },
      ],
      sources: [{ outlet: 'RT', role: 'publisher', citedBy: null, quote: 'evil', passageId: 'd#0' }],
      attributions: [],
      disputes: [],
      hedges: [{ text: 'red', passageId: 'd#0' }],
      mismatches: [],
      analyser: 'offline',
      warnings: [],
    };
    const text = renderReportText(report, { color: false });
    expect(text).not.toMatch(/[\u001b\u0007\u202E]/);
    expect(text).toContain('“evil” [d#0]');
    expect(text).toContain('“red” [d#0]');
  });
});

describe('text report', () => {
  const base: Report = {
    claim: 'c',
    lang: 'fr',
    found: true,
    summary: '',
    passages: [
      { id: 'd#0', docId: 'd', title: null, outlet: 'Tass', date: '2022-11-06', text: 'Washington a fustigé Damas.', score: 12.5 },
      { id: 'd#1', docId: 'd', title: null, outlet: 'Tass', date: null, text: 'Selon le ministère.', score: 0 },
    ],
    sources: [{ outlet: 'Tass', role: 'cited', citedBy: 'RT', quote: 'Selon le ministère.', passageId: 'd#1' }],
    attributions: [
      { speaker: 'Washington', role: null, organization: 'washington', kind: 'reported', quote: 'Washington a fustigé Damas.', passageId: 'd#0' },
      { speaker: 'Oleg Yegorov', role: 'général', organization: 'Centre russe', kind: 'direct', quote: 'fustigé', passageId: 'd#0' },
    ],
    disputes: [{ text: 'fustigé Damas', by: null, passageId: 'd#0' }],
    hedges: [],
    mismatches: [],
    analyser: 'offline',
    warnings: ['the claim was cut'],
  };

  it('shows ranks, context passages, and every finding as a quote with its passage id', () => {
    const text = renderReportText(base, { color: false });
    expect(text).toMatch(/^ {2}1\. +d#0 +Tass · 2022-11-06 +score 12\.5$/m);
    expect(text).toMatch(/^ {2}ctx +d#1 +Tass · no date +context, cited by a finding$/m);
    expect(text).toContain('  - Tass (cited, cited by RT)\n    “Selon le ministère.” [d#1]');
    expect(text).toContain('  - Washington (reported)\n');
    expect(text).toContain('  - Oleg Yegorov — général, Centre russe (direct)\n    “fustigé” [d#0]');
    expect(text).toContain('  - by an unnamed party\n    “fustigé Damas” [d#0]');
    expect(text).toMatch(/^Hedges \(0\)\n {2}none$/m);
    expect(text).toContain('  ! the claim was cut');
  });

  it('says what differs in a near miss, and prints no such section when nothing differs', () => {
    const nearMiss: Report = { ...base, found: false, mismatches: [{ claimText: 'adopté', passageText: 'fustigé', passageId: 'd#0' }] };
    expect(renderReportText(nearMiss, { color: false })).toContain('Differs from the claim (1)\n  - claim “adopté”, passage “fustigé” [d#0]');
    expect(renderReportText(base, { color: false })).not.toContain('Differs from the claim');
  });

  it('wraps long passage text within the width', () => {
    const long = { ...base, passages: [{ ...base.passages[0]!, text: 'mot '.repeat(100) }] };
    const lines = renderReportText(long, { color: false, width: 60 }).split('\n');
    expect(lines.filter((l) => l.startsWith('      mot')).length).toBeGreaterThan(5);
    for (const line of lines.filter((l) => l.includes('mot'))) expect(line.length).toBeLessThanOrEqual(60);
  });
});

describe('verify corpus errors (exit 3)', () => {
  it('exits 3 for a missing corpus folder, with one line and no stack', async () => {
    const { code, stdout, stderr } = await verify(['--corpus', join(tmp, 'nope'), CARRIED]);
    expect(code).toBe(EXIT.corpus);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error: cannot read corpus folder .*nope.*ENOENT/);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('exits 3 when no document loads, naming each skipped file', async () => {
    const dir = join(tmp, 'empty-corpus');
    await mkdir(dir);
    await writeFile(join(dir, 'blank.txt'), '');
    const { code, stderr } = await verify(['--corpus', dir, CARRIED]);
    expect(code).toBe(EXIT.corpus);
    expect(stderr).toMatch(/^warning: skipped blank\.txt: empty file$/m);
    expect(stderr).toMatch(/^error: no document could be loaded/m);
  });

  it('warns about a binary and an empty file and still searches the good one', async () => {
    const dir = join(tmp, 'mixed-corpus');
    await mkdir(dir);
    await copyFile(join(CORPUS, '000_2a641b6c26fda598.txt'), join(dir, 'good.txt'));
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0xff]));
    await writeFile(join(dir, 'empty.md'), '');
    const { code, stdout, stderr } = await verify(['--json', '--corpus', dir, CARRIED]);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toMatch(/^warning: skipped binary\.txt: (binary content|not valid UTF-8)/m);
    expect(stderr).toMatch(/^warning: skipped empty\.md: empty file$/m);
    const report = jsonReport(stdout);
    expect(report.found).toBe(true);
    expect(ranked(report)[0]?.id).toBe('good#2');
  });
});

describe('verify --batch', () => {
  const lines = [
    JSON.stringify({ id: 'a', claim: CARRIED }),
    '{"id": "b", "claim": ',
    '',
    JSON.stringify({ id: 'c' }),
    '   ',
    JSON.stringify({ id: 'd', claim: '  ' }),
    '["not", "an", "object"]',
    JSON.stringify({ id: 7, claim: ABSENT }),
  ];

  function outputs(stdout: string) {
    return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: unknown; report?: unknown; error?: string });
  }

  function expectMixedOutputs(stdout: string, stderr: string) {
    const out = outputs(stdout);
    // One output per non-blank input line, in input order.
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c', 'd', null, 7]);
    expect(ReportSchema.parse(out[0]!.report).found).toBe(true);
    expect(out[1]!.error).toMatch(/^line 2: not valid JSON/);
    expect(out[2]!.error).toMatch(/^line 4: "claim" is missing/);
    expect(out[3]!.error).toMatch(/^line 6: the claim is empty/);
    expect(out[4]!.error).toMatch(/^line 7: expected a JSON object/);
    expect(ReportSchema.parse(out[5]!.report).found).toBe(false);
    for (const o of out) expect('report' in o !== 'error' in o).toBe(true);
    expect(stderr.trim().split('\n').at(-1)).toBe('verified 2, errors 4');
  }

  it('answers every line of a file in order, an error for each bad one, and goes on', async () => {
    const file = join(tmp, 'mixed.jsonl');
    await writeFile(file, `${lines.join('\r\n')}\n`);
    const { code, stdout, stderr } = await verify(['--batch', file]);
    expect(code).toBe(EXIT.ok);
    expectMixedOutputs(stdout, stderr);
    expect(stderr).not.toContain('[1/');
  });

  it('reads stdin with --batch -', async () => {
    const { code, stdout, stderr } = await verify(['--batch', '-'], { stdin: lines.join('\n') });
    expect(code).toBe(EXIT.ok);
    expectMixedOutputs(stdout, stderr);
  });

  it('shows [i/n] progress when stderr is a terminal', async () => {
    const file = join(tmp, 'two.jsonl');
    await writeFile(file, `${JSON.stringify({ id: 'x', claim: CARRIED })}\n\n${JSON.stringify({ id: 'y', claim: ABSENT })}\n`);
    const { stderr } = await verify(['--batch', file], { stderrTTY: true });
    expect(stderr).toContain('[1/2] x');
    expect(stderr).toContain('[2/2] y');
    expect(stderr).toMatch(/verified 2, errors 0\n$/);
  });

  it('exits 2 for a batch file that cannot be read', async () => {
    const missing = await verify(['--batch', join(tmp, 'missing.jsonl')]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toMatch(/^error: cannot read batch file .*missing\.jsonl: ENOENT/);
    const folder = await verify(['--batch', tmp]);
    expect(folder.code).toBe(EXIT.usage);
    expect(folder.stderr).toMatch(/EISDIR/);
  });

  it('streams: the first answer is written before the next line has arrived', async () => {
    const input = new PassThrough();
    const written: string[] = [];
    let firstWritten!: () => void;
    const first = new Promise<void>((done) => (firstWritten = done));
    const out: Output = {
      write(chunk: string) {
        written.push(chunk);
        firstWritten();
        return true;
      },
    };
    const fakeVerify = async (claim: string) => ({ claim }) as unknown as Report;
    const run = runBatch(readLines(input), fakeVerify, out, capture(), { progress: false });
    input.write('{"id": 1, "claim": "one"}\n');
    const arrived = await Promise.race([first.then(() => true), new Promise((r) => setTimeout(() => r(false), 2000))]);
    expect(arrived).toBe(true);
    input.end('{"id": 2, "claim": "two"}\n');
    expect(await run).toEqual({ verified: 2, errors: 0, internal: 0 });
    expect(written).toHaveLength(2);
  });

  it('answers a line whose verification fails unexpectedly, and goes on', async () => {
    const out = capture();
    const failing = async (claim: string) => {
      if (claim === 'boom') throw new Error('index exploded');
      return { claim } as unknown as Report;
    };
    const input = Readable.from(['{"id":"1","claim":"boom"}\n{"id":"2","claim":"fine"}\n']);
    const result = await runBatch(readLines(input), failing, out, capture(), { progress: false });
    expect(result).toEqual({ verified: 1, errors: 1, internal: 1 });
    const [a, b] = out.text.trim().split('\n').map((l) => JSON.parse(l));
    expect(a).toEqual({ id: '1', error: 'line 1: internal error: index exploded' });
    expect(b.id).toBe('2');
  });
});

describe('errors', () => {
  it('maps errors to exit codes and prints a stack only under DEBUG', () => {
    const err = new Error('disk on fire');
    expect(exitCodeFor(err)).toBe(EXIT.internal);
    expect(exitCodeFor(new UsageError('x'))).toBe(EXIT.usage);
    expect(errorMessage(err, {})).toBe('error: disk on fire');
    expect(errorMessage(err, { DEBUG: '1' })).toMatch(STACK_LINE);
  });
});

describe('verify as a process', () => {
  const run = promisify(execFile);
  const spawnVerify = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'cli/verify.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', OPENAI_API_KEY: '' } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
    );

  it('prints JSON and sets the exit codes for usage and corpus errors', async () => {
    const [ok, usage, corpus] = await Promise.all([
      spawnVerify(['--json', CARRIED]),
      spawnVerify(['--top', '99', CARRIED]),
      spawnVerify(['--corpus', join(tmp, 'nope'), CARRIED]),
    ]);
    expect(ok.code).toBe(0);
    expect(jsonReport(ok.stdout).found).toBe(true);
    expect(usage.code).toBe(2);
    expect(corpus.code).toBe(3);
    expect(corpus.stderr).not.toMatch(STACK_LINE);
  });
});
