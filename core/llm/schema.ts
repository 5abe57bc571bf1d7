/**
 * The schema the model answers in: FindingsSchema's lists, each field with a
 * description written for the model. Nullable, never optional (strict
 * structured outputs). Two fields are not here and must never be: `found`
 * (whether the corpus carries the claim is retrieval's decision, not the
 * model's) and `summary` (verifyClaim writes it from the grounded findings,
 * never from an analyser's free text).
 */
import { z } from 'zod';
import { AttributionSchema, DisputeSchema, HedgeSchema, JudgementSchema, SourceSchema, type Findings } from '../schema.js';

const PASSAGE_ID = 'The id attribute of the <passage> this comes from, copied exactly; only ids given in the input';
const VERBATIM = 'Copied character for character from that passage; never paraphrased, translated or completed';

const LlmSourceSchema = z.object({
  outlet: SourceSchema.shape.outlet.describe('Outlet name exactly as the passage (or its outlet attribute) writes it'),
  role: SourceSchema.shape.role.describe(
    '"publisher": the outlet that published the passage\'s document (its outlet attribute); "cited": an outlet the passage cites',
  ),
  citedBy: SourceSchema.shape.citedBy,
  quote: SourceSchema.shape.quote.describe(`The words that carry the claim or name the outlet. ${VERBATIM}`),
  passageId: SourceSchema.shape.passageId.describe(PASSAGE_ID),
});

const LlmAttributionSchema = z.object({
  speaker: AttributionSchema.shape.speaker.describe(
    'Who is said to state it, as the passage names them ("des sources" for a vague attribution)',
  ),
  role: AttributionSchema.shape.role,
  organization: AttributionSchema.shape.organization,
  kind: AttributionSchema.shape.kind.describe('direct: quoted words; reported: indirect speech; vague: unnamed sources'),
  quote: AttributionSchema.shape.quote.describe(VERBATIM),
  passageId: AttributionSchema.shape.passageId.describe(PASSAGE_ID),
});

const LlmDisputeSchema = z.object({
  text: DisputeSchema.shape.text.describe(`A denial, correction or contradiction of the claim. ${VERBATIM}`),
  by: DisputeSchema.shape.by.describe('Who disputes it, as the passage names them, or null'),
  passageId: DisputeSchema.shape.passageId.describe(PASSAGE_ID),
});

const LlmHedgeSchema = z.object({
  text: HedgeSchema.shape.text.describe(`Conditional, "selon", "aurait", "présumé" and similar wording. ${VERBATIM}`),
  passageId: HedgeSchema.shape.passageId.describe(PASSAGE_ID),
});

const LlmJudgementSchema = z.object({
  passageId: JudgementSchema.shape.passageId.describe(PASSAGE_ID),
  verdict: JudgementSchema.shape.verdict.describe(
    'carries: the passage reports the claim (whoever it attributes it to); contradicts: it gives another figure, actor or outcome, or denies it; mentions: it is about the same matter without reporting the claim',
  ),
  quote: JudgementSchema.shape.quote.describe(`The words that carry, contradict or mention the claim. ${VERBATIM}`),
});

export const LlmFindingsSchema = z.object({
  sources: z.array(LlmSourceSchema),
  attributions: z.array(LlmAttributionSchema),
  disputes: z.array(LlmDisputeSchema),
  hedges: z.array(LlmHedgeSchema),
  // A server that leaves it out judged nothing; the wire schema still requires it
  // (the default is stripped from what is sent: see request.ts).
  judgements: z
    .array(LlmJudgementSchema)
    .default([])
    .describe('One reading per passage whose role is "carrying" or "candidate"'),
});

export type LlmFindings = z.infer<typeof LlmFindingsSchema>;

// Compile-time guard: the model's answer is a Findings without the summary, field for field, plus its judgements.
const _sameShape: (f: Omit<LlmFindings, 'judgements'>) => Omit<Findings, 'summary'> = (f) => f;
void _sameShape;

/** The JSON Schema, for servers without `json_schema` support: it goes in the prompt instead. */
export function llmFindingsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(LlmFindingsSchema, { target: 'draft-7' }) as Record<string, unknown>;
  delete schema['$schema'];
  return withoutDefaults(schema);
}

/**
 * The schema without `default` keywords: strict structured outputs accept a
 * subset of JSON Schema, and a default only matters to our own parser.
 */
export function withoutDefaults<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withoutDefaults) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) if (k !== 'default') out[k] = withoutDefaults(v);
  return out as T;
}
