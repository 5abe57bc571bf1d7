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
import { tokenize, type Token } from '../text/tokens.js';
import { isStopword, nameKey, stemLang, termOf, type StemLang } from '../text/terms.js';
import type { Lang, Mismatch } from '../schema.js';

export type { Mismatch };
import type { Passage } from '../corpus/types.js';
import type { Concept } from './query.js';
import type { SearchIndex } from './index.js';
import type { Lexicon } from './lexicon.js';
import { conceptWeight, type Hit } from './search.js';
import { compatible, isQuantifier, numberMentions, sameKind, type NumberMention } from './numbers.js';
import { isNegationWord, negationNear, negationOf, poleOfStem } from './polarity.js';

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
}

export interface AlignContext {
  claim: string;
  lang: Lang;
  concepts: Concept[];
  index: SearchIndex;
  lexicon: Lexicon;
  /** The language a passage is written in (its document's). */
  passageLang: (passage: Passage) => Lang;
}

/**
 * What alignment reads from a text, whatever the claim: tokens, stems, name
 * keys, outcome poles, numbers, polarity. Cached per passage (a few hundred,
 * least recently used first out): the same passages head the ranking for
 * related claims.
 */
interface Text {
  text: string;
  lang: StemLang;
  tokens: Token[];
  /** Per token, its stem and, if capitalised, its name key. */
  stems: Array<string | null>;
  keys: Array<string | null>;
  /** Per token, whether it is a content word (not a function word). */
  content: boolean[];
  /** Per token, its outcome group and pole ("rejected" → adopted/rejected, −), or null. */
  poles: Array<[number, 1 | -1] | null>;
  numbers: NumberMention[];
  /** Per token, whether it belongs to a number expression. */
  numeric: boolean[];
  /** Per token, its polarity, computed when first asked. */
  polarity: Array<Polarity | undefined>;
  /** Per token, what separates it from the one before: 0 a space, 1 a comma or bracket, 2 a sentence break. */
  gapBefore: Uint8Array;
}

/** A text read against one claim: which claim concepts each token stands for. */
interface Reading extends Text {
  concepts: number[][];
  /** Token positions of each claim concept. */
  positions: Map<number, number[]>;
}

interface Polarity {
  sign: 1 | 0 | -1;
  /** Where to start quoting: the negation, or the word itself. */
  start: number;
}

/** How many content words may stand between a number and the noun it counts ("140 fishing boats"). */
const UNIT_REACH = 2;
/** Content words either side of an outcome word that must share a claim concept, so the two speak of the same thing. */
const CONTEXT_REACH = 4;
// Capitalised words that date rather than name an actor.
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const SENTENCE_BREAK_RE = /[.;:!?\n]/;
/** What a number counts stands in its own phrase: "April 12, 1981, Space Shuttle…" counts no shuttle. */
const PHRASE_BREAK_RE = /[.;:!?\n,()[\]]/;
/**
 * Prepositions that make the name after them a place, a time or a circumstance
 * ("in Paris", "à Lyon") rather than an actor. "by"/"par" (the agent of a
 * passive) and "against"/"contre" (a target) are left out on purpose.
 */
const NON_ACTOR_PREPOSITIONS = new Set([
  'in', 'at', 'on', 'from', 'to', 'into', 'near', 'of', 'with', 'for', 'across', 'inside', 'outside', 'toward', 'towards', 'since', 'over',
  'à', 'au', 'aux', 'en', 'dans', 'de', 'du', 'des', 'près', 'vers', 'sur', 'pour', 'avec', 'chez', 'depuis', 'entre', 'parmi',
]);

/**
 * Index terms → claim concepts, for passages in the claim's language or the
 * other. In the claim's own language a concept is its own stem, name key and
 * number forms: its translations are other-language words, and meeting them in
 * a same-language passage is a collision ("question" → contester → "contest").
 */
function conceptTerms(concepts: Concept[], claimLang: StemLang): Record<'same' | 'cross', Map<string, number[]>> {
  const maps = { same: new Map<string, number[]>(), cross: new Map<string, number[]>() };
  const put = (map: Map<string, number[]>, term: string, i: number) => {
    const list = map.get(term) ?? [];
    if (!list.includes(i)) list.push(i);
    map.set(term, list);
  };
  concepts.forEach((c, i) => {
    const own = new Set([termOf(c.word, claimLang), nameKey(c.word)]);
    for (const a of c.alternatives) {
      put(maps.cross, a.term, i);
      if (c.number || own.has(a.term)) put(maps.same, a.term, i);
    }
  });
  return maps;
}

