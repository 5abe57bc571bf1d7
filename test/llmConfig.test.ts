import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeLlmConfig, loadLlmConfig, DEFAULT_MODEL } from '../core/llm/config.js';
import { chooseAnalyser } from '../core/llm/index.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';

const KEY = 'sk-proj-SECRETSECRET-42';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadLlmConfig({ OPENAI_API_KEY: KEY, ...env });
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadLlmConfig', () => {
  it('is offline without a key, or with an empty one', () => {
    expect(loadLlmConfig({})).toEqual({ kind: 'offline', reason: 'no-api-key' });
    expect(loadLlmConfig({ OPENAI_API_KEY: '  ' })).toEqual({ kind: 'offline', reason: 'no-api-key' });
  });

  it('is offline when forced, even with a key and broken settings', () => {
    expect(loadLlmConfig({ OPENAI_API_KEY: KEY, LLM_TIMEOUT_MS: 'abc' }, { offline: true })).toEqual({
      kind: 'offline',
      reason: 'forced',
    });
  });

  it('uses documented defaults with a key', () => {
    const c = loadLlmConfig({ OPENAI_API_KEY: KEY });
    expect(c).toMatchObject({
      kind: 'llm',
      model: DEFAULT_MODEL,
      baseURL: 'https://api.openai.com/v1',
      timeoutMs: 30_000,
      maxRetries: 2,
      budgetMs: 60_000,
      maxOutputTokens: 2048,
      temperature: 0,
    });
    expect(DEFAULT_MODEL).toBe('gpt-4o-mini');
  });

  it('reads every variable', () => {
    const c = loadLlmConfig({
      OPENAI_API_KEY: KEY,
      OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1/',
      LLM_MODEL: 'qwen2.5:7b-instruct',
      LLM_TIMEOUT_MS: '5000',
      LLM_MAX_RETRIES: '0',
      LLM_BUDGET_MS: '20000',
      LLM_MAX_OUTPUT_TOKENS: '1024',
      LLM_TEMPERATURE: 'none',
      LLM_CACHE_TTL_MS: '0',
    });
    expect(c).toMatchObject({
      kind: 'llm',
      baseURL: 'http://127.0.0.1:8000/v1',
      model: 'qwen2.5:7b-instruct',
      timeoutMs: 5000,
      maxRetries: 0,
      budgetMs: 20_000,
      maxOutputTokens: 1024,
      temperature: null,
      cacheTtlMs: 0,
    });
  });

  it.each([
    ['LLM_TIMEOUT_MS', 'abc'],
    ['LLM_TIMEOUT_MS', '0'],
    ['LLM_MAX_RETRIES', '-1'],
    ['LLM_MAX_RETRIES', '2.5'],
    ['LLM_BUDGET_MS', '1e4'],
    ['LLM_MAX_OUTPUT_TOKENS', '10'],
    ['LLM_TEMPERATURE', 'hot'],
    ['LLM_MODEL', 'gpt 4o'],
    ['OPENAI_BASE_URL', 'localhost:8000'],
    ['OPENAI_BASE_URL', 'ftp://example.org/v1'],
    ['LLM_CACHE_TTL_MS', 'forever'],
  ])('rejects %s=%s with a one-line message naming it', (name, value) => {
    const err = configError({ [name]: value });
    expect(err.variable).toBe(name);
    expect(err.message.startsWith(name)).toBe(true);
    expect(err.message).not.toMatch(/\n/);
    expect(err.message).not.toContain(KEY);
  });

  it('never echoes the key, not even a malformed one', () => {
    let message = '';
    try {
      loadLlmConfig({ OPENAI_API_KEY: 'sk-abc SECRET\nmore' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^OPENAI_API_KEY /);
    expect(message).not.toContain('SECRET');
  });

  it('keeps the key out of logs and JSON, and redacts URL credentials', () => {
    const c = loadLlmConfig({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: 'https://user:pw@llm.example.org/v1' });
    if (c.kind !== 'llm') throw new Error('expected llm');
    expect(c.apiKey).toBe(KEY);
    expect(JSON.stringify(c)).not.toContain('SECRET');
    expect(inspect(c)).not.toContain('SECRET');
    expect(describeLlmConfig(c)).not.toContain('SECRET');
    expect(describeLlmConfig(c)).not.toContain('pw');
    expect(describeLlmConfig(c)).toContain('gpt-4o-mini');
  });

  it('chooses the analyser from the config', () => {
    expect(chooseAnalyser(loadLlmConfig({}), offlineAnalyser)).toBe(offlineAnalyser);
    expect(chooseAnalyser(loadLlmConfig({ OPENAI_API_KEY: KEY }), offlineAnalyser).name).toBe('llm');
  });
});
