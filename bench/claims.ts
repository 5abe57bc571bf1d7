/** The labelled dev claims (shared/eval/dev-claims.jsonl): only what the bench needs of each. */
import { readFileSync } from 'node:fs';

export interface LabelledClaim {
  id: string;
  claim: string;
  found: boolean;
  evidence: string[];
}

export function readClaims(path: string): LabelledClaim[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      const o = JSON.parse(line) as Partial<LabelledClaim>;
      if (typeof o.claim !== 'string') throw new Error(`${path}:${i + 1}: no claim`);
      return { id: String(o.id ?? i + 1), claim: o.claim, found: o.found === true, evidence: Array.isArray(o.evidence) ? o.evidence : [] };
    });
}

/** Claims that score retrieval: labelled found, with evidence strings. */
export function scoredClaims(claims: LabelledClaim[]): LabelledClaim[] {
  return claims.filter((c) => c.found && c.evidence.length > 0);
}