function readText(text: string, lang: StemLang): Text {
  const tokens = tokenize(text);
  const stems = tokens.map((tok) => termOf(tok.text, lang));
  const keys = tokens.map((tok) => (tok.capitalised ? nameKey(tok.text) : null));
  const numbers = numberMentions(tokens, text, lang);
  const numeric = tokens.map(() => false);
  for (const m of numbers) for (let k = m.first; k <= m.last; k++) numeric[k] = true;
  const gapBefore = new Uint8Array(tokens.length);
  for (let k = 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    gapBefore[k] = SENTENCE_BREAK_RE.test(gap) ? 2 : PHRASE_BREAK_RE.test(gap) ? 1 : 0;
  }
  return {
    gapBefore,
    text,
    lang,
    tokens,
    stems,
    keys,
    content: stems.map((st) => st !== null),
    poles: stems.map((st) => (st ? poleOfStem(st, lang) : null)),
    numbers,
    numeric,
    polarity: [],
  };
}

const TEXT_CACHE_SIZE = 512;
const textCache = new Map<string, Text>();

/** A passage's reading, from the cache when its text was read before. */
function passageText(text: string, lang: StemLang): Text {
  const key = `${lang}\u0000${text}`;
  const known = textCache.get(key);
  if (known) {
    // Refresh its place: a Map iterates in insertion order, so the first key is the least recent.
    textCache.delete(key);
    textCache.set(key, known);
    return known;
  }
  const read = readText(text, lang);
  if (textCache.size >= TEXT_CACHE_SIZE) textCache.delete(textCache.keys().next().value!);
  textCache.set(key, read);
  return read;
}

function withConcepts(t: Text, concepts: number[][]): Reading {
  const positions = new Map<number, number[]>();
  concepts.forEach((cs, k) => {
    for (const c of cs) positions.set(c, [...(positions.get(c) ?? []), k]);
  });
  return { ...t, concepts, positions };
}

function conceptsOf(t: Text, byTerm: Map<string, number[]>): number[][] {
  return t.tokens.map((_, k) => {
    const found: number[] = [];
    for (const term of [t.stems[k], t.keys[k]]) if (term) for (const c of byTerm.get(term) ?? []) if (!found.includes(c)) found.push(c);
    return found;
  });
}

/** The claim read with its own stems only: a claim token stands for the concept of its own word. */
function readClaim(ctx: AlignContext): Reading {
  const lang = stemLang(ctx.lang);
  const own = new Map<string, number[]>();
  ctx.concepts.forEach((c, i) => {
    const stem = termOf(c.word, lang);
    for (const t of [stem, c.word.toLowerCase()]) if (t) own.set(t, [...(own.get(t) ?? []), i]);
  });
  const t = readText(ctx.claim, lang);
  return withConcepts(t, t.tokens.map((tok, k) => own.get(t.stems[k] ?? tok.text.toLowerCase()) ?? []));
}

function slice(r: Reading, first: number, last: number): string {
  return r.text.slice(r.tokens[first]!.start, r.tokens[last]!.end);
}

/** Whether a sentence (or, with `clause`, a phrase) ends between two neighbouring tokens. */
function breakBetween(r: Text, a: number, b: number, clause = false): boolean {
  return r.gapBefore[Math.max(a, b)]! >= (clause ? 1 : 2);
}

/**
 * Content tokens next to a position, in one direction, up to `reach` of them,
 * within the sentence (or, with `clause`, within the phrase: a comma ends it):
 * what a number counts, what a name does.
 */
function contentNeighbours(
  r: Reading,
  from: number,
  dir: 1 | -1,
  reach: number,
  skip: (k: number) => boolean = () => false,
  clause = false,
): number[] {
  const out: number[] = [];
  for (let k = from + dir; k >= 0 && k < r.tokens.length && out.length < reach; k += dir) {
    if (breakBetween(r, k - dir, k, clause)) break;
    if (!r.content[k] || skip(k)) continue;
    out.push(k);
  }
  return out;
}

function inNumber(r: Reading, k: number): boolean {
  return r.numeric[k]!;
}

// ---- numbers -------------------------------------------------------------

/** The concepts a claim number counts: the content words after it (or, for "December 2016", before it). */
function unitConcepts(r: Reading, m: NumberMention): { concepts: Set<number>; dir: 1 | -1 } | null {
  const skip = (k: number) => inNumber(r, k) || isQuantifier(r.tokens[k]!.text);
  for (const [from, dir] of [[m.last, 1], [m.first, -1]] as const) {
    const near = contentNeighbours(r, from, dir, UNIT_REACH, skip, true).flatMap((k) => r.concepts[k]!);
    if (near.length > 0) return { concepts: new Set(near), dir };
  }
  return null;
}

