/**
 * LLM configuration from the environment, validated once at start-up.
 *
 *   OPENAI_API_KEY          set → the LLM analyser; unset or empty → offline rules
 *   OPENAI_BASE_URL         OpenAI-compatible server (default https://api.openai.com/v1)
 *   LLM_MODEL               model name (default gpt-4o-mini)
 *   LLM_TIMEOUT_MS          per HTTP attempt (default 30000)
 *   LLM_MAX_RETRIES         SDK retries on 408/409/429/5xx, connection errors and timeouts (default 2)
 *   LLM_BUDGET_MS           wall-clock bound on one claim's whole LLM analysis, retries included (default 60000)
 *   LLM_MAX_OUTPUT_TOKENS   completion cap (default 2048)
 *   LLM_TEMPERATURE         sampling temperature, or "none" to send none (default 0)
 *   LLM_CACHE_TTL_MS        how long a cached LLM report lives (default 7 days; 0 = no expiry)
 *
 * A bad value throws a ConfigError whose one-line message names the variable.
 * The API key is never echoed: not in errors, not when the config is logged
 * (it is a non-enumerable property, invisible to JSON.stringify and console.log).
 */
import { z } from 'zod';
import { redactUrl } from '../store.js';

export const DEFAULT_MODEL = 'gpt-4o-mini';
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_BUDGET_MS = 60_000;
export const DEFAULT_MAX_OUTPUT_TOKENS = 2048;
export const DEFAULT_TEMPERATURE = 0;
export const DEFAULT_CACHE_TTL_MS = 7 * 24 * 3600 * 1000;

/** A configuration problem, with a one-line message that names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

export interface OfflineConfig {
  kind: 'offline';
  /** Why offline: the user asked for it, or no key is set. */
  reason: 'forced' | 'no-api-key';
}

export interface LlmConfig {
  kind: 'llm';
  /** Non-enumerable: absent from JSON.stringify and console.log. */
  readonly apiKey: string;
  baseURL: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  budgetMs: number;
  maxOutputTokens: number;
  /** null: send no temperature (some reasoning models reject one). */
  temperature: number | null;
  cacheTtlMs: number;
}

export type AnalyserConfig = OfflineConfig | LlmConfig;

type Env = Record<string, string | undefined>;

const blank = (v: string | undefined): v is undefined => v === undefined || v.trim() === '';

function shown(value: string): string {
  const v = value.length > 40 ? `${value.slice(0, 37)}…` : value;
  return JSON.stringify(v);
}

function integer(name: string, fallback: number, min: number, max: number, unit: string) {
  return (env: Env): number => {
    const raw = env[name];
    if (blank(raw)) return fallback;
    const parsed = z
      .string()
      .trim()
      .regex(/^\d+$/)
      .transform(Number)
      .pipe(z.number().int().min(min).max(max))
      .safeParse(raw);
    if (!parsed.success) {
      throw new ConfigError(name, `${name} must be a whole number of ${unit} from ${min} to ${max} (got ${shown(raw)})`);
    }
    return parsed.data;
  };
}

const readTimeout = integer('LLM_TIMEOUT_MS', DEFAULT_TIMEOUT_MS, 1, 600_000, 'milliseconds');
const readRetries = integer('LLM_MAX_RETRIES', DEFAULT_MAX_RETRIES, 0, 10, 'retries');
const readBudget = integer('LLM_BUDGET_MS', DEFAULT_BUDGET_MS, 1, 3_600_000, 'milliseconds');
const readMaxTokens = integer('LLM_MAX_OUTPUT_TOKENS', DEFAULT_MAX_OUTPUT_TOKENS, 256, 65_536, 'tokens');
const readCacheTtl = integer('LLM_CACHE_TTL_MS', DEFAULT_CACHE_TTL_MS, 0, 365 * 24 * 3600 * 1000, 'milliseconds');

function readApiKey(env: Env): string | null {
  const raw = env['OPENAI_API_KEY'];
  if (blank(raw)) return null;
  const key = raw.trim();
  // Never echo the key, not even in part.
  if (/\s/.test(key)) throw new ConfigError('OPENAI_API_KEY', 'OPENAI_API_KEY must be a single token without spaces or line breaks');
  return key;
}

function readBaseUrl(env: Env): string {
  const raw = env['OPENAI_BASE_URL'];
  if (blank(raw)) return DEFAULT_BASE_URL;
  const parsed = z.url({ protocol: /^https?$/ }).safeParse(raw.trim());
  if (!parsed.success) {
    throw new ConfigError(
      'OPENAI_BASE_URL',
      `OPENAI_BASE_URL must be an http:// or https:// URL such as http://127.0.0.1:8000/v1 (got ${shown(redactUrl(raw.trim()))})`,
    );
  }
  return parsed.data.replace(/\/+$/, '');
}

function readModel(env: Env): string {
  const raw = env['LLM_MODEL'];
  if (blank(raw)) return DEFAULT_MODEL;
  const parsed = z.string().trim().regex(/^[\w.:/@+-]{1,200}$/).safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError('LLM_MODEL', `LLM_MODEL must be a model name without spaces, e.g. ${DEFAULT_MODEL} (got ${shown(raw)})`);
  }
  return parsed.data;
}

function readTemperature(env: Env): number | null {
  const raw = env['LLM_TEMPERATURE'];
  if (blank(raw)) return DEFAULT_TEMPERATURE;
  if (raw.trim().toLowerCase() === 'none') return null;
  const parsed = z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number)
    .pipe(z.number().min(0).max(2))
    .safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError('LLM_TEMPERATURE', `LLM_TEMPERATURE must be a number from 0 to 2, or "none" (got ${shown(raw)})`);
  }
  return parsed.data;
}

/**
 * Reads the analyser configuration. `offline: true` (the `--offline` flag)
 * wins over everything and reads nothing else, so a broken LLM setting never
 * stands in the way of the offline path. With a key set, every LLM variable is
 * validated here, so a typo is reported at start-up rather than at the first claim.
 */
export function loadLlmConfig(env: Env = process.env, options: { offline?: boolean } = {}): AnalyserConfig {
  if (options.offline) return { kind: 'offline', reason: 'forced' };
  const apiKey = readApiKey(env);
  if (apiKey === null) return { kind: 'offline', reason: 'no-api-key' };
  const config = {
    kind: 'llm' as const,
    baseURL: readBaseUrl(env),
    model: readModel(env),
    timeoutMs: readTimeout(env),
    maxRetries: readRetries(env),
    budgetMs: readBudget(env),
    maxOutputTokens: readMaxTokens(env),
    temperature: readTemperature(env),
    cacheTtlMs: readCacheTtl(env),
  };
  return withApiKey(config, apiKey);
}

/** Attaches the key as a non-enumerable property, so logging the config never shows it. */
export function withApiKey(config: Omit<LlmConfig, 'apiKey'>, apiKey: string): LlmConfig {
  const out = { ...config } as LlmConfig;
  Object.defineProperty(out, 'apiKey', { value: apiKey, enumerable: false, writable: false });
  return out;
}

/** One line for start-up logs: what runs, where, never the key. */
export function describeLlmConfig(config: AnalyserConfig): string {
  if (config.kind === 'offline') {
    return config.reason === 'forced' ? 'analyser: offline rules (--offline)' : 'analyser: offline rules (OPENAI_API_KEY not set)';
  }
  return `analyser: LLM ${config.model} at ${redactUrl(config.baseURL)} (timeout ${config.timeoutMs} ms, ${config.maxRetries} retries, budget ${config.budgetMs} ms)`;
}
