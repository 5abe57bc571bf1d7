/**
 * `npm run eval:ud -- [--ud DIR] [--json] [--misses FILE]`: speaker recall and
 * precision of the offline analyser on reporting verbs of the Universal
 * Dependencies treebanks (real French and English sentences nobody on this
 * project wrote), per language; named subjects apart from pronouns, which a
 * sentence read alone cannot resolve. The treebanks are read from ../shared/ud
 * and never shipped; without them the script says so and exits 0.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu, type UdSentence } from './ud/conllu.js';
import { controlSentences, speakerExamples, type UdLang } from './ud/speakerSet.js';
import { falseSpeakerRate, scoreExamples, type SpeakerScore } from './ud/score.js';
import { isEntryPoint } from './io.js';

export const DEFAULT_UD_DIR = resolve(import.meta.dirname, '../../shared/ud');
const CONTROL_SIZE = 500;

/** Every .conllu file of the treebank folders of one language ("fr-gsd", "fr-sequoia", "en-gum"). */
export function readTreebanks(dir: string, lang: UdLang): UdSentence[] {
  return readdirSync(dir)
    .filter((d) => d.startsWith(`${lang}-`))
    .flatMap((d) =>
      readdirSync(join(dir, d))
        .filter((f) => f.endsWith('.conllu'))
        .flatMap((f) => parseConllu(readFileSync(join(dir, d, f), 'utf8'))),
    );
}

export interface UdLangResult {
  lang: UdLang;
  named: SpeakerScore;
  all: SpeakerScore;
  falseSpeakersPer100: number;
}

export function evaluateUd(dir: string, missesFile?: string): UdLangResult[] {
  const results: UdLangResult[] = [];
  const allMisses: unknown[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const sentences = readTreebanks(dir, lang);
    const examples = speakerExamples(sentences, lang);
    const named = scoreExamples(examples.filter((e) => !e.pronoun));
    const all = scoreExamples(examples);
    allMisses.push(...named.misses.map((m) => ({ lang, ...m })));
    results.push({ lang, named: named.score, all: all.score, falseSpeakersPer100: falseSpeakerRate(controlSentences(sentences, lang, CONTROL_SIZE)) });
  }
  if (missesFile) writeFileSync(missesFile, allMisses.map((m) => JSON.stringify(m)).join('\n') + '\n');
  return results;
}

function renderTable(results: UdLangResult[]): string {
  const row = (lang: string, set: string, s: SpeakerScore) =>
    `${lang.padEnd(5)}${set.padEnd(8)}${String(s.examples).padStart(9)}${s.recall.toFixed(2).padStart(8)}${s.precision.toFixed(2).padStart(11)}`;
  const lines = [`${'lang'.padEnd(5)}${'subject'.padEnd(8)}${'examples'.padStart(9)}${'recall'.padStart(8)}${'precision'.padStart(11)}`];
  for (const r of results) lines.push(row(r.lang, 'named', r.named), row(r.lang, 'all', r.all));
  lines.push('', ...results.map((r) => `${r.lang}: ${r.falseSpeakersPer100} speakers reported per 100 sentences with no verb of saying`));
  return lines.join('\n');
}

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { ud: { type: 'string' }, json: { type: 'boolean', default: false }, misses: { type: 'string' } } });
  const dir = resolve(values.ud ?? DEFAULT_UD_DIR);
  if (!existsSync(dir)) {
    process.stdout.write(`skipped: no Universal Dependencies treebanks at ${dir} (give --ud DIR)\n`);
    return 0;
  }
  const results = evaluateUd(dir, values.misses);
  process.stdout.write(values.json ? `${JSON.stringify(results)}\n` : `${renderTable(results)}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
