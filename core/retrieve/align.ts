/**
 * Alignment of a claim against one candidate passage: not "how many words
 * meet" (ranking's coverage) but whether the passage says the same thing. The
 * claim's specifics are read in place — each number with the noun it counts,
 * each name with the predicate it is the agent or object of, each content word
 * with its polarity — and looked up in the passage. A passage that gives
 * another number for the same noun ("40 boats" for "140 boats"), the
 * opposite outcome ("rejected" for "adopted", "no casualties" for "killed"),
 * or another name in the actor's place does not carry the claim; each such
 * difference is a mismatch, quoted verbatim from both texts.
 *
 * Runs on a handful of passages per claim (the head of the ranking), so it
 * tokenises them afresh rather than reading the index.
 */
import { stemLang } from '../text/terms.js';
import { foldKey } from '../text/fold.js';
import type { Mismatch } from '../schema.js';
import { conceptWeight, coverageOf, specificCoverageOf, type Hit } from './search.js';
import type { AlignContext } from './align/context.js';
import { conceptTerms, passageText, withConcepts, conceptsOf, readClaim, type Reading } from './align/reading.js';
import { MismatchList } from './align/mismatchList.js';
import { figureCountsOtherNoun, numberMismatches } from './align/numberCheck.js';
import { dateMismatches, isDayOfMonth } from './align/dateCheck.js';
import { nameMismatches } from './align/nameCheck.js';
import { nationMismatches } from './align/nationCheck.js';
import { negationMismatches, outcomeMismatches } from './align/polarityCheck.js';

export type { Mismatch };
export interface Alignment {
  mismatches: Mismatch[];
  /** The claim concepts (indices) the mismatches are about: "140", "adopted", "Kaltoria". */
  mismatched: number[];
  /**
   * The passage's coverage with the mismatched concepts counted as present: what it
   * would cover if it agreed. A near miss is a passage that passes the coverage
   * thresholds this way — a passage about something else has no mismatch worth telling.
   */
  coverage: number;
  specificCoverage: number;
  /** Concepts retrieval matched that the passage does not hold: a count it writes only as a date's day, or counting another noun. */
  unheld: number[];
  /** The claim's figures the passage gives otherwise for the same noun (concepts, and those mismatches). */
  figures?: { concepts: number[]; mismatches: Mismatch[] };
}

export type { AlignContext };

/** A claim's count the passage writes only as the day of a date ("twelve women" / "Jul 12"): not there. */
function onlyDates(claim: Reading, passage: Reading, i: number): boolean {
  const inPassage = passage.positions.get(i) ?? [];
  const inClaim = claim.positions.get(i) ?? [];
  return inPassage.length > 0 && inPassage.every((k) => isDayOfMonth(passage, k)) && !inClaim.some((k) => isDayOfMonth(claim, k));
}

/**
 * Prepares the claim once and returns a function aligning it with a hit
 * (memoised: the found decision and the choice of carrying passages ask for the same hits).
 */
export function createAligner(ctx: AlignContext): (hit: Hit) => Alignment {
  const claim = readClaim(ctx);
  const byTerm = conceptTerms(ctx.concepts, claim.lang);
  const weights = ctx.concepts.map((c) => conceptWeight(c, ctx.index));
  const memo = new Map<string, Alignment>();
  /**
   * The claim's names a passage leaves out but its document gives ("Montreuil" in the
   * article about the Montreuil collapse, not in the paragraph on the inquiry): still
   * its specifics — the passage speaks of the document's matter. Names only; a figure
   * elsewhere in the document is another figure.
   */
  const namedInDocument = (hit: Hit, counted: Set<number>) => (i: number) => {
    const c = ctx.concepts[i]!;
    if (counted.has(i) || !c.specific || c.number || !ctx.docWords) return false;
    return ctx.docWords(hit.passage).has(foldKey(c.word));
  };
  return (hit) => {
    const known = memo.get(hit.passage.id);
    if (known) return known;
    const lang = stemLang(ctx.passageLang(hit.passage));
    const text = passageText(hit.passage.text, lang);
    const passage = withConcepts(text, conceptsOf(text, lang === claim.lang ? byTerm.same : byTerm.cross));
    const found = new MismatchList(hit.passage.id);
    numberMismatches(claim, passage, found);
    const figures = { concepts: [...found.concepts], mismatches: [...found.mismatches] };
    dateMismatches(claim, passage, found);
    nameMismatches(ctx, claim, passage, found);
    nationMismatches(claim, passage, found);
    outcomeMismatches(ctx, claim, passage, found);
    if (found.mismatches.length === 0) negationMismatches(ctx, claim, passage, found);
    const counted = new Set([...hit.matched, ...found.concepts]);
    const unheld = [...counted].filter((i) => onlyDates(claim, passage, i) || (ctx.concepts[i]!.number && figureCountsOtherNoun(claim, passage, i)));
    for (const i of unheld) counted.delete(i);
    const has = (i: number) => counted.has(i);
    const coverage = coverageOf(ctx.concepts, weights, has);
    const named = namedInDocument(hit, counted);
    const specificCoverage = specificCoverageOf(ctx.concepts, (i) => has(i) || named(i));
    const alignment = { mismatches: found.mismatches, mismatched: [...found.concepts], unheld, coverage, specificCoverage, figures };
    memo.set(hit.passage.id, alignment);
    return alignment;
  };
}
