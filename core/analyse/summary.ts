/**
 * A one-paragraph reading of the findings. It describes where the claim is
 * carried and how it is sourced; it never says the claim is true.
 */
import type { Findings, ReportPassage } from '../schema.js';

function list(items: string[], max = 4): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, max).join(', ');
  return unique.length > max ? `${shown} and ${unique.length - max} more` : shown;
}

export function summarise(f: Findings, passages: ReportPassage[]): string {
  const docs = new Set(passages.map((p) => p.docId)).size;
  const parts: string[] = [
    `The claim is carried by ${passages.length} passage${passages.length === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'}.`,
  ];
  const publishers = f.sources.filter((s) => s.role === 'publisher').map((s) => s.outlet);
  const cited = f.sources.filter((s) => s.role === 'cited').map((s) => (s.citedBy ? `${s.outlet} (cited by ${s.citedBy})` : s.outlet));
  if (publishers.length) parts.push(`Published by ${list(publishers)}.`);
  if (cited.length) parts.push(`Sources cited: ${list(cited)}.`);
  if (!publishers.length && !cited.length) parts.push('No outlet is named for it.');
  const named = f.attributions.filter((a) => a.kind !== 'vague').map((a) => a.speaker);
  const vague = f.attributions.filter((a) => a.kind === 'vague').map((a) => a.speaker);
  if (named.length) parts.push(`Attributed to ${list(named)}.`);
  if (vague.length) parts.push(`Vague attribution: ${list(vague)}.`);
  if (f.disputes.length) {
    const by = f.disputes.map((d) => d.by).filter((b): b is string => !!b);
    parts.push(`Contested in ${f.disputes.length} statement${f.disputes.length === 1 ? '' : 's'}${by.length ? ` (by ${list(by)})` : ''}.`);
  }
  if (f.hedges.length) parts.push(`Hedged: ${list(f.hedges.map((h) => `"${h.text}"`), 3)}.`);
  parts.push('This reports how the corpus sources the claim, not whether it is true.');
  return parts.join(' ');
}
