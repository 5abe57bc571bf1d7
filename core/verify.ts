/**
 * corpus → retrieve → analyse → ground → report. The one entry point the CLI,
 * the bot and the tests share; it knows nothing of Discord or the network
 * (an LLM analyser, when given, brings its own client).
 */
import { detectLang } from './lang.js';
import { buildConcepts } from './retrieve/query.js';
import { conceptWeight, coverageOf, rankPassages, specificCoverageOf, type Hit } from './retrieve/search.js';
import { decideFound, LONG_CLAIM_CONCEPTS, undecidedHits, type UnionCoverage } from './retrieve/found.js';
import { createAligner, type Alignment } from './retrieve/align.js';
import { groundFindings, groundJudgements, groundMismatches } from './ground.js';
import { notFoundSummary, summarise } from './analyse/summary.js';
import { cleanInput, foldedWordSet } from './text/fold.js';
import type { Doc } from './corpus/types.js';
import { ReportSchema, type Findings, type Judgement, type Lang, type Report, type ReportPassage } from './schema.js';
import type { Concept } from './retrieve/query.js';
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

// A document's folded words, read once: every claim whose names a passage of it leaves out asks again.
const docWordSets = new WeakMap<Doc, ReadonlySet<string>>();
const NO_WORDS: ReadonlySet<string> = new Set();
function docWordsOf(doc: Doc | undefined): ReadonlySet<string> {
  if (!doc) return NO_WORDS;
  let words = docWordSets.get(doc);
  if (!words) docWordSets.set(doc, (words = foldedWordSet(doc.text)));
  return words;
}

