/**
 * Eval results as text: a metrics table, the misses per claim, and three
 * summary lines last (a hook reads them with `tail -n 3`, so they stay last
 * and keep their `key=value` shape).
 */
import type { ClaimScore, Metrics, Ratio } from './metrics.js';

const fmt = (r: Ratio): string => (r.value === null ? 'n/a' : r.value.toFixed(2));
const short = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
};

export function summaryLines(m: Metrics): string[] {
  return [
    `retrieval: recall@1=${fmt(m.recallAt1)} recall@5=${fmt(m.recallAt5)} mrr=${fmt(m.mrr)} found_acc=${fmt(m.foundAccuracy)}`,
    `analysis: speakers=${fmt(m.speakers)} speaker_precision=${fmt(m.speakerPrecision)} outlets=${fmt(m.outlets)} outlet_precision=${fmt(m.outletPrecision)} disputes=${fmt(m.disputes)} hedges=${fmt(m.hedges)} grounded=${fmt(m.grounded)}`,
    `claims: ${m.claims} (${m.labelledFound} found, ${m.labelledNotFound} not found) forbidden_outlets=${m.forbiddenOutlets}` +
      ` errors=${m.errors} p50_ms=${m.latencyP50Ms === null ? 'n/a' : Math.round(m.latencyP50Ms)}`,
  ];
}

export function metricsTable(m: Metrics): string[] {
  const rows: [string, string, string][] = [
    ['recall@1', fmt(m.recallAt1), `${m.recallAt1.over} found claims with evidence`],
    ['recall@5', fmt(m.recallAt5), `${m.recallAt5.over} found claims with evidence`],
    ['mrr', fmt(m.mrr), `${m.mrr.over} found claims with evidence`],
    ['found accuracy', fmt(m.foundAccuracy), `${m.foundAccuracy.over} claims`],
    ['speakers', fmt(m.speakers), `${m.speakers.over} expected speakers`],
    ['speaker precision', fmt(m.speakerPrecision), `${m.speakerPrecision.over} reported speakers`],
    ['outlets', fmt(m.outlets), `${m.outlets.over} expected outlets`],
    ['outlet precision', fmt(m.outletPrecision), `${m.outletPrecision.over} reported outlets`],
    ['disputes', fmt(m.disputes), `${m.disputes.over} expected disputes`],
    ['hedges', fmt(m.hedges), `${m.hedges.over} expected hedges`],
    ['grounded', fmt(m.grounded), `${m.grounded.over} quoted texts in reports`],
    ['forbidden outlets', String(m.forbiddenOutlets), 'named despite the label'],
    ['latency p50', m.latencyP50Ms === null ? 'n/a' : `${m.latencyP50Ms.toFixed(1)} ms`, `${m.claims} claims`],
  ];
  return [
    `${'metric'.padEnd(18)} ${'value'.padEnd(9)} over`,
    ...rows.map(([name, value, over]) => `${name.padEnd(18)} ${value.padEnd(9)} ${over}`),
  ];
}

/** What a claim missed, one phrase each; empty when it missed nothing. */
export function missesOf(s: ClaimScore): string[] {
  const out: string[] = [];
  if (s.error !== null) out.push(`error: ${s.error}`);
  if (s.retrievalScored && s.evidenceRank === null) out.push('evidence not in the ranked passages');
  else if (s.retrievalScored && s.evidenceRank! > 1) out.push(`evidence first at rank ${s.evidenceRank}`);
  if (!s.foundCorrect && s.error === null) out.push(`found=${!s.labelledFound}, labelled ${s.labelledFound}`);
  for (const kind of ['speakers', 'outlets', 'disputes', 'hedges'] as const) {
    for (const item of s.missed[kind]) out.push(`${kind.slice(0, -1)} "${short(item)}"`);
  }
  for (const name of s.wrong.speakers) out.push(`speaker not expected "${short(name)}"`);
  for (const name of s.wrong.outlets) out.push(`outlet not expected "${short(name)}"`);
  for (const outlet of s.forbidden) out.push(`names forbidden outlet "${outlet}"`);
  for (const text of s.ungrounded) out.push(`not verbatim in its passage: "${short(text)}"`);
  return out;
}

export function renderEvalText(m: Metrics, scores: ClaimScore[]): string {
  const lines = metricsTable(m);
  const missed = scores.map((s) => ({ s, misses: missesOf(s) })).filter((x) => x.misses.length > 0);
  lines.push('', missed.length === 0 ? 'Misses: none' : `Misses (${missed.length} claims):`);
  for (const { s, misses } of missed) {
    lines.push(`  ${s.id}: ${misses.join('; ')}`);
    lines.push(`      top passages: ${s.topPassages.length > 0 ? s.topPassages.join(', ') : 'none'}`);
  }
  lines.push('', ...summaryLines(m));
  return `${lines.join('\n')}\n`;
}
