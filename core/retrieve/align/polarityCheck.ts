/** A negation on one side only, or the opposite outcome ("rejected" for "adopted"). */
import { isNegationWord, negationNear, negationOf } from '../polarity.js';
import { type Reading, type Polarity, contentNeighbours, inNumber, UNIT_REACH } from './reading.js';
import { MismatchList } from './mismatchList.js';
import type { AlignContext } from './context.js';

/** Content words either side of an outcome word that must share a claim concept, so the two speak of the same thing. */
const CONTEXT_REACH = 4;

/**
 * A word's polarity where it stands: -1 when a negation governs it (with the
 * negation's start, for quoting), 1 when no negation stands near, 0 when one
 * stands near without governing it — uncertain, never set against the other side.
 */
function polarityAt(r: Reading, k: number): Polarity {
  const known = r.polarity[k];
  if (known) return known;
  const neg = negationOf(r.tokens, k, r.text, (j) => r.content[j]!);
  const polarity: Polarity = neg
    ? { sign: -1, start: neg.start }
    : { sign: negationNear(r.tokens, k, r.text) ? 0 : 1, start: r.tokens[k]!.start };
  r.polarity[k] = polarity;
  return polarity;
}

function spanText(r: Reading, start: number, k: number): string {
  return r.text.slice(start, r.tokens[k]!.end);
}

/** Whether passage token j has, within a few words, a claim concept of `context` other than its own. */
function sharesContext(p: Reading, j: number, context: Set<number>, own: number[]): boolean {
  for (const i of contextOf(p, j)) if (context.has(i) && !own.includes(i)) return true;
  return false;
}

/** Claim concepts within a few content words of token k (the context an outcome word speaks of). */
function contextOf(r: Reading, k: number): Set<number> {
  const around = [...contentNeighbours(r, k, -1, CONTEXT_REACH), ...contentNeighbours(r, k, 1, CONTEXT_REACH)];
  return new Set(around.flatMap((j) => r.concepts[j]!));
}

/**
 * A content word the claim affirms and the passage only ever negates, or the
 * reverse ("destroyed" / "n'ont pas été détruits").
 */
export function negationMismatches(ctx: AlignContext, c: Reading, p: Reading, out: MismatchList): void {
  for (let k = 0; k < c.tokens.length; k++) {
    const own = c.concepts[k]!.filter((i) => !ctx.concepts[i]!.specific);
    if (own.length === 0 || isNegationWord(c.tokens, k, c.text) || inNumber(c, k)) continue;
    const occurrences = [...new Set(own.flatMap((i) => p.positions.get(i) ?? []))].filter((j) => !isNegationWord(p.tokens, j, p.text));
    if (occurrences.length === 0) continue;
    const claimSide = polarityAt(c, k);
    if (claimSide.sign === 0) continue;
    // Across languages a translation often moves the negation to another word ("did not meet
    // the needs" / "ne répondait pas aux besoins", where "meet" also gives "rencontrés" elsewhere):
    // only a negation the passage writes next to the word itself says the opposite.
    if (c.lang !== p.lang && claimSide.sign === -1) continue;
    const signs = occurrences.map((j) => ({ j, ...polarityAt(p, j) }));
    const differ = signs.every((s) => s.sign === -claimSide.sign);
    if (!differ) continue;
    // The word must speak of the same thing in both: a claim concept near it in each.
    const context = contextOf(c, k);
    const s = signs.find((x) => sharesContext(p, x.j, context, own));
    if (!s) continue;
    // A claim's negation the passage may have put on another word of the same sentence ("offered no
    // concrete proposal" / "despite repeated proposals, have not come up with any concrete suggestion").
    if (claimSide.sign === -1 && sentenceNegates(p, s.j)) continue;
    out.add(spanText(c, claimSide.start, k), spanText(p, s.start, s.j), own);
    return; // one polarity difference says it; the same negation often governs several words
  }
}

/** Whether the sentence around passage token j holds a negation anywhere. */
function sentenceNegates(p: Reading, j: number): boolean {
  const ends = (a: number, b: number) => /[.!?;]/.test(p.text.slice(p.tokens[a]!.end, p.tokens[b]!.start));
  let from = j;
  while (from > 0 && !ends(from - 1, from)) from--;
  let to = j;
  while (to + 1 < p.tokens.length && !ends(to, to + 1)) to++;
  for (let k = from; k <= to; k++) if (k !== j && isNegationWord(p.tokens, k, p.text)) return true;
  return false;
}

/** An outcome word the passage answers with its opposite ("adopted" / "rejected", "killed" / "aucune victime"). */
export function outcomeMismatches(ctx: AlignContext, c: Reading, p: Reading, out: MismatchList): void {
  // The opposite outcome of someone else ("Eric Black has denied…" against "Pagliara admits…") is another
  // story: the passage must name one of the claim's actors itself.
  const actors = ctx.concepts.flatMap((x, i) => (x.specific && !x.number ? [i] : []));
  if (actors.length > 0 && !actors.some((i) => p.positions.has(i))) return;
  const claimValues = new Map<number, Set<number>>();
  for (let k = 0; k < c.tokens.length; k++) {
    const pole = c.poles[k];
    if (pole) claimValues.set(pole[0], (claimValues.get(pole[0]) ?? new Set()).add(pole[1] * polarityAt(c, k).sign));
  }
  for (let k = 0; k < c.tokens.length; k++) {
    const pole = c.poles[k];
    // A claim that has both sides of a pair ("rose in spring, fell in autumn") sets neither against a passage.
    if (!pole || claimValues.get(pole[0])!.size > 1) continue;
    const claimSide = polarityAt(c, k);
    const claimValue = pole[1] * claimSide.sign;
    if (claimValue === 0) continue;
    const context = contextOf(c, k);
    const values: Array<{ j: number; value: number; start: number }> = [];
    for (let j = 0; j < p.tokens.length; j++) {
      const q = p.poles[j];
      if (!q || q[0] !== pole[0]) continue;
      const side = polarityAt(p, j);
      values.push({ j, value: q[1] * side.sign, start: side.start });
    }
    // Any word of the group the passage does not set plainly against the claim leaves it open.
    if (values.length === 0 || values.some((v) => v.value !== -claimValue)) continue;
    // The opposite word must speak of what the claim's word speaks of (a shared neighbour).
    const rival = values.find((v) => sharesContext(p, v.j, context, c.concepts[k]!));
    if (!rival) continue;
    // A count of what the passage denies ("twelve deaths" / "no casualties") is part of the same difference.
    const counts = c.numbers.filter((m) => Math.abs(m.last - k) <= UNIT_REACH + 1 || Math.abs(m.first - k) <= UNIT_REACH + 1);
    const concepts = [...c.concepts[k]!];
    for (const m of counts) for (let j = m.first; j <= m.last; j++) concepts.push(...c.concepts[j]!);
    out.add(spanText(c, claimSide.start, k), spanText(p, rival.start, rival.j), concepts);
    return;
  }
}
