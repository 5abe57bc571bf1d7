/**
 * corpus → retrieve → analyse → ground → report. The one entry point the CLI,
 * the bot and the tests share; it knows nothing of Discord or the network
 * (an LLM analyser, when given, brings its own client).
 */
import { detectLang } from './lang.js';
import { buildConcepts } from './retrieve/query.js';
import { rankPassages, type Hit } from './retrieve/search.js';
import { decideFound } from './retrieve/found.js';
import { createAligner, type Alignment } from './retrieve/align.js';
import { groundFindings, groundMismatches } from './ground.js';
import { notFoundSummary, summarise } from './analyse/summary.js';
import { cleanInput } from './text/fold.js';
import { ReportSchema, type Findings, type Report, type ReportPassage } from './schema.js';
import type { Engine } from './engine.js';
import type { Analyser } from './analyse/types.js';

export const DEFAULT_TOP = 5;
export const MAX_TOP = 50;
/** A claim is a sentence or a paragraph; a pasted article is cut here, with a warning. */
export const MAX_CLAIM_CHARS = 2000;

/** A problem with the user's input, to be shown to them as is. */
export class ClaimError extends Error {
  override name = 'ClaimError';
}

export interface VerifyOptions {
  top?: number;
  signal?: AbortSignal;
}

/** Checks and tidies a claim; throws ClaimError for one that cannot be verified. */
export function prepareClaim(raw: unknown): { claim: string; warnings: string[] } {
  if (typeof raw !== 'string') throw new ClaimError('the claim must be text');
  const warnings: string[] = [];
  let claim = cleanInput(raw);
  if (claim.length === 0) throw new ClaimError('the claim is empty: give the sentence to verify');
  if (claim.length > MAX_CLAIM_CHARS) {
    const cut = claim.lastIndexOf(' ', MAX_CLAIM_CHARS);
    claim = claim.slice(0, cut > MAX_CLAIM_CHARS / 2 ? cut : MAX_CLAIM_CHARS);
    warnings.push(`the claim was ${raw.length} characters long; only its first ${claim.length} were verified`);
  }
  if (!/[\p{L}\p{N}]/u.test(claim)) throw new ClaimError('the claim has no words to search for');
  return { claim, warnings };
}

export function toReportPassage(engine: Engine, hit: { passage: Hit['passage']; score: number }): ReportPassage {
  const doc = engine.corpus.docById.get(hit.passage.docId);
  return {
    id: hit.passage.id,
    docId: hit.passage.docId,
    title: doc?.title ?? null,
    outlet: doc?.outlet ?? null,
    date: doc?.date ?? null,
    text: hit.passage.text,
    score: Math.round(hit.score * 1000) / 1000,
  };
}

/**
 * Hits that carry the claim rather than merely share words with it: those
 * that align with it (no number, outcome or actor differs), the best of them
 * and any close to it in coverage.
 */
function carryingHits(hits: Hit[], align: (hit: Hit) => Alignment): Hit[] {
  const out: Hit[] = [];
  for (const h of hits) {
    // Coverage first: a hit too far below the best is not aligned at all.
    if (out.length > 0 && h.coverage < Math.max(0.45, 0.6 * out[0]!.coverage)) continue;
    if (align(h).mismatches.length === 0) out.push(h);
  }
  return out;
}

const EMPTY_FINDINGS: Findings = { summary: '', sources: [], attributions: [], disputes: [], hedges: [] };

export async function verifyClaim(
  engine: Engine,
  rawClaim: string,
  analyser: Analyser,
  options: VerifyOptions = {},
): Promise<Report> {
  const { claim, warnings } = prepareClaim(rawClaim);
  const top = Math.min(Math.max(1, Math.floor(options.top ?? DEFAULT_TOP)), MAX_TOP);
  const lang = detectLang(claim, engine.lexicon);
  const concepts = buildConcepts(claim, lang, engine.index, engine.lexicon);
  const hits = rankPassages(engine.index, concepts, top);
  const align = createAligner({
    claim,
    lang,
    concepts,
    index: engine.index,
    lexicon: engine.lexicon,
    passageLang: (p) => engine.corpus.docById.get(p.docId)?.lang ?? 'fr',
  });
  const { found, mismatches: rawMismatches } = decideFound(hits, align);
  const passages = hits.map((h) => toReportPassage(engine, h));
  const allowed = new Map(passages.map((p) => [p.id, p]));
  // Differences are grounded like findings: both texts verbatim, the passage listed.
  const groundedMismatches = groundMismatches(rawMismatches, claim, allowed);
  warnings.push(...groundedMismatches.warnings);
  const mismatches = groundedMismatches.mismatches;

  // Let pending I/O run between retrieval and analysis: in a server, a long
  // synchronous stretch delays every other request.
  await new Promise<void>((resolve) => setImmediate(resolve));

  let findings = EMPTY_FINDINGS;
  let analyserName: Report['analyser'] = analyser.name;
  let llm: Report['llm'] = null;
  if (found) {
    const carrying = carryingHits(hits, align).map((h) => toReportPassage(engine, h));
    const docs = new Set(carrying.map((p) => p.docId));
    const carryingIds = new Set(carrying.map((p) => p.id));
    const context = [...docs]
      .flatMap((id) => engine.corpus.docById.get(id)?.passages ?? [])
      // Every other passage of a carrying document, hits included: a hit that is not
      // carrying ("Selon le ministère…" right after the claim) is where its source stands.
      .filter((p) => !carryingIds.has(p.id))
      .map((p) => allowed.get(p.id) ?? toReportPassage(engine, { passage: p, score: 0 }));
    for (const p of context) if (!allowed.has(p.id)) allowed.set(p.id, p);
    const out = await analyser.analyse({ claim, lang, passages: carrying, context, engine, concepts, signal: options.signal });
    warnings.push(...out.warnings);
    analyserName = out.analyser;
    llm = out.llm ?? null;
    const grounded = groundFindings(out.findings, {
      passages: allowed,
      before: (id) => {
        const p = engine.corpus.passageById.get(id);
        const doc = p && engine.corpus.docById.get(p.docId);
        return doc && p ? doc.text.slice(0, p.start) : '';
      },
    });
    // The summary is written from the grounded findings, never taken from an analyser's
    // free text: a model's prose could assert the claim or name a source grounding never saw.
    findings = { ...grounded.findings, summary: summarise(grounded.findings, carrying) };
    warnings.push(...grounded.warnings);
    // A context passage enters the report only when a finding cites it.
    const cited = new Set(
      [...findings.sources, ...findings.attributions, ...findings.disputes, ...findings.hedges].map((f) => f.passageId),
    );
    const listed = new Set(passages.map((p) => p.id));
    for (const p of context) if (cited.has(p.id) && !listed.has(p.id)) passages.push(p);
  }

  const summary = found ? findings.summary : notFoundSummary(passages.length, mismatches);
  return ReportSchema.parse({
    claim,
    lang,
    found,
    summary,
    passages,
    sources: findings.sources,
    attributions: findings.attributions,
    disputes: findings.disputes,
    hedges: findings.hedges,
    mismatches,
    analyser: analyserName,
    warnings,
    llm,
  });
}
