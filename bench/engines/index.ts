import { ClaimtrailEngine } from './claimtrail.js';
import { FlexSearchEngine } from './flexsearch.js';
import { MiniSearchEngine } from './minisearch.js';
import { OramaEngine } from './orama.js';
import type { EngineName, RetrievalEngine } from './types.js';

export function createEngine(name: EngineName): RetrievalEngine {
  switch (name) {
    case 'claimtrail':
      return new ClaimtrailEngine();
    case 'minisearch':
      return new MiniSearchEngine();
    case 'flexsearch':
      return new FlexSearchEngine();
    case 'orama':
      return new OramaEngine();
  }
}
