/** The differences found in one passage: each told once, with the claim concepts it is about. */
import type { Mismatch } from '../../schema.js';

/** Mismatches found in one passage, deduplicated, with the claim concepts they stand for. */
export class MismatchList {
  readonly mismatches: Mismatch[] = [];
  readonly concepts = new Set<number>();
  constructor(private readonly passageId: string) {}
  add(claimText: string, passageText: string, concepts: number[]): void {
    if (!claimText.trim() || !passageText.trim()) return;
    if (this.mismatches.some((m) => m.claimText === claimText && m.passageText === passageText)) return;
    this.mismatches.push({ claimText, passageText, passageId: this.passageId });
    for (const i of concepts) this.concepts.add(i);
  }
}
