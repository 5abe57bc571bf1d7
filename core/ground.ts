/**
 * The grounding check every report passes through, whoever wrote it: each
 * quote, dispute text and hedge text must stand verbatim (up to whitespace and
 * typographic quotes) in the passage its `passageId` names, that passage must
 * be one the report lists, and every name a finding gives — speaker,
 * organisation, outlet, disputing party — must be written in that passage or
 * earlier in the same document, or be the document's publisher from its
 * metadata (see core/names.ts, the rule the LLM safety filter shares). What fails is dropped and said in a warning.
 */
import { containsFolded, foldForGrounding } from './text/fold.js';
import { nameIsSupported } from './names.js';
import type { Findings, Judgement, Mismatch, ReportPassage } from './schema.js';

export interface GroundingContext {
  /** Passages a finding may cite, by id. */
  passages: Map<string, ReportPassage>;
  /** Text of the same document before the cited passage, by passage id (for names met earlier). */
  before?: (passageId: string) => string;
}

export function isVerbatim(quote: string, passageText: string): boolean {
  const q = foldForGrounding(quote);
  return q.length > 0 && foldForGrounding(passageText).includes(q);
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}

export function groundFindings(findings: Findings, ctx: GroundingContext): { findings: Findings; warnings: string[] } {
  const warnings: string[] = [];

  const passageOf = (kind: string, passageId: string): ReportPassage | null => {
    const p = ctx.passages.get(passageId);
    if (!p) warnings.push(`dropped a ${kind} citing passage "${short(passageId)}", which is not among the report's passages`);
    return p ?? null;
  };
  const verbatim = (kind: string, text: string, p: ReportPassage): boolean => {
    if (isVerbatim(text, p.text)) return true;
    warnings.push(`dropped a ${kind} whose text is not verbatim in passage ${p.id}: "${short(text)}"`);
    return false;
  };
  const named = (kind: string, name: string | null, p: ReportPassage): boolean => {
    if (name === null || name.trim() === '') return true;
    if (nameIsSupported(name, { passage: p.text, before: ctx.before?.(p.id) ?? '', docOutlet: p.outlet })) return true;
    warnings.push(`dropped a ${kind} naming "${short(name)}", which passage ${p.id} does not mention`);
    return false;
  };

  const sources = findings.sources.filter((s) => {
    const p = passageOf('source', s.passageId);
    return p !== null && verbatim('source quote', s.quote, p) && named('source', s.outlet, p) && named('source', s.citedBy, p);
  });
  const attributions = findings.attributions
    .filter((a) => {
      const p = passageOf('attribution', a.passageId);
      return (
        p !== null &&
        verbatim('attribution quote', a.quote, p) &&
        named('attribution', a.speaker, p) &&
        named('attribution', a.organization, p)
      );
    })
    .map((a) => {
      // A role is a description, not a name: an unsupported one is cleared, not the whole finding.
      if (a.role === null) return a;
      const p = ctx.passages.get(a.passageId)!;
      const text = `${ctx.before?.(p.id) ?? ''}\n${p.text}`;
      if (a.role.split(/,\s*/).every((part) => containsFolded(text, part))) return a;
      warnings.push(`cleared the role "${short(a.role)}" of ${short(a.speaker)}: passage ${p.id} does not say it`);
      return { ...a, role: null };
    });
  const disputes = findings.disputes.filter((d) => {
    const p = passageOf('dispute', d.passageId);
    return p !== null && verbatim('dispute', d.text, p) && named('dispute', d.by, p);
  });
  const hedges = findings.hedges.filter((h) => {
    const p = passageOf('hedge', h.passageId);
    return p !== null && verbatim('hedge', h.text, p);
  });
  return { findings: { summary: findings.summary, sources, attributions, disputes, hedges }, warnings };
}

/**
 * The same check for retrieval's mismatches: the passage text must stand
 * verbatim in the passage cited, that passage among the report's, and the
 * claim text verbatim in the claim. What fails is dropped with a warning.
 */
export function groundMismatches(
  mismatches: Mismatch[],
  claim: string,
  passages: Map<string, ReportPassage>,
): { mismatches: Mismatch[]; warnings: string[] } {
  const warnings: string[] = [];
  const kept = mismatches.filter((m) => {
    const p = passages.get(m.passageId);
    if (!p) warnings.push(`dropped a difference citing passage "${short(m.passageId)}", which is not among the report's passages`);
    else if (!isVerbatim(m.passageText, p.text)) warnings.push(`dropped a difference whose text is not verbatim in passage ${p.id}: "${short(m.passageText)}"`);
    else if (!isVerbatim(m.claimText, claim)) warnings.push(`dropped a difference whose claim text is not in the claim: "${short(m.claimText)}"`);
    else return true;
    return false;
  });
  return { mismatches: kept, warnings };
}

/** The same check for an analyser's per-passage readings: the quote verbatim in a listed passage, one reading a passage. */
export function groundJudgements(
  judgements: Judgement[],
  passages: Map<string, ReportPassage>,
): { judgements: Judgement[]; warnings: string[] } {
  const warnings: string[] = [];
  const judged = new Set<string>();
  const kept = judgements.filter((j) => {
    const p = passages.get(j.passageId);
    if (!p) warnings.push(`dropped a reading citing passage "${short(j.passageId)}", which is not among the report's passages`);
    else if (!isVerbatim(j.quote, p.text)) warnings.push(`dropped a reading whose quote is not verbatim in passage ${p.id}: "${short(j.quote)}"`);
    // One reading a passage: the first that stands.
    else if (!judged.has(p.id)) {
      judged.add(p.id);
      return true;
    }
    return false;
  });
  return { judgements: kept, warnings };
}
