/**
 * The request for one claim and every way it can end. One module owns them,
 * as an explicit loop over a small state (response mode, conversation, repair
 * left) rather than recursion:
 *
 * - success: `chat.completions.parse` with `zodResponseFormat(LlmFindingsSchema,
 *   'claimtrail_findings')`, content validated by zod;
 * - content that fails JSON or zod: ONE more request, with the bad answer and
 *   the validation error fed back as a follow-up message; a second failure ends it;
 * - a 400/422 that names response_format/json_schema (a server without
 *   structured outputs): the same request with `response_format: {type:
 *   'json_object'}` and the schema described in the system prompt, then, if the
 *   server rejects that too, with no response_format at all; zod still validates;
 * - refusal (`message.refusal`), truncation (`LengthFinishReasonError`), content
 *   filter, 429/5xx/connection errors/timeouts (retried by the SDK, `maxRetries`
 *   times, each attempt bounded by `timeout`), authentication and other HTTP
 *   errors: a failure outcome whose reason the caller turns into a warning;
 * - the whole exchange is bounded by `budgetMs` (the SDK honours Retry-After
 *   without a cap, so the budget is enforced here, not left to it).
 *
 * At most four calls: the first, one repair, and a change of response mode
 * (two at most) that does not use up the repair. Nothing here throws except
 * when the caller's own signal aborts.
 */
import type OpenAI from 'openai';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { makeParseableResponseFormat } from 'openai/lib/parser';
import type {
  ChatCompletionMessageParam,
  ChatCompletionParseParams,
  ParsedChatCompletion,
} from 'openai/resources/chat/completions';
import { z } from 'zod';
import { LlmFindingsSchema, llmFindingsJsonSchema, withoutDefaults, type LlmFindings } from './schema.js';
import { renderPrompt, renderRepair, type PromptInput, type PromptTemplates, type ResponseMode } from './prompt.js';
import { redactUrl } from '../store.js';

export const RESPONSE_FORMAT_NAME = 'claimtrail_findings';
/** How much of a rejected answer goes back to the model with the repair request. */
const MAX_ECHOED_ANSWER_CHARS = 6000;
const MAX_ERROR_CHARS = 1500;

export interface RequestSettings {
  model: string;
  baseURL: string;
  apiKey: string;
  timeoutMs: number;
  maxRetries: number;
  budgetMs: number;
  maxOutputTokens: number;
  temperature: number | null;
}

export type FailureReason =
  | 'refusal'
  | 'truncated'
  | 'content_filter'
  | 'invalid_output'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'budget'
  | 'unreachable'
  | 'auth'
  | 'rejected';

export interface Usage {
  promptTokens: number | null;
  completionTokens: number | null;
}

interface Tally {
  /** Calls to `parse` (each may hide SDK retries). */
  requests: number;
  latencyMs: number;
  usage: Usage;
}

export type RequestOutcome =
  | (Tally & { ok: true; findings: LlmFindings; model: string; mode: ResponseMode })
  | (Tally & { ok: false; reason: FailureReason; detail: string; mode: ResponseMode });

type ParseResult = { ok: true; value: LlmFindings } | { ok: false; error: string };

const base = zodResponseFormat(LlmFindingsSchema, RESPONSE_FORMAT_NAME);
base.json_schema.schema = withoutDefaults(base.json_schema.schema);

