/**
 * Does the corpus carry the claim? Not "did anything match": one of the best
 * passages must cover most of the claim's weighted content and its specifics —
 * the names and numbers that make a claim this claim and not a neighbour — and
 * must align with it (core/retrieve/align.ts): the same numbers for the same
 * nouns, the same polarity, no other actor in the claim's actor's place.
 */
import type { Hit } from './search.js';
import type { Alignment, Mismatch } from './align.js';

/** IDF-weighted share of the claim a passage must cover. */
export const MIN_COVERAGE = 0.5;
/** Share of the claim's names and numbers that must appear. */
export const MIN_SPECIFIC_COVERAGE = 0.5;
/**
 * A long claim is a paraphrase's easiest victim: of fifteen words a rewording keeps few
 * ("warned … would force crews to throw away fish" for "would lead only to enforced
 * discarding"). With every name and number present and nothing differing, a third of its
 * weight is enough. Measured on the held-out sets: claims on absent topics cover at most 0.28.
 */
export const LONG_CLAIM_CONCEPTS = 10;
export const LONG_CLAIM_MIN_COVERAGE = 0.35;
/** The head of the ranking that may carry the claim. */
export const FOUND_DEPTH = 3;
/** Coverage a passage needs to be worth a model's reading when `found` is undecided, or to carry half a claim with its neighbour. */
export const UNDECIDED_MIN_COVERAGE = 0.3;

export interface FoundDecision {
  found: boolean;
  /**
   * Two neighbouring passages of one document that carry the claim together: a
   * claim that straddles the window boundary ("…aurait été informé" ends one
   * passage, "tout comme le Royaume-Uni…" opens the next). Empty otherwise.
   */
  together: Hit[];
  /**
   * What differs in the near misses: passages of the head that would carry the
   * claim but for these differences. Empty when the claim is found, or when no
   * passage is a near miss.
   */
  mismatches: Mismatch[];
}

function covers(coverage: number, specificCoverage: number, long = false): boolean {
  if (long && specificCoverage === 1 && coverage >= LONG_CLAIM_MIN_COVERAGE) return true;
  return coverage >= MIN_COVERAGE && specificCoverage >= MIN_SPECIFIC_COVERAGE;
}

/** What two passages cover together: the union of the claim concepts they hold. */
export type UnionCoverage = (a: Hit, b: Hit) => { coverage: number; specificCoverage: number };

/**
 * Neighbouring passages of the head that carry the claim together: each holds a
 * fair part of it, neither differs from it, and their union covers it.
 */
function together(head: Hit[], align: ((hit: Hit) => Alignment) | undefined, union: UnionCoverage): Hit[] {
  const agrees = (h: Hit) => h.coverage >= UNDECIDED_MIN_COVERAGE && (align?.(h).mismatches.length ?? 0) === 0;
  for (const a of head) {
    if (!agrees(a)) continue;
    for (const b of head) {
      if (b.passage.docId !== a.passage.docId || b.passage.n !== a.passage.n + 1 || !agrees(b)) continue;
      const u = union(a, b);
      if (covers(u.coverage, u.specificCoverage)) return [a, b];
    }
  }
  return [];
}

/** Whether a hit holds a claim concept: retrieval matched it and the alignment did not set it aside. */
function holds(h: Hit, i: number, align?: (hit: Hit) => Alignment): boolean {
  return h.matched.includes(i) && !(align?.(h).unheld.includes(i) ?? false);
}

/**
 * A passage carries the claim when it covers it and aligns with it. When a
 * near miss contradicts part of the claim ("10 per cent" for "31 per cent"),
 * a passage that merely leaves that part out does not carry it either: the
 * corpus's nearest account says otherwise, and no passage says what the claim says.
 *
 * @param align the claim's aligner (createAligner); without one, coverage alone decides.
 * @param union what two passages cover together; without it, no pair of neighbours carries a claim.
 * @param longClaim the claim has LONG_CLAIM_CONCEPTS concepts or more: see LONG_CLAIM_MIN_COVERAGE.
 */
