/** A claim's number against the passage's number for the same noun ("40 boats" for "140 boats"). */
import { compatible, isQuantifier, sameKind, type NumberMention } from '../numbers.js';
import { type Reading, contentNeighbours, inNumber, UNIT_REACH } from './reading.js';
import { MismatchList } from './mismatchList.js';
import { isDayOfMonth } from './dateCheck.js';

/** A number that is the day of a date ("Mar 12"): it dates, it counts nothing. */
const isDay = (r: Reading, n: NumberMention) => n.first === n.last && isDayOfMonth(r, n.first);

/**
 * The concepts a claim number counts: the content words after it (or, for "December 2016", before it),
 * and among them its head — the first ("douze espèces de poissons" counts species, of fish).
 */
function unitConcepts(r: Reading, m: NumberMention): { concepts: Set<number>; head: Set<number>; dir: 1 | -1 } | null {
  const skip = (k: number) => inNumber(r, k) || isQuantifier(r.tokens[k]!.text);
  for (const [from, dir] of [[m.last, 1], [m.first, -1]] as const) {
    const words = contentNeighbours(r, from, dir, UNIT_REACH, skip, true);
    const near = words.flatMap((k) => r.concepts[k]!);
    if (near.length > 0) return { concepts: new Set(near), head: new Set(r.concepts[words[0]!]!), dir };
  }
  return null;
}

/** Whether the first content word next to a passage number is the claim number's head noun. */
function countsHead(p: Reading, n: NumberMention, head: Set<number>, dir: 1 | -1): boolean {
  const skip = (k: number) => inNumber(p, k) || isQuantifier(p.tokens[k]!.text);
  const first = contentNeighbours(p, dir === 1 ? n.last : n.first, dir, 1, skip, true)[0];
  return first !== undefined && p.concepts[first]!.some((c) => head.has(c));
}

/** Passage numbers standing in the same place: next to a token of the claim number's noun, on the same side. */
function numbersInRole(p: Reading, units: Set<number>, dir: 1 | -1): NumberMention[] {
  return p.numbers.filter((m) => {
    const skip = (k: number) => inNumber(p, k) || isQuantifier(p.tokens[k]!.text);
    const near = contentNeighbours(p, dir === 1 ? m.last : m.first, dir, UNIT_REACH, skip, true);
    return near.some((k) => p.concepts[k]!.some((c) => units.has(c)));
  });
}

export function numberMismatches(c: Reading, p: Reading, out: MismatchList): void {
  for (const m of c.numbers) {
    if (m.value === null) continue;
    const sameKindInPassage = p.numbers.filter((n) => sameKind(m, n) && (isDay(c, m) || !isDay(p, n)));
    const agreeing = sameKindInPassage.filter((n) => compatible(m, n));
    const role = unitConcepts(c, m);
    if (!role) continue;
    // The claim's figure for its own noun: "trente tonnes" is not answered by "30 mètres de large".
    const inRole = new Set(numbersInRole(p, role.concepts, role.dir));
    // (A vague figure agrees only when it counts the same thing: "des milliers de poissons" says nothing of "trente tonnes".)
    const answers = (n: NumberMention) => inRole.has(n) && (n.value !== null || countsHead(p, n, role.head, role.dir));
    if (agreeing.some((n) => answers(n) || ![...inRole].some((r) => r !== n && sameKind(m, r)))) continue;
    // A passage number the claim also gives elsewhere ("21, 23 and 24") is accounted for.
    const rivals = numbersInRole(p, role.concepts, role.dir).filter(
      (n) => sameKind(m, n) && n.value !== null && !c.numbers.some((o) => o !== m && sameKind(o, n) && compatible(o, n)),
    );
    // "Quatorze espèces" answers "douze espèces de poissons" before "trois tonnes de poissons" does.
    const rival = rivals.find((n) => countsHead(p, n, role.head, role.dir)) ?? rivals[0];
    if (!rival) continue;
    const concepts = [];
    for (let k = m.first; k <= m.last; k++) concepts.push(...c.concepts[k]!);
    out.add(c.text.slice(m.start, m.end), p.text.slice(rival.start, rival.end), concepts);
  }
}

/**
 * Whether the claim's figure for concept i stands in the passage only counting something
 * else: "30 mètres de large" does not give "trente tonnes de poissons". A figure with nothing
 * after it ("a toll of 30") may count anything and still answers.
 */
export function figureCountsOtherNoun(c: Reading, p: Reading, i: number): boolean {
  // Across languages the dictionary may lack the counted noun ("personnes" / "people"): no verdict.
  if (c.lang !== p.lang) return false;
  const m = c.numbers.find((x) => x.value !== null && c.concepts.slice(x.first, x.last + 1).some((cs) => cs.includes(i)));
  if (!m) return false;
  const role = unitConcepts(c, m);
  if (!role) return false;
  const same = p.numbers.filter((n) => sameKind(m, n) && compatible(m, n) && n.value !== null);
  if (same.length === 0) return false;
  const skip = (k: number) => inNumber(p, k) || isQuantifier(p.tokens[k]!.text);
  return same.every((n) => {
    const counted = contentNeighbours(p, role.dir === 1 ? n.last : n.first, role.dir, 1, skip, true)[0];
    return counted !== undefined && !p.concepts[counted]!.some((x) => role.concepts.has(x));
  });
}
