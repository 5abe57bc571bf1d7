/**
 * A one-paragraph reading of the findings. It describes where the claim is
 * carried and how it is sourced; it never says the claim is true.
 */
import type { Findings, Mismatch, ReportPassage } from '../schema.js';

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

/** Mismatches worth naming in a summary: the first few, one per passage and claim text. */
const MAX_MISMATCHES_SAID = 2;

/**
 * Why nothing carries the claim. When the nearest passages say nearly the same
 * with a difference (another number, the opposite outcome, another actor), the
 * difference is said, quoted from both sides; it reports what the corpus says,
 * not which side is right.
 */
export function notFoundSummary(passageCount: number, mismatches: Mismatch[]): string {
  if (mismatches.length > 0) {
    const said = mismatches.slice(0, MAX_MISMATCHES_SAID).map(
      (m, i) => `${i === 0 ? 'the nearest passage' : 'another'} gives "${m.passageText}" where the claim says "${m.claimText}" (passage ${m.passageId})`,
    );
    const more = mismatches.length > MAX_MISMATCHES_SAID ? ` ${mismatches.length - MAX_MISMATCHES_SAID} more difference${mismatches.length - MAX_MISMATCHES_SAID === 1 ? '' : 's'} are listed.` : '';
    const first = said.join('; ');
    return `No passage in the corpus carries this claim as stated: ${first}.${more} The nearest passages are listed for reference only.`;
  }
  return passageCount > 0
    ? 'No passage in the corpus carries this claim; the nearest passages are listed for reference only.'
    : 'No passage in the corpus carries this claim, and none comes close.';
}