export function decideFound(hits: Hit[], align?: (hit: Hit) => Alignment, union?: UnionCoverage, longClaim = false): FoundDecision {
  const head = hits.slice(0, FOUND_DEPTH);
  const mismatches: Mismatch[] = [];
  const contradicted = new Set<number>();
  const candidates: Hit[] = [];
  for (const h of head) {
    const a = align?.(h);
    if (!a || a.mismatches.length === 0) {
      if (covers(h.coverage, a?.specificCoverage ?? h.specificCoverage, longClaim)) candidates.push(h);
    } else if (covers(a.coverage, a.specificCoverage)) {
      mismatches.push(...a.mismatches);
      for (const i of a.mismatched) contradicted.add(i);
    }
  }
  const figures = otherFigures(head, align);
  const found = candidates.some((h) => [...contradicted].every((i) => holds(h, i, align)) && !figures.contradicts(h));
  // Once a passage carries the claim, the others' differences are other stories, not the claim's near misses.
  if (found) return { found, together: [], mismatches: [] };
  mismatches.push(...figures.mismatches.filter((m) => !mismatches.some((x) => x.claimText === m.claimText && x.passageText === m.passageText)));
  // No near miss says otherwise: two neighbours may carry it between them.
  const pair = union && mismatches.length === 0 ? together(head, align, union) : [];
  return { found: pair.length > 0, together: pair, mismatches };
}

/**
 * A figure of the claim that a candidate passage does not give, while another
 * passage of the same document gives another figure for the same noun
 * ("douze espèces" against "Quatorze espèces" two paragraphs on) and no passage
 * of the document gives the claim's: the document says otherwise, so the
 * candidate does not carry the figure. Any passage of the head counts here, not
 * only the near misses — the number is the claim's most checkable part.
 */
function otherFigures(head: Hit[], align?: (hit: Hit) => Alignment): { contradicts: (h: Hit) => boolean; mismatches: Mismatch[] } {
  const byDoc = new Map<string, { concepts: Set<number>; mismatches: Mismatch[] }>();
  for (const h of head) {
    const figures = align?.(h).figures;
    if (!figures || figures.concepts.length === 0) continue;
    const entry = byDoc.get(h.passage.docId) ?? { concepts: new Set<number>(), mismatches: [] };
    for (const i of figures.concepts) entry.concepts.add(i);
    entry.mismatches.push(...figures.mismatches);
    byDoc.set(h.passage.docId, entry);
  }
  // The claim's figure stands in a passage of the document that agrees with it: nothing to answer.
  const givenIn = (docId: string, i: number) =>
    head.some((o) => o.passage.docId === docId && holds(o, i, align) && (align?.(o).figures?.concepts.length ?? 0) === 0);
  const contradicting = (h: Hit) => [...(byDoc.get(h.passage.docId)?.concepts ?? [])].filter((i) => !holds(h, i, align) && !givenIn(h.passage.docId, i));
  const mismatches: Mismatch[] = [];
  for (const h of head) if (contradicting(h).length > 0) mismatches.push(...(byDoc.get(h.passage.docId)?.mismatches ?? []));
  return { contradicts: (h) => contradicting(h).length > 0, mismatches: [...new Set(mismatches)] };
}

/**
 * Where the alignment leaves `found` undecided: the claim is not found, no passage
 * of the head differs from it, yet some cover a fair part of it — a paraphrase
 * the dictionaries do not bridge, or a passage about something else. These are
 * the passages a judging analyser may read; none when a near miss differs (a
 * hard mismatch is never overruled) or when a passage lacks most of the claim's
 * names and numbers (it is about another matter).
 */
export function undecidedHits(hits: Hit[], decision: FoundDecision, align?: (hit: Hit) => Alignment, union?: UnionCoverage): Hit[] {
  if (decision.found || decision.mismatches.length > 0) return [];
  const head = hits.slice(0, FOUND_DEPTH);
  // A passage that does not repeat the claim's names still speaks of them when another passage
  // of its document in the head names them ("la collision de Denguin" in the lede, not below).
  const specific = (h: Hit) =>
    Math.max(h.specificCoverage, ...head.filter((o) => o !== h && o.passage.docId === h.passage.docId && union).map((o) => union!(h, o).specificCoverage));
  return head.filter((h) => h.coverage >= UNDECIDED_MIN_COVERAGE && specific(h) >= MIN_SPECIFIC_COVERAGE && (align?.(h).mismatches.length ?? 0) === 0);
}
