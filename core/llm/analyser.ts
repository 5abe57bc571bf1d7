/**
 * The LLM analyser: one request per claim (core/llm/request.ts), the model's
 * findings screened for what grounding cannot see (core/llm/safety.ts), and,
 * whenever the model cannot deliver, the offline rules with a warning saying
 * why — the user always gets a report. verifyClaim then grounds the findings
 * like any analyser's.
 */
import OpenAI from 'openai';
import type { Analyser, AnalyserInput, AnalyserOutput } from '../analyse/types.js';
import type { Findings, ReportPassage } from '../schema.js';
import type { LlmConfig } from './config.js';
import { analysePrompt, type PassageRole, type PromptPassage, type PromptTemplates } from './prompt.js';
import { describeFailure, requestFindings } from './request.js';
import { screenFindings, screenJudgements } from './safety.js';

/** Passage text sent to the model per claim, beyond the best carrying passage (~8k tokens of French). */
export const MAX_PROMPT_PASSAGE_CHARS = 30_000;

export interface LlmAnalyser extends Analyser {
  readonly name: 'llm';
  readonly model: string;
  /** What the report records, e.g. "analyse.v2". */
  readonly promptVersion: string;
  /** What caches key on: the prompt version and a hash of its files. */
  readonly cacheTag: string;
}

export interface LlmAnalyserDeps {
  /** Used when the model cannot deliver (normally `offlineAnalyser`). */
  fallback: Analyser;
  /** An OpenAI client; by default one is built from the config. */
  client?: OpenAI;
  /** Prompt templates; by default `prompts/analyse.v2.*.md`. */
  prompt?: PromptTemplates;
}

export function createClient(config: LlmConfig): OpenAI {
  return new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
  });
}

function passageNumber(p: ReportPassage, input: AnalyserInput): number {
  const n = input.engine.corpus.passageById.get(p.id)?.n;
  if (n !== undefined) return n;
  const m = /#(\d+)$/.exec(p.id);
  return m ? Number(m[1]) : 0;
}

/**
 * What the model sees: every carrying passage (best first, while the budget
 * lasts — the first always), then context passages nearest to a carrying one
 * in the same document (earlier first on a tie: antecedents), shown document
 * by document in reading order.
 */
export function selectPassages(input: AnalyserInput, budget = MAX_PROMPT_PASSAGE_CHARS): PromptPassage[] {
  const chosen = new Map<string, { p: ReportPassage; role: PassageRole }>();
  const judged: PassageRole = input.candidates ? 'candidate' : 'carrying';
  let used = 0;
  for (const p of input.passages) {
    if (chosen.has(p.id)) continue;
    if (chosen.size > 0 && used + p.text.length > budget) continue;
    chosen.set(p.id, { p, role: judged });
    used += p.text.length;
  }
  const carryingNs = new Map<string, number[]>();
  for (const { p } of chosen.values()) {
    const list = carryingNs.get(p.docId) ?? [];
    list.push(passageNumber(p, input));
    carryingNs.set(p.docId, list);
  }
  const distance = (p: ReportPassage): number => {
    const n = passageNumber(p, input);
    const ds = (carryingNs.get(p.docId) ?? []).map((c) => (n < c ? (c - n) * 2 - 1 : (n - c) * 2));
    return ds.length ? Math.min(...ds) : Number.MAX_SAFE_INTEGER;
  };
  const context = input.context.filter((p) => !chosen.has(p.id)).sort((a, b) => distance(a) - distance(b));
  for (const p of context) {
    if (used + p.text.length > budget) continue;
    chosen.set(p.id, { p, role: 'context' });
    used += p.text.length;
  }
  const docOrder = new Map<string, number>();
  for (const p of input.passages) if (!docOrder.has(p.docId)) docOrder.set(p.docId, docOrder.size);
  return [...chosen.values()]
    .sort(
      (a, b) =>
        (docOrder.get(a.p.docId) ?? Infinity) - (docOrder.get(b.p.docId) ?? Infinity) ||
        a.p.docId.localeCompare(b.p.docId) ||
        passageNumber(a.p, input) - passageNumber(b.p, input),
    )
    .map(({ p, role }) => ({ id: p.id, outlet: p.outlet, date: p.date, text: p.text, role }));
}

const EMPTY: Findings = { summary: '', sources: [], attributions: [], disputes: [], hedges: [] };

export function createLlmAnalyser(config: LlmConfig, deps: LlmAnalyserDeps): LlmAnalyser {
  const templates = deps.prompt ?? analysePrompt();
  let client = deps.client ?? null;

  const fallBack = async (input: AnalyserInput, warning: string): Promise<AnalyserOutput> => {
    try {
      const out = await deps.fallback.analyse(input);
      return { findings: out.findings, warnings: [warning, ...out.warnings], analyser: out.analyser };
    } catch (err) {
      if (input.signal?.aborted) throw err;
      const why = err instanceof Error ? err.message : String(err);
      return { findings: EMPTY, warnings: [warning, `the offline rules failed too: ${why}`], analyser: 'offline' };
    }
  };

  return {
    name: 'llm',
    judges: true,
    model: config.model,
    promptVersion: templates.version,
    cacheTag: `${templates.version}+${templates.hash}`,
    async analyse(input: AnalyserInput): Promise<AnalyserOutput> {
      client ??= createClient(config);
      const shown = selectPassages(input);
      const outcome = await requestFindings(
        client,
        config,
        templates,
        { claim: input.claim, lang: input.lang, passages: shown },
        input.signal,
      );
      if (!outcome.ok) return fallBack(input, describeFailure(outcome));

      const shownIds = new Set(shown.map((p) => p.id));
      const given = new Map<string, ReportPassage>();
      for (const p of [...input.passages, ...input.context]) if (shownIds.has(p.id)) given.set(p.id, p);
      const screened = screenFindings(outcome.findings, { given, engine: input.engine });
      const judgeable = new Map(shown.filter((p) => p.role !== 'context').map((p) => [p.id, given.get(p.id)!]));
      const readings = screenJudgements(outcome.findings.judgements, judgeable);
      return {
        findings: screened.findings,
        judgements: readings.judgements,
        warnings: [...screened.warnings, ...readings.warnings],
        analyser: 'llm',
        llm: {
          model: outcome.model,
          promptVersion: templates.version,
          latencyMs: outcome.latencyMs,
          promptTokens: outcome.usage.promptTokens,
          completionTokens: outcome.usage.completionTokens,
          cached: false,
        },
      };
    },
  };
}