/** Passage numbers standing in the same place: next to a token of the claim number's noun, on the same side. */
function numbersInRole(p: Reading, units: Set<number>, dir: 1 | -1): NumberMention[] {
  return p.numbers.filter((m) => {
    const skip = (k: number) => inNumber(p, k) || isQuantifier(p.tokens[k]!.text);
    const near = contentNeighbours(p, dir === 1 ? m.last : m.first, dir, UNIT_REACH, skip, true);
    return near.some((k) => p.concepts[k]!.some((c) => units.has(c)));
  });
}

function numberMismatches(c: Reading, p: Reading, out: Found): void {
  for (const m of c.numbers) {
    if (m.value === null) continue;
    const sameKindInPassage = p.numbers.filter((n) => sameKind(m, n));
    if (sameKindInPassage.some((n) => compatible(m, n))) continue;
    const role = unitConcepts(c, m);
    if (!role) continue;
    // A passage number the claim also gives elsewhere ("21, 23 and 24") is accounted for.
    const rival = numbersInRole(p, role.concepts, role.dir).find(
      (n) => sameKind(m, n) && n.value !== null && !c.numbers.some((o) => o !== m && sameKind(o, n) && compatible(o, n)),
    );
    if (!rival) continue;
    const concepts = [];
    for (let k = m.first; k <= m.last; k++) concepts.push(...c.concepts[k]!);
    out.add(c.text.slice(m.start, m.end), p.text.slice(rival.start, rival.end), concepts);
  }
}

// ---- names ---------------------------------------------------------------

interface NameSpan {
  first: number;
  last: number;
}

/** Runs of capitalised words ("Jean Valjean", "Abu al-Walid"), joined over lower-case particles. */
function nameSpans(r: Reading, isName: (k: number) => boolean): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let k = 0; k < r.tokens.length; k++) {
    if (!isName(k)) continue;
    let last = k;
    while (last + 1 < r.tokens.length) {
      const gap = r.text.slice(r.tokens[last]!.end, r.tokens[last + 1]!.start);
      if (!/^[\s-]*$/.test(gap)) break;
      if (isName(last + 1)) last++;
      else if (/^(?:al|el|ad|ash|ibn|bin|ben|von|van)$/i.test(r.tokens[last + 1]!.text) && last + 2 < r.tokens.length && isName(last + 2)) last += 2;
      else break;
    }
    spans.push({ first: k, last });
    k = last;
  }
  return spans;
}

