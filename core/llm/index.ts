/**
 * The LLM analyser and what it needs, for the CLI and the bot:
 *
 *   const config = loadLlmConfig(process.env, { offline: flags.offline }); // throws ConfigError
 *   const analyser = chooseAnalyser(config, offlineAnalyser);
 */
import type OpenAI from 'openai';
import type { Analyser } from '../analyse/types.js';
import type { AnalyserConfig } from './config.js';
import { createLlmAnalyser } from './analyser.js';

export { ConfigError, loadLlmConfig, describeLlmConfig, type AnalyserConfig, type LlmConfig } from './config.js';
export { createLlmAnalyser, createClient, type LlmAnalyser } from './analyser.js';
export { analysePrompt } from './prompt.js';

/** The LLM analyser when a key is configured, else the offline one. */
export function chooseAnalyser(config: AnalyserConfig, offline: Analyser, client?: OpenAI): Analyser {
  if (config.kind === 'offline') return offline;
  return createLlmAnalyser(config, { fallback: offline, ...(client ? { client } : {}) });
}
