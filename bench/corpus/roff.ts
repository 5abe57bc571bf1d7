/**
 * Man pages (man(7) roff source) to blocks: a small converter instead of
 * rendering 3 000 pages through groff. Requests that start a paragraph break
 * it; font macros keep their words; no-fill regions (.nf/.EX: examples),
 * tables (.TS) and equations are dropped, as are macro definitions.
 */
import { squash, type Block, type Page } from './blocks.js';

const NAMED_CHARS: Record<string, string> = {
  em: '—', en: '–', aq: "'", dq: '"', lq: '“', rq: '”', oq: '‘', cq: '’', bu: '•', co: '©', rg: '®', tm: '™',
  hy: '-', mi: '-', ti: '~', ha: '^', rs: '\\', sl: '/', lB: '[', rB: ']', lC: '{', rC: '}', Fo: '«', Fc: '»',
  fo: '‹', fc: '›', 'r!': '¡', 'r?': '¿', de: '°', ga: '`', aa: '´', ps: '¶', sc: '§', mu: '×', di: '÷',
  '->': '→', '<-': '←', '>=': '≥', '<=': '≤', '!=': '≠', pl: '+', eq: '=', or: '|', ba: '|', nbsp: ' ',
  "'e": 'é', '`e': 'è', '^e': 'ê', '`a': 'à', '^a': 'â', ',c': 'ç', '^o': 'ô', '^i': 'î', ':i': 'ï', '`u': 'ù',
};
const STRINGS: Record<string, string> = { lq: '“', rq: '”', R: '®', Tm: '™', '': '' };

function namedChar(name: string): string {
  if (/^u[0-9A-F]{4,6}$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(1), 16));
  return NAMED_CHARS[name] ?? '';
}

/** Resolves roff escapes in one line of text. */
export function unescapeRoff(line: string): string {
  return line
    .replace(/\\\\/g, '\u0002')
    .replace(/\\f(?:\[[^\]]*\]|\([A-Za-z]{2}|[A-Za-z0-9])/g, '')
    .replace(/\\s[-+]?(?:\d|\[\d+\]|\(\d\d)/g, '')
    .replace(/\\\*(?:\[([^\]]*)\]|\(([^)]{2})|(.))/g, (_m, a?: string, b?: string, c?: string) => STRINGS[a ?? b ?? c ?? ''] ?? '')
    .replace(/\\\(([^)\s]{2})/g, (_m, n: string) => namedChar(n))
    .replace(/\\\[([^\]]*)\]/g, (_m, n: string) => namedChar(n))
    .replace(/\\[nk](?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\[hvwlLoxbDNRSXYZ]'[^']*'/g, '')
    .replace(/\\[-]/g, '-')
    .replace(/\\[ ~0]/g, ' ')
    .replace(/\\e/g, '\\')
    .replace(/\\[&|^%:c!{}acdprtuz]/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\u0002/g, '\\');
}

/** Splits macro arguments, honouring double quotes. */
function macroArgs(rest: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"]|"")*)"?|(\S+)/g;
  for (const m of rest.matchAll(re)) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
  return out;
}

const BREAKS = new Set(['PP', 'LP', 'P', 'TP', 'IP', 'HP', 'sp', 'br', 'RS', 'RE', 'in', 'ti', 'TQ', 'bp', 'ne', 'SY', 'YS', 'OP']);
const FONT_MACROS = new Set(['B', 'I', 'SM', 'SB', 'BI', 'BR', 'IB', 'IR', 'RB', 'RI']);
const SKIP_UNTIL: Record<string, RegExp> = {
  nf: /^[.']\s*fi\b/, EX: /^[.']\s*EE\b/, TS: /^[.']\s*TE\b/, EQ: /^[.']\s*EN\b/, de: /^[.']\s*\.\s*$/,
  ig: /^[.']\s*\.\s*$/, PS: /^[.']\s*PE\b/,
};

export function roffToPage(src: string, fallbackTitle: string): Page | null {
  if (/^\.so\s/m.test(src.slice(0, 200)) && src.split('\n').filter((l) => l.trim()).length < 4) return null;
  const blocks: Block[] = [];
  let title = fallbackTitle;
  let para: string[] = [];
  let skipUntil: RegExp | null = null;
  let headingNext = false;
  let tagNext = false;
  const flush = () => {
    const text = squash(para.join(' '));
    if (text) blocks.push({ kind: 'para', text });
    para = [];
  };
  for (const raw of src.split('\n')) {
    if (skipUntil) {
      if (skipUntil.test(raw)) skipUntil = null;
      continue;
    }
    const req = /^[.']\s*([A-Za-z]{1,3}|\\")\s?(.*)$/.exec(raw);
    if (!req && /^[.']/.test(raw)) continue;
    if (req) {
      const [, name, rest = ''] = req;
      if (name === '\\"') continue;
      const until = SKIP_UNTIL[name!];
      if (until) {
        flush();
        skipUntil = until;
        continue;
      }
      if (name === 'TH') {
        const [n, sec] = macroArgs(rest);
        if (n) title = `${unescapeRoff(n)}${sec ? `(${unescapeRoff(sec)})` : ''}`;
        continue;
      }
      if (name === 'SH' || name === 'SS') {
        flush();
        const text = squash(unescapeRoff(macroArgs(rest).join(' ')));
        if (text) blocks.push({ kind: 'heading', text });
        else headingNext = true;
        continue;
      }
      if (BREAKS.has(name!)) {
        flush();
        tagNext = name === 'TP' || name === 'TQ';
        continue;
      }
      if (FONT_MACROS.has(name!)) {
        const args = macroArgs(rest);
        const joiner = name!.length === 2 && name !== 'SM' && name !== 'SB' ? '' : ' ';
        para.push(unescapeRoff(args.join(joiner)));
        if (tagNext) (flush(), (tagNext = false));
        continue;
      }
      if (name === 'UR' || name === 'MT' || name === 'UE' || name === 'ME') {
        if (name === 'UE' || name === 'ME') para.push(unescapeRoff(rest));
        continue;
      }
      continue; // any other request: layout, registers, conditionals
    }
    const text = unescapeRoff(raw);
    if (headingNext) {
      const heading = squash(text);
      if (heading) blocks.push({ kind: 'heading', text: heading });
      headingNext = false;
      continue;
    }
    if (!raw.trim()) {
      flush();
      continue;
    }
    para.push(text);
    // The line after .TP is the tag (usually an option): a block of its own.
    if (tagNext) (flush(), (tagNext = false));
  }
  flush();
  return { title, blocks };
}