/** JSON.parse + zod, never throwing: the SDK's own parser, wrapped so a bad answer is kept for the repair turn. */
export function parseFindings(content: string, lenient = false): ParseResult {
  // Without structured outputs some servers wrap the object in a Markdown fence.
  const text = lenient ? content.trim().replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i, '$1') : content;
  try {
    return { ok: true, value: base.$parseRaw(text) };
  } catch (err) {
    if (err instanceof z.ZodError) return { ok: false, error: `it does not match the schema:\n${z.prettifyError(err)}` };
    return { ok: false, error: `it is not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
}

/** `zodResponseFormat`'s request body, with the parser above in place of the throwing one. */
const structuredFormat = makeParseableResponseFormat<ParseResult>(base, (content) => parseFindings(content));

/** Removes the key and anything that looks like a credential from server-provided text. */
export function scrub(text: string, apiKey: string): string {
  let t = text;
  if (apiKey.length >= 4) t = t.split(apiKey).join('***');
  t = t
    .replace(/\b(sk|rk|pk)-[A-Za-z0-9_*-]{6,}/g, '$1-***')
    .replace(/\bBearer\s+\S+/gi, 'Bearer ***')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

class BudgetExceeded extends Error {
  override name = 'BudgetExceeded';
}

/** Rejects as soon as `signal` aborts, even while the SDK sleeps between retries (its sleep is not abortable). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function rejectsResponseFormat(err: unknown): boolean {
  if (!(err instanceof APIError) || (err.status !== 400 && err.status !== 422)) return false;
  const text = `${err.message} ${err.param ?? ''} ${err.code ?? ''} ${JSON.stringify(err.error ?? '')}`;
  return /response_format|json_schema|json_object|structured output|guided_json|grammar/i.test(text);
}

interface Turn {
  mode: ResponseMode;
  messages: ChatCompletionMessageParam[];
  repairLeft: number;
}

function baseMessages(templates: PromptTemplates, input: PromptInput, mode: ResponseMode): ChatCompletionMessageParam[] {
  const rendered = renderPrompt(templates, input, {
    mode,
    ...(mode === 'json_schema' ? {} : { jsonSchema: llmFindingsJsonSchema() }),
  });
  return [
    { role: 'system', content: rendered.system },
    { role: 'user', content: rendered.user },
  ];
}

function body(settings: RequestSettings, turn: Turn): ChatCompletionParseParams {
  return {
    model: settings.model,
    messages: turn.messages,
    max_completion_tokens: settings.maxOutputTokens,
    ...(settings.temperature === null ? {} : { temperature: settings.temperature }),
    ...(turn.mode === 'json_schema'
      ? { response_format: structuredFormat }
      : turn.mode === 'json_object'
        ? { response_format: { type: 'json_object' as const } }
        : {}),
  };
}

function addUsage(total: Usage, completion: ParsedChatCompletion<unknown>): void {
  const u = completion.usage;
  if (!u) return;
  if (typeof u.prompt_tokens === 'number') total.promptTokens = (total.promptTokens ?? 0) + u.prompt_tokens;
  if (typeof u.completion_tokens === 'number') total.completionTokens = (total.completionTokens ?? 0) + u.completion_tokens;
}

function httpDetail(err: APIError, apiKey: string): string {
  const message = scrub(err.message.replace(/^\d{3}\s*/, ''), apiKey);
  return err.status ? `HTTP ${err.status}${message ? `: ${message}` : ''}` : message;
}

/**
 * Asks the model for the findings on one claim. Resolves with the findings or
 * with the reason it could not get them; rejects only when `signal` (the
 * caller's) aborts.
 */
export async function requestFindings(
  client: OpenAI,
  settings: RequestSettings,
  templates: PromptTemplates,
  input: PromptInput,
  signal?: AbortSignal,
): Promise<RequestOutcome> {
  const started = performance.now();
  const usage: Usage = { promptTokens: null, completionTokens: null };
  let requests = 0;
  const tally = (): Tally => ({ requests, latencyMs: Math.round(performance.now() - started), usage });

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new BudgetExceeded()), settings.budgetMs);
  const onCallerAbort = () => deadline.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  if (signal?.aborted) onCallerAbort();

  let turn: Turn = { mode: 'json_schema', messages: baseMessages(templates, input, 'json_schema'), repairLeft: 1 };
  const fail = (reason: FailureReason, detail: string): RequestOutcome => ({ ok: false, reason, detail, mode: turn.mode, ...tally() });

  try {
    for (;;) {
      let completion: ParsedChatCompletion<ParseResult | null>;
      try {
        requests++;
        completion = await raceAbort(
          client.chat.completions.parse(body(settings, turn), {
            signal: deadline.signal,
            timeout: settings.timeoutMs,
            maxRetries: settings.maxRetries,
          }) as Promise<ParsedChatCompletion<ParseResult | null>>,
          deadline.signal,
        );
      } catch (err) {
        if (signal?.aborted) throw signal.reason ?? err;
        if (deadline.signal.aborted) return fail('budget', `no answer within the ${settings.budgetMs} ms budget`);
        if (err instanceof LengthFinishReasonError) {
          return fail('truncated', `the answer reached the ${settings.maxOutputTokens}-token limit`);
        }
        if (err instanceof ContentFilterFinishReasonError) return fail('content_filter', 'the server\'s content filter stopped the answer');
        if (rejectsResponseFormat(err) && turn.mode !== 'text') {
          // A server without structured outputs: describe the schema in the prompt instead.
          const mode: ResponseMode = turn.mode === 'json_schema' ? 'json_object' : 'text';
          turn = { mode, messages: baseMessages(templates, input, mode), repairLeft: turn.repairLeft };
          continue;
        }
        if (err instanceof APIConnectionTimeoutError) {
          return fail('timeout', `no answer within ${settings.timeoutMs} ms (LLM_TIMEOUT_MS), after ${settings.maxRetries} retries`);
        }
        if (err instanceof APIUserAbortError) return fail('timeout', 'the request was aborted');
        if (err instanceof APIConnectionError) return fail('unreachable', `cannot reach ${redactUrl(settings.baseURL)}`);
        if (err instanceof RateLimitError) return fail('rate_limited', `${httpDetail(err, settings.apiKey)}, after ${settings.maxRetries} retries`);
        if (err instanceof AuthenticationError || err instanceof PermissionDeniedError) {
          return fail('auth', httpDetail(err, settings.apiKey));
        }
        if (err instanceof APIError && typeof err.status === 'number' && err.status >= 500) {
          return fail('server_error', `${httpDetail(err, settings.apiKey)}, after ${settings.maxRetries} retries`);
        }
        if (err instanceof APIError) return fail('rejected', httpDetail(err, settings.apiKey));
        return fail('rejected', scrub(err instanceof Error ? `${err.name}: ${err.message}` : String(err), settings.apiKey));
      }

      addUsage(usage, completion);
      const message = completion.choices[0]?.message;
      if (message?.refusal) return fail('refusal', scrub(message.refusal, settings.apiKey));
      const content = message?.content ?? '';
      const parsed: ParseResult =
        turn.mode === 'json_schema'
          ? (message?.parsed ?? { ok: false, error: 'the answer is empty' })
          : content.trim()
            ? parseFindings(content, true)
            : { ok: false, error: 'the answer is empty' };
      if (parsed.ok) {
        return { ok: true, findings: parsed.value, model: completion.model || settings.model, mode: turn.mode, ...tally() };
      }
      if (turn.repairLeft === 0) return fail('invalid_output', scrub(parsed.error, settings.apiKey));
      // One repair: the bad answer stays in the conversation, the error follows it.
      const error = parsed.error.length > MAX_ERROR_CHARS ? `${parsed.error.slice(0, MAX_ERROR_CHARS)}…` : parsed.error;
      const echoed = content.length > MAX_ECHOED_ANSWER_CHARS ? `${content.slice(0, MAX_ECHOED_ANSWER_CHARS)}…` : content;
      turn = {
        mode: turn.mode,
        repairLeft: turn.repairLeft - 1,
        messages: [
          ...turn.messages,
          { role: 'assistant', content: echoed || '(empty)' },
          { role: 'user', content: renderRepair(templates, error) },
        ],
      };
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

const REASON_TEXT: Record<FailureReason, string> = {
  refusal: 'the model refused to analyse this claim',
  truncated: 'the model\'s answer was cut off (truncated)',
  content_filter: 'the server\'s content filter blocked the answer',
  invalid_output: 'the model\'s answer was invalid twice',
  rate_limited: 'the LLM server kept answering 429 (rate limited)',
  server_error: 'the LLM server failed (server error)',
  timeout: 'the LLM server did not answer in time (timeout)',
  budget: 'the LLM analysis ran out of time (timeout, LLM_BUDGET_MS)',
  unreachable: 'the LLM server could not be reached (unreachable)',
  auth: 'the LLM server rejected the credentials (check OPENAI_API_KEY)',
  rejected: 'the LLM server rejected the request',
};

/** The report warning for a failed request: why, in one line, never the key. */
export function describeFailure(outcome: Extract<RequestOutcome, { ok: false }>): string {
  return `LLM analysis unavailable, offline rules used instead: ${REASON_TEXT[outcome.reason]} — ${outcome.detail}`;
}
