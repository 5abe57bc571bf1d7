/**
 * Scoring reports against labelled claims. Pure functions over a label and a
 * report, so each metric can be checked on a hand-made report. Matching is
 * folded (case, accents, quotes, whitespace: `foldKey`), and quotes are checked
 * with the grounding rule the reports themselves pass (`isVerbatim`).
 */
import { isVerbatim } from '../core/ground.js';
import { foldKey } from '../core/text/fold.js';
import type { Report, ReportPassage } from '../core/schema.js';
import type { Label } from './labels.js';

/** Passages eval retrieves per claim: recall@5 needs five. */
export const EVAL_TOP = 5;

/** One labelled claim run through verify: a report, or the error it raised. */
export interface ClaimRun {
  label: Label;
  report: Report | null;
  error: string | null;
  latencyMs: number;
}

export interface ClaimScore {
  id: string;
  labelledFound: boolean;
  /** Scored for retrieval: labelled found with evidence strings. */
  retrievalScored: boolean;
  /** 1-based rank of the first retrieved passage holding any evidence string; null when none does. */
  evidenceRank: number | null;
  foundCorrect: boolean;
  expected: { speakers: number; outlets: number; disputes: number; hedges: number };
  missed: { speakers: string[]; outlets: string[]; disputes: string[]; hedges: string[] };
  /** Distinct speakers and outlets the report names (for precision). */
  reported: { speakers: number; outlets: number };
  /** Reported speakers and outlets that match nothing the label expects. */
  wrong: { speakers: string[]; outlets: string[] };
  /** Forbidden outlets the report names anyway. */
  forbidden: string[];
  findings: number;
  /** Quotes, dispute and hedge texts not verbatim in the passage they cite. */
  ungrounded: string[];
  topPassages: string[];
  error: string | null;
  latencyMs: number;
}

/** A share and what it is a share of; `value` is null when there is nothing to measure. */
export interface Ratio {
  value: number | null;
  over: number;
}

export interface Metrics {
  claims: number;
  labelledFound: number;
  labelledNotFound: number;
  errors: number;
  recallAt1: Ratio;
  recallAt5: Ratio;
  mrr: Ratio;
  foundAccuracy: Ratio;
  speakers: Ratio;
  outlets: Ratio;
  /** Reported speakers (outlets) that the label expects, over all reported: a wrong name misleads a desk. */
  speakerPrecision: Ratio;
  outletPrecision: Ratio;
  disputes: Ratio;
  hedges: Ratio;
  grounded: Ratio;
  forbiddenOutlets: number;
  latencyP50Ms: number | null;
}

/** The passages retrieval ranked, best first; context passages (score 0, appended because a finding cites them) are not ranked. */
export function rankedPassages(report: Report): ReportPassage[] {
  return report.passages.filter((p) => p.score > 0);
}

const within = (haystack: string | null, needle: string): boolean => {
  const n = foldKey(needle);
  return haystack !== null && n.length > 0 && foldKey(haystack).includes(n);
};

/** 1-based rank of the first ranked passage that holds any of the evidence strings, or null. */
export function evidenceRank(report: Report, evidence: string[]): number | null {
  const index = rankedPassages(report).findIndex((p) => evidence.some((e) => within(p.text, e)));
  return index < 0 ? null : index + 1;
}

/** Either string contains the other, folded; a contained side must be at least 3 characters so "de" matches nothing. */
function overlaps(a: string | null, b: string): boolean {
  if (a === null) return false;
  const [x, y] = [foldKey(a), foldKey(b)];
  return (y.length >= 3 && x.includes(y)) || (x.length >= 3 && y.includes(x));
}

export function missedSpeakers(report: Report, expected: string[]): string[] {
  return expected.filter((s) => !report.attributions.some((a) => overlaps(a.speaker, s) || overlaps(a.organization, s)));
}

export function missedOutlets(report: Report, expected: string[]): string[] {
  return expected.filter((o) => !report.sources.some((s) => within(s.outlet, o) || within(s.citedBy, o)));
}

const distinct = (names: (string | null)[]): string[] => {
  const seen = new Map<string, string>();
  for (const n of names) if (n !== null && foldKey(n).length > 0 && !seen.has(foldKey(n))) seen.set(foldKey(n), n);
  return [...seen.values()];
};

/** Distinct speakers the report names (an attribution's speaker, else its organisation). */
export function reportedSpeakers(report: Report): string[] {
  return distinct(report.attributions.map((a) => a.speaker || a.organization));
}

/** Reported speakers that are none of the expected ones (nor their organisation). */
export function wrongSpeakers(report: Report, expected: string[]): string[] {
  const orgOf = new Map(report.attributions.map((a) => [foldKey(a.speaker || a.organization || ''), a.organization]));
  return reportedSpeakers(report).filter(
    (name) => !expected.some((e) => overlaps(name, e) || overlaps(orgOf.get(foldKey(name)) ?? null, e)),
  );
}

/** Distinct outlets the report names as a source. */
export function reportedOutlets(report: Report): string[] {
  return distinct(report.sources.map((s) => s.outlet));
}

export function wrongOutlets(report: Report, expected: string[]): string[] {
  return reportedOutlets(report).filter((o) => !expected.some((e) => within(o, e) || within(e, o)));
}

export function missedDisputes(report: Report, expected: string[]): string[] {
  return expected.filter((d) => !report.disputes.some((x) => overlaps(x.text, d)));
}

export function missedHedges(report: Report, expected: string[]): string[] {
  return expected.filter((h) => !report.hedges.some((x) => within(x.text, h)));
}

