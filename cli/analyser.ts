/**
 * Which analyser a CLI run uses. One function, so adding the LLM analyser
 * (its flag, its environment) changes this file and nothing else.
 */
import { offlineAnalyser } from '../core/analyse/offline/index.js';
import type { Analyser } from '../core/analyse/types.js';

export interface AnalyserChoice {
  /** --offline: the rule-based analyser, even once an LLM can be configured. */
  offline: boolean;
  /** Where an LLM analyser will find its endpoint and key. */
  env: NodeJS.ProcessEnv;
}

export function chooseAnalyser(_choice: AnalyserChoice): Analyser {
  // Only the offline analyser exists for now; --offline is accepted so scripts written today keep working.
  return offlineAnalyser;
}
