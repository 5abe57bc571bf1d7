/**
 * Which analyser a CLI run uses. One function, so adding the LLM analyser
 * (its flag, its environment) changes this file and nothing else.
 */
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import type { Analyser } from '../core/analyse/types.js';
import { chooseAnalyser as chooseFromConfig, loadLlmConfig } from '../core/llm/index.js';
import { openReportCache, type ReportCache } from '../core/cache.js';
import { openStore } from '../core/store.js';

export interface AnalyserChoice {
  /** --offline: the rule-based analyser, even when OPENAI_API_KEY is set. */
  offline: boolean;
  /** OPENAI_API_KEY, OPENAI_BASE_URL, LLM_MODEL, LLM_TIMEOUT_MS… (see core/llm/config.ts). */
  env: NodeJS.ProcessEnv;
}

/** The LLM analyser (falling back to the rules) when a key is set, else the rules. Throws ConfigError on a bad LLM setting. */
export function chooseAnalyser(choice: AnalyserChoice): Analyser {
  return chooseFromConfig(loadLlmConfig(choice.env, { offline: choice.offline }), offlineAnalyser);
}

/**
 * The report cache for the CLI: only on the LLM path (offline reports are cheaper
 * to recompute than to fetch), in the store STORE_URL names (SQLite by default).
 */
export async function openCliCache(analyser: Analyser, env: NodeJS.ProcessEnv): Promise<{ cache: ReportCache | null; close: () => Promise<void> }> {
  if (analyser.name !== 'llm') return { cache: null, close: async () => {} };
  const store = await openStore(env.STORE_URL);
  return { cache: openReportCache(store), close: () => store.close() };
}