/** Forbidden outlets named by any source (outlet, citedBy) or attribution (speaker, organization). */
export function forbiddenOutlets(report: Report, forbid: string[]): string[] {
  const names = [
    ...report.sources.flatMap((s) => [s.outlet, s.citedBy]),
    ...report.attributions.flatMap((a) => [a.speaker, a.organization]),
  ];
  return forbid.filter((f) => names.some((n) => within(n, f)));
}

/** Every quoted text of a report with the passage it cites. */
export function citedTexts(report: Report): { text: string; passageId: string }[] {
  return [
    ...report.sources.map((s) => ({ text: s.quote, passageId: s.passageId })),
    ...report.attributions.map((a) => ({ text: a.quote, passageId: a.passageId })),
    ...report.disputes.map((d) => ({ text: d.text, passageId: d.passageId })),
    ...report.hedges.map((h) => ({ text: h.text, passageId: h.passageId })),
  ];
}

/** The cited texts that are not verbatim in the report passage they name (or name a passage the report lacks). */
export function ungroundedTexts(report: Report): string[] {
  const byId = new Map(report.passages.map((p) => [p.id, p.text]));
  return citedTexts(report)
    .filter(({ text, passageId }) => {
      const passage = byId.get(passageId);
      return passage === undefined || !isVerbatim(text, passage);
    })
    .map(({ text }) => text);
}

export function scoreClaim(run: ClaimRun): ClaimScore {
  const { label, report } = run;
  const expected = {
    speakers: label.speakers.length,
    outlets: label.outlets.length,
    disputes: label.disputes.length,
    hedges: label.hedges.length,
  };
  const base = {
    id: label.id,
    labelledFound: label.found,
    retrievalScored: label.found && label.evidence.length > 0,
    expected,
    error: run.error,
    latencyMs: run.latencyMs,
  };
  if (report === null) {
    const { speakers, outlets, disputes, hedges } = label;
    return {
      ...base,
      evidenceRank: null,
      foundCorrect: false,
      missed: { speakers, outlets, disputes, hedges },
      reported: { speakers: 0, outlets: 0 },
      wrong: { speakers: [], outlets: [] },
      forbidden: [],
      findings: 0,
      ungrounded: [],
      topPassages: [],
    };
  }
  return {
    ...base,
    evidenceRank: label.evidence.length > 0 ? evidenceRank(report, label.evidence) : null,
    foundCorrect: report.found === label.found,
    missed: {
      speakers: missedSpeakers(report, label.speakers),
      outlets: missedOutlets(report, label.outlets),
      disputes: missedDisputes(report, label.disputes),
      hedges: missedHedges(report, label.hedges),
    },
    reported: { speakers: reportedSpeakers(report).length, outlets: reportedOutlets(report).length },
    wrong: { speakers: wrongSpeakers(report, label.speakers), outlets: wrongOutlets(report, label.outlets) },
    forbidden: forbiddenOutlets(report, label.forbidOutlets),
    findings: citedTexts(report).length,
    ungrounded: ungroundedTexts(report),
    topPassages: rankedPassages(report).slice(0, 3).map((p) => p.id),
  };
}

function ratio(hits: number, over: number): Ratio {
  return { value: over > 0 ? hits / over : null, over };
}

/** The median (p50), or null for no values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Micro-averaged recall of one finding kind: matched expected items over all expected items. */
function findingRecall(scores: ClaimScore[], kind: keyof ClaimScore['missed']): Ratio {
  const expected = sum(scores.map((s) => s.expected[kind]));
  return ratio(expected - sum(scores.map((s) => s.missed[kind].length)), expected);
}

/** Micro-averaged precision: reported names the label expects over all reported names. */
function findingPrecision(scores: ClaimScore[], kind: keyof ClaimScore['wrong']): Ratio {
  const reported = sum(scores.map((s) => s.reported[kind]));
  return ratio(reported - sum(scores.map((s) => s.wrong[kind].length)), reported);
}

export function summarise(scores: ClaimScore[]): Metrics {
  const retrieval = scores.filter((s) => s.retrievalScored);
  const hitAt = (k: number) => retrieval.filter((s) => s.evidenceRank !== null && s.evidenceRank <= k).length;
  const findings = sum(scores.map((s) => s.findings));
  const labelledFound = scores.filter((s) => s.labelledFound).length;
  return {
    claims: scores.length,
    labelledFound,
    labelledNotFound: scores.length - labelledFound,
    errors: scores.filter((s) => s.error !== null).length,
    recallAt1: ratio(hitAt(1), retrieval.length),
    recallAt5: ratio(hitAt(5), retrieval.length),
    mrr: ratio(sum(retrieval.map((s) => (s.evidenceRank ? 1 / s.evidenceRank : 0))), retrieval.length),
    foundAccuracy: ratio(scores.filter((s) => s.foundCorrect).length, scores.length),
    speakers: findingRecall(scores, 'speakers'),
    outlets: findingRecall(scores, 'outlets'),
    speakerPrecision: findingPrecision(scores, 'speakers'),
    outletPrecision: findingPrecision(scores, 'outlets'),
    disputes: findingRecall(scores, 'disputes'),
    hedges: findingRecall(scores, 'hedges'),
    grounded: ratio(findings - sum(scores.map((s) => s.ungrounded.length)), findings),
    forbiddenOutlets: sum(scores.map((s) => s.forbidden.length)),
    latencyP50Ms: median(scores.map((s) => s.latencyMs)),
  };
}