/** Whether a name span stands after a preposition of place or circumstance (elided "d'" included). */
function governedByPreposition(r: Reading, span: NameSpan): boolean {
  const tok = r.tokens[span.first]!;
  if (/(?<![\p{L}\p{N}])[dD]['’\u02BC]$/u.test(r.text.slice(Math.max(0, tok.start - 3), tok.start))) return true;
  // Back over a determiner or two ("from the United States", "dans la ville de").
  for (let k = span.first - 1; k >= 0 && k >= span.first - 3; k--) {
    if (breakBetween(r, k, k + 1)) return false;
    if (NON_ACTOR_PREPOSITIONS.has(r.tokens[k]!.text.toLowerCase())) return true;
    if (r.content[k]) return false;
  }
  return false;
}

/** A capitalised word that names someone: not the sentence's first word unless no dictionary knows it, not a month. */
function passageNameTest(p: Reading, lexicon: Lexicon): (k: number) => boolean {
  return (k) => {
    const tok = p.tokens[k]!;
    const lower = tok.text.toLowerCase();
    if (!tok.capitalised || !p.content[k] || /^\d/.test(tok.text) || CALENDAR.has(lower)) return false;
    // Function words of either language and two-letter interjections ("She", "OK") name no one.
    if (isStopword(lower, 'fr') || isStopword(lower, 'en') || tok.text.length < 3) return false;
    if (!tok.sentenceInitial) return true;
    return p.lang === 'fr' ? !lexicon.isFrench(tok.text) : !lexicon.isEnglish(tok.text);
  };
}

function nameMismatches(ctx: AlignContext, c: Reading, p: Reading, out: Found): void {
  const isClaimName = (k: number) => c.concepts[k]!.some((i) => ctx.concepts[i]!.specific && !ctx.concepts[i]!.number);
  const present = p.positions;
  let passageSpans: NameSpan[] | null = null;
  const spansOfPassage = () => (passageSpans ??= nameSpans(p, passageNameTest(p, ctx.lexicon)));
  for (const span of nameSpans(c, isClaimName)) {
    const own: number[] = [];
    for (let k = span.first; k <= span.last; k++) own.push(...c.concepts[k]!);
    if (own.length === 0 || own.some((i) => present.has(i)) || governedByPreposition(c, span)) continue;
    for (const [from, dir] of [[span.last, 1], [span.first, -1]] as const) {
      // The word the name acts on or is acted on by: the next content word, if it is an ordinary one.
      const next = contentNeighbours(c, from, dir, 1)[0];
      if (next === undefined || isClaimName(next) || inNumber(c, next)) continue;
      const predicate = new Set(c.concepts[next]!);
      if (predicate.size === 0) continue;
      const rival = rivalName(p, spansOfPassage(), predicate, dir);
      if (rival) {
        out.add(slice(c, span.first, span.last), slice(p, rival.first, rival.last), own);
        return;
      }
    }
  }
}

/** In the passage, a name standing where the claim's name stood: next to the same predicate, on the same side, naming none of the claim. */
function rivalName(p: Reading, spans: NameSpan[], predicate: Set<number>, dir: 1 | -1): NameSpan | null {
  const at = [...new Set([...predicate].flatMap((i) => p.positions.get(i) ?? []))].sort((a, b) => a - b);
  for (const k of at) {
    // dir 1: the claim's name stood before its predicate, so look before the passage's.
    const near = contentNeighbours(p, k, dir === 1 ? -1 : 1, 1)[0];
    if (near === undefined) continue;
    const span = spans.find((s) => near >= s.first && near <= s.last);
    if (!span || governedByPreposition(p, span)) continue;
    let foreign = true;
    for (let j = span.first; j <= span.last; j++) if (p.concepts[j]!.length > 0) foreign = false;
    if (foreign) return span;
  }
  return null;
}

// ---- polarity ------------------------------------------------------------

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
function negationMismatches(ctx: AlignContext, c: Reading, p: Reading, out: Found): void {
  for (let k = 0; k < c.tokens.length; k++) {
    const own = c.concepts[k]!.filter((i) => !ctx.concepts[i]!.specific);
    if (own.length === 0 || isNegationWord(c.tokens, k, c.text) || inNumber(c, k)) continue;
    const occurrences = [...new Set(own.flatMap((i) => p.positions.get(i) ?? []))].filter((j) => !isNegationWord(p.tokens, j, p.text));
    if (occurrences.length === 0) continue;
    const claimSide = polarityAt(c, k);
    if (claimSide.sign === 0) continue;
    const signs = occurrences.map((j) => ({ j, ...polarityAt(p, j) }));
    const differ = signs.every((s) => s.sign === -claimSide.sign);
    if (!differ) continue;
    // The word must speak of the same thing in both: a claim concept near it in each.
    const context = contextOf(c, k);
    const s = signs.find((x) => sharesContext(p, x.j, context, own));
    if (!s) continue;
    out.add(spanText(c, claimSide.start, k), spanText(p, s.start, s.j), own);
    return; // one polarity difference says it; the same negation often governs several words
  }
}

/** An outcome word the passage answers with its opposite ("adopted" / "rejected", "killed" / "aucune victime"). */
function outcomeMismatches(c: Reading, p: Reading, out: Found): void {
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

// ---- the whole ------------------------------------------------------------

/** Mismatches found in one passage, deduplicated, with the claim concepts they stand for. */
class Found {
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

/**
 * Prepares the claim once and returns a function aligning it with a hit
 * (memoised: the found decision and the choice of carrying passages ask for the same hits).
 */
export function createAligner(ctx: AlignContext): (hit: Hit) => Alignment {
  const claim = readClaim(ctx);
  const byTerm = conceptTerms(ctx.concepts, claim.lang);
  const weights = ctx.concepts.map((c) => conceptWeight(c, ctx.index));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const specifics = ctx.concepts.map((c, i) => (c.specific ? i : -1)).filter((i) => i >= 0);
  const memo = new Map<string, Alignment>();
  return (hit) => {
    const known = memo.get(hit.passage.id);
    if (known) return known;
    const lang = stemLang(ctx.passageLang(hit.passage));
    const text = passageText(hit.passage.text, lang);
    const passage = withConcepts(text, conceptsOf(text, lang === claim.lang ? byTerm.same : byTerm.cross));
    const found = new Found(hit.passage.id);
    numberMismatches(claim, passage, found);
    nameMismatches(ctx, claim, passage, found);
    outcomeMismatches(claim, passage, found);
    if (found.mismatches.length === 0) negationMismatches(ctx, claim, passage, found);
    const counted = new Set([...hit.matched, ...found.concepts]);
    const coverage = [...counted].reduce((s, i) => s + weights[i]!, 0) / total;
    const specificCoverage = specifics.length ? specifics.filter((i) => counted.has(i)).length / specifics.length : 1;
    const alignment = { mismatches: found.mismatches, mismatched: [...found.concepts], coverage, specificCoverage };
    memo.set(hit.passage.id, alignment);
    return alignment;
  };
}
