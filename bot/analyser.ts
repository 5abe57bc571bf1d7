/**
 * Which analyser the bot injects into verifications: the LLM analyser when
 * OPENAI_API_KEY is set (it falls back to the offline rules on its own
 * failures), else the offline rules. core/llm validates its variables; a bad
 * one stops start-up with a one-line message naming it.
 */
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import type { Analyser } from '../core/analyse/types.js';
import { chooseAnalyser, describeLlmConfig, loadLlmConfig, type AnalyserConfig } from '../core/llm/index.js';

export interface AnalyserSetup {
  analyser: Analyser;
  config: AnalyserConfig;
  /** One line for the start-up log; never the key. */
  description: string;
}

/** @throws core/llm's ConfigError for a bad LLM variable */
export function analyserFromEnv(env: NodeJS.ProcessEnv): AnalyserSetup {
  const config = loadLlmConfig(env);
  return { analyser: chooseAnalyser(config, offlineAnalyser), config, description: describeLlmConfig(config) };
}
