/**
 * The report every analyser fills — offline rules or an LLM — defined once.
 * The TypeScript types are inferred from these schemas, so the CLI's `--json`,
 * the bot's renderer and the LLM's structured output cannot drift apart.
 * Fields are nullable, never optional: strict structured outputs reject `.optional()`.
 */
import { z } from 'zod';

export const LangSchema = z.enum(['fr', 'en', 'other']);

export const PassageSchema = z.object({
  id: z.string().describe('Stable passage id: "<docId>#<n>"'),
  docId: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  text: z.string(),
  score: z.number().describe('Retrieval score; 0 for a context passage added only because a finding cites it'),
});

export const SourceSchema = z.object({
  outlet: z.string(),
  role: z.enum(['publisher', 'cited']),
  citedBy: z.string().nullable().describe('The outlet or document that cites this one'),
  quote: z.string(),
  passageId: z.string(),
});

export const AttributionSchema = z.object({
  speaker: z.string(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  kind: z.enum(['direct', 'reported', 'vague']),
  quote: z.string(),
  passageId: z.string(),
});

export const DisputeSchema = z.object({
  text: z.string(),
  by: z.string().nullable(),
  passageId: z.string(),
});

export const HedgeSchema = z.object({
  text: z.string(),
  passageId: z.string(),
});

/**
 * Where a near-miss passage differs from the claim: a number, an outcome, a
 * polarity or an actor. Both texts verbatim (checked in core/ground.ts).
 */
export const MismatchSchema = z.object({
  claimText: z.string().describe('Verbatim from the claim, e.g. "140"'),
  passageText: z.string().describe('Verbatim from the passage, e.g. "40"'),
  passageId: z.string(),
});

/**
 * A model's reading of one passage it was shown: does it carry the claim,
 * contradict it, or only mention the matter? Grounded like a finding (the
 * quote verbatim in that passage). It may decide `found` only where the
 * deterministic alignment left it undecided (core/verify.ts).
 */
export const JudgementSchema = z.object({
  passageId: z.string(),
  verdict: z.enum(['carries', 'contradicts', 'mentions']),
  quote: z.string(),
});

/** What an analyser (offline or LLM) contributes; retrieval supplies the rest. */
export const FindingsSchema = z.object({
  summary: z.string(),
  sources: z.array(SourceSchema),
  attributions: z.array(AttributionSchema),
  disputes: z.array(DisputeSchema),
  hedges: z.array(HedgeSchema),
});

export const LlmRunSchema = z.object({
  model: z.string(),
  promptVersion: z.string(),
  latencyMs: z.number(),
  promptTokens: z.number().nullable(),
  completionTokens: z.number().nullable(),
  cached: z.boolean(),
});

export const ReportSchema = z.object({
  claim: z.string(),
  lang: LangSchema,
  found: z.boolean(),
  summary: z.string(),
  passages: z.array(PassageSchema),
  sources: z.array(SourceSchema),
  attributions: z.array(AttributionSchema),
  disputes: z.array(DisputeSchema),
  hedges: z.array(HedgeSchema),
  mismatches: z.array(MismatchSchema).describe('What differs from the claim in the nearest passages; filled by retrieval, not by an analyser'),
  judgements: z
    .array(JudgementSchema)
    .optional()
    .describe("The LLM's per-passage reading, grounded; absent on the offline path and in reports cached before it existed"),
  analyser: z.enum(['offline', 'llm']),
  warnings: z.array(z.string()),
  llm: LlmRunSchema.nullable().optional(),
});

export type Lang = z.infer<typeof LangSchema>;
export type ReportPassage = z.infer<typeof PassageSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Attribution = z.infer<typeof AttributionSchema>;
export type Dispute = z.infer<typeof DisputeSchema>;
export type Hedge = z.infer<typeof HedgeSchema>;
export type Mismatch = z.infer<typeof MismatchSchema>;
export type Judgement = z.infer<typeof JudgementSchema>;
export type Findings = z.infer<typeof FindingsSchema>;
export type LlmRun = z.infer<typeof LlmRunSchema>;
export type Report = z.infer<typeof ReportSchema>;