/** What two passages cover together, weighted as ranking weighs one. */
function unionCoverage(concepts: Concept[], engine: Engine): UnionCoverage {
  // Asked only when no single passage carries the claim: the weights wait until then.
  let weights: number[] | null = null;
  return (a, b) => {
    weights ??= concepts.map((c) => conceptWeight(c, engine.index));
    const held = new Set([...a.matched, ...b.matched]);
    const has = (i: number) => held.has(i);
    return { coverage: coverageOf(concepts, weights, has), specificCoverage: specificCoverageOf(concepts, has) };
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

interface Analysis {
  found: boolean;
  findings: Findings;
  judgements: Judgement[];
  carrying: ReportPassage[];
  /** Context passages a finding cites, to be listed in the report. */
  cited: ReportPassage[];
  analyser: Report['analyser'];
  llm: Report['llm'];
  warnings: string[];
}

interface AnalysisInput {
  claim: string;
  lang: Lang;
  concepts: Concept[];
  /** The passages that carry the claim, or, with `candidates`, may carry it. */
  passages: ReportPassage[];
  candidates: boolean;
  /** Passages a finding may cite, by id; the context passages are added to it. */
  allowed: Map<string, ReportPassage>;
  signal?: AbortSignal;
}

/** Every other passage of the documents of `passages`: where a source, a speaker or an antecedent stands. */
function contextOf(engine: Engine, passages: ReportPassage[], allowed: Map<string, ReportPassage>): ReportPassage[] {
  const ids = new Set(passages.map((p) => p.id));
  return [...new Set(passages.map((p) => p.docId))]
    .flatMap((id) => engine.corpus.docById.get(id)?.passages ?? [])
    // Hits included: a hit that is not carrying ("Selon le ministère…" right after the claim) is where its source stands.
    .filter((p) => !ids.has(p.id))
    .map((p) => allowed.get(p.id) ?? toReportPassage(engine, { passage: p, score: 0 }));
}

/**
 * Which candidates the analyser read as carrying the claim, grounded: a model may
 * decide `found` only here, where the alignment was undecided, and only on a
 * passage it quoted verbatim (the analyser has already set aside passages that
 * hold instructions).
 */
function judgedCarrying(judgements: Judgement[], candidates: ReportPassage[]): ReportPassage[] {
  const carries = new Set(judgements.filter((j) => j.verdict === 'carries').map((j) => j.passageId));
  return candidates.filter((p) => carries.has(p.id));
}

/** Keeps the findings that cite a passage of one of `docs`. */
function findingsOf(findings: Findings, docs: Set<string>, docOf: (passageId: string) => string | undefined): Findings {
  const inDocs = (f: { passageId: string }) => docs.has(docOf(f.passageId) ?? '');
  return {
    summary: '',
    sources: findings.sources.filter(inDocs),
    attributions: findings.attributions.filter(inDocs),
    disputes: findings.disputes.filter(inDocs),
    hedges: findings.hedges.filter(inDocs),
  };
}

/** The analyser on the carrying (or candidate) passages and their documents, its output grounded. */
async function analyse(engine: Engine, analyser: Analyser, input: AnalysisInput): Promise<Analysis> {
  const { allowed } = input;
  const context = contextOf(engine, input.passages, allowed);
  for (const p of context) if (!allowed.has(p.id)) allowed.set(p.id, p);
  const out = await analyser.analyse({
    claim: input.claim,
    lang: input.lang,
    passages: input.passages,
    context,
    engine,
    concepts: input.concepts,
    candidates: input.candidates || undefined,
    signal: input.signal,
  });
  const warnings = [...out.warnings];
  const judged = groundJudgements(out.judgements ?? [], allowed);
  warnings.push(...judged.warnings);
  const grounded = groundFindings(out.findings, {
    passages: allowed,
    before: (id) => {
      const p = engine.corpus.passageById.get(id);
      const doc = p && engine.corpus.docById.get(p.docId);
      return doc && p ? doc.text.slice(0, p.start) : '';
    },
  });
  warnings.push(...grounded.warnings);

  let carrying = input.passages;
  let findings = grounded.findings;
  if (input.candidates) {
    carrying = judgedCarrying(judged.judgements, input.passages);
    // What the model found in candidates it did not read as carrying is about something else.
    const docs = new Set(carrying.map((p) => p.docId));
    findings = findingsOf(findings, docs, (id) => allowed.get(id)?.docId);
    if (carrying.length > 0) {
      warnings.push(
        `found on the model's reading of ${carrying.map((p) => p.id).join(', ')}: ` +
          'the wording differs too much from the claim for the offline alignment to decide',
      );
    }
  }
  // The summary is written from the grounded findings, never taken from an analyser's
  // free text: a model's prose could assert the claim or name a source grounding never saw.
  findings = { ...findings, summary: carrying.length > 0 ? summarise(findings, carrying) : '' };
  // A context passage enters the report only when a finding cites it.
  const citedIds = new Set(
    [...findings.sources, ...findings.attributions, ...findings.disputes, ...findings.hedges].map((f) => f.passageId),
  );
  return {
    found: carrying.length > 0,
    findings,
    judgements: judged.judgements,
    carrying,
    cited: context.filter((p) => citedIds.has(p.id)),
    analyser: out.analyser,
    llm: out.llm ?? null,
    warnings,
  };
}

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
    docWords: (p) => docWordsOf(engine.corpus.docById.get(p.docId)),
  });
  const union = unionCoverage(concepts, engine);
  const decision = decideFound(hits, align, union, concepts.length >= LONG_CLAIM_CONCEPTS);
  const passages = hits.map((h) => toReportPassage(engine, h));
  const allowed = new Map(passages.map((p) => [p.id, p]));
  // Differences are grounded like findings: both texts verbatim, the passage listed.
  const groundedMismatches = groundMismatches(decision.mismatches, claim, allowed);
  warnings.push(...groundedMismatches.warnings);
  const mismatches = groundedMismatches.mismatches;

  // Let pending I/O run between retrieval and analysis: in a server, a long
  // synchronous stretch delays every other request.
  await new Promise<void>((resolve) => setImmediate(resolve));

  // Found: the analyser reads the carrying passages. Undecided: a judging analyser
  // (the LLM) may read the candidates and say which carry the claim.
  const reading = decision.together.length > 0 ? decision.together : decision.found ? carryingHits(hits, align) : analyser.judges ? undecidedHits(hits, decision, align, union) : [];
  let analysis: Analysis | null = null;
  if (reading.length > 0) {
    analysis = await analyse(engine, analyser, {
      claim,
      lang,
      concepts,
      passages: reading.map((h) => toReportPassage(engine, h)),
      candidates: !decision.found,
      allowed,
      signal: options.signal,
    });
    warnings.push(...analysis.warnings);
    const listed = new Set(passages.map((p) => p.id));
    for (const p of analysis.cited) if (!listed.has(p.id)) passages.push(p);
  }

  const found = analysis?.found ?? false;
  const findings = found && analysis ? analysis.findings : EMPTY_FINDINGS;
  return ReportSchema.parse({
    claim,
    lang,
    found,
    summary: found ? findings.summary : notFoundSummary(passages.length, mismatches),
    passages,
    sources: findings.sources,
    attributions: findings.attributions,
    disputes: findings.disputes,
    hedges: findings.hedges,
    mismatches,
    ...(analysis && analysis.judgements.length > 0 ? { judgements: analysis.judgements } : {}),
    analyser: analysis?.analyser ?? analyser.name,
    warnings,
    llm: analysis?.llm ?? null,
  });
}
