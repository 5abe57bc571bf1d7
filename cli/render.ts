/**
 * A report as text for a terminal. Pure: the report in, a string out; colour is
 * the caller's decision. It says where a claim stands in the corpus, never
 * whether the claim is true.
 */
import { createColors } from 'picocolors';
import { foldKey } from '../core/text/fold.js';
import type { Attribution, Dispute, Hedge, Judgement, Mismatch, Report, ReportPassage, Source } from '../core/schema.js';

export interface RenderOptions {
  color: boolean;
  /** Line width for wrapped text: default 80, kept within 40..100. */
  width?: number;
}

// Control characters (bar newline and tab) and bidi overrides: corpus and claim
// text must not move the cursor, change colours or reverse the line it sits on.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE_RE, '');
}

/** Wraps text to `width` columns; every line starts with `indent`, the first with `first`. */
export function wrap(text: string, width: number, indent: string, first = indent): string {
  const words = printable(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const lead = lines.length === 0 ? first : indent;
    if (line && lead.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? first : indent) + l).join('\n');
}

const quoted = (text: string): string => `“${printable(text).replace(/\s+/g, ' ').trim()}”`;

export function renderReportText(report: Report, options: RenderOptions): string {
  const c = createColors(options.color);
  const width = Math.min(100, Math.max(40, options.width ?? 80));
  const out: string[] = [];
  const field = (name: string, value: string) => out.push(`${c.bold(name.padEnd(9))} ${printable(value)}`);
  const section = <T>(title: string, items: T[], render: (item: T, index: number) => string) => {
    out.push('', c.bold(c.underline(`${title} (${items.length})`)));
    if (items.length === 0) out.push(c.dim('  none'));
    items.forEach((item, i) => out.push(render(item, i)));
  };
  const cite = (passageId: string) => c.dim(`[${printable(passageId)}]`);
  const citedQuote = (text: string, passageId: string, first = '    ') =>
    `${wrap(quoted(text), width, '    ', first)} ${cite(passageId)}`;

  field('Claim:', report.claim);
  field('Language:', report.lang);
  out.push(
    `${c.bold('Result:'.padEnd(9))} ${
      report.found
        ? `${c.green(c.bold('FOUND'))} — passages in the corpus carry this claim (where it is said, not whether it is true)`
        : `${c.yellow(c.bold('NOT FOUND'))} — no passage in the corpus carries this claim`
    }`,
  );
  if (report.summary) out.push(`${c.bold('Summary:')}\n${wrap(report.summary, width, '  ')}`);
  if (report.llm) field('Analyser:', `${report.analyser} (${report.llm.model}, ${report.llm.latencyMs} ms)`);

  // Shown only when there are some: most reports have none, and "none" would read as a check that passed.
  if (report.mismatches.length > 0) {
    section('Differs from the claim', report.mismatches, (m: Mismatch) =>
      `  - claim ${c.bold(quoted(m.claimText))}, passage ${c.bold(quoted(m.passageText))} ${cite(m.passageId)}`,
    );
  }
  const readings = report.judgements ?? [];
  if (readings.length > 0) {
    section("Model's reading", readings, (j: Judgement) => `  - ${c.bold(j.verdict)} ${cite(j.passageId)}\n${citedQuote(j.quote, j.passageId)}`);
  }
  section('Passages', report.passages, (p: ReportPassage, i) => {
    const where = [p.outlet ?? 'unknown outlet', p.date ?? 'no date'].map(printable).join(' · ');
    const rank = p.score > 0 ? `${i + 1}.` : 'ctx';
    const score = p.score > 0 ? `score ${p.score}` : 'context, cited by a finding';
    return `  ${c.bold(rank.padEnd(3))} ${c.cyan(printable(p.id))}  ${where}  ${c.dim(score)}\n${wrap(p.text, width, '      ')}`;
  });
  section('Sources', report.sources, (s: Source) => {
    const via = s.citedBy ? `, cited by ${printable(s.citedBy)}` : '';
    return `  - ${c.bold(printable(s.outlet))} (${s.role}${via})\n${citedQuote(s.quote, s.passageId)}`;
  });
  section('Attributions', report.attributions, (a: Attribution) => {
    // An organization that merely repeats the speaker ("Washington — Washington") says nothing.
    const org = a.organization && foldKey(a.organization) !== foldKey(a.speaker) ? a.organization : null;
    const who = [a.role, org].filter((x): x is string => !!x).map(printable).join(', ');
    return `  - ${c.bold(printable(a.speaker))}${who ? ` — ${who}` : ''} (${a.kind})\n${citedQuote(a.quote, a.passageId)}`;
  });
  section('Disputes', report.disputes, (d: Dispute) => {
    return `  - ${d.by ? `by ${c.bold(printable(d.by))}` : 'by an unnamed party'}\n${citedQuote(d.text, d.passageId)}`;
  });
  section('Hedges', report.hedges, (h: Hedge) => citedQuote(h.text, h.passageId, '  - '));
  section('Warnings', report.warnings, (w: string) => c.yellow(wrap(w, width, '    ', '  ! ')));
  return `${out.join('\n')}\n`;
}
