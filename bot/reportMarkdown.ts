/**
 * The whole report as a Markdown file: attached when the report does not fit
 * in Discord's limits, so nothing is lost. Same wording rule as the embeds:
 * the claim is reported, never asserted.
 */
import type { Report } from '../core/schema.js';
import type { CaseStatus } from './cases.js';
import { noteLines } from './notes.js';

const quote = (text: string) =>
  text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

export function renderReportMarkdown(report: Report, kase: { id: number; status: CaseStatus }): string {
  const out: string[] = [];
  const outletOf = (id: string) => report.passages.find((p) => p.id === id)?.outlet;
  const cite = (id: string) => `\`${id}\`${outletOf(id) ? ` · ${outletOf(id)}` : ''}`;
  out.push(`# Case #${kase.id} — ${report.found ? 'carried by the corpus' : 'not found in the corpus'}`, '');
  out.push(`Status: ${kase.status} · analyser: ${report.analyser}`, '');
  out.push('## Claim submitted for verification', '', 'As pasted; this report says where the claim is carried, not whether it is true.', '', quote(report.claim), '');
  if (report.summary) out.push('## Summary', '', report.summary, '');
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(`## ${title}`, '', ...lines);
  };
  section('Carried by', report.sources.flatMap((s) => [quote(s.quote), '', `— carried by **${s.outlet}**${s.role === 'cited' ? ` (cited${s.citedBy ? ` by ${s.citedBy}` : ''})` : ''} · ${cite(s.passageId)}`, '']));
  section('Attributed to', report.attributions.flatMap((a) => [quote(a.quote), '', `— attributed to **${a.speaker}**${[a.role, a.organization].filter(Boolean).length ? ` (${[a.role, a.organization].filter(Boolean).join(', ')})` : ''}, ${a.kind} · ${cite(a.passageId)}`, '']));
  section('Disputed in the corpus', report.disputes.flatMap((d) => [quote(d.text), '', `— disputed${d.by ? ` by **${d.by}**` : ''} · ${cite(d.passageId)}`, '']));
  section('Hedged', report.hedges.flatMap((h) => [quote(h.text), '', `— ${cite(h.passageId)}`, '']));
  section('Differs from the claim', (report.mismatches ?? []).map((m) => `- claim “${m.claimText}” · passage “${m.passageText}” · ${cite(m.passageId)}`).concat(report.mismatches?.length ? [''] : []));
  section("Model's reading", (report.judgements ?? []).flatMap((j) => [quote(j.quote), '', `— ${j.verdict} · ${cite(j.passageId)}`, '']));
  section(
    report.found ? 'Passages ranked for this claim' : 'Nearest passages (they do not carry the claim)',
    report.passages.flatMap((p) => [`### ${p.id}${p.outlet ? ` · ${p.outlet}` : ''}`, '', [p.title && `“${p.title}”`, p.date, `score ${p.score}`].filter(Boolean).join(' · '), '', quote(p.text), '']),
  );
  section('Notes', noteLines(report.warnings).map((w) => `- ${w}`));
  return `${out.join('\n').trimEnd()}\n`;
}
