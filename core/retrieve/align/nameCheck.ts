/** Another name where the claim's actor stood, next to the same predicate. */
import { isStopword } from '../../text/terms.js';
import { stripAccents } from '../../text/fold.js';
import type { Lexicon } from '../lexicon.js';
import { type Reading, slice, breakBetween, contentNeighbours, inNumber } from './reading.js';
import { MismatchList } from './mismatchList.js';
import { sameNation } from './nationCheck.js';
import type { AlignContext } from './context.js';

// Capitalised words that date rather than name an actor.
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/**
 * Prepositions that make the name after them a place, a time or a circumstance
 * ("in Paris", "à Lyon") rather than an actor. "by"/"par" (the agent of a
 * passive) and "against"/"contre" (a target) are left out on purpose.
 */
const NON_ACTOR_PREPOSITIONS = new Set([
  'in', 'at', 'on', 'from', 'to', 'into', 'near', 'of', 'with', 'for', 'across', 'inside', 'outside', 'toward', 'towards', 'since', 'over',
  'à', 'au', 'aux', 'en', 'dans', 'de', 'du', 'des', 'près', 'vers', 'sur', 'pour', 'avec', 'chez', 'depuis', 'entre', 'parmi',
]);

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
      // A line break ends a name: "… Forward" and "SEATTLE —" are a headline and a dateline.
      if (!/^[ \t\u00A0-]*$/.test(gap)) break;
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

export function nameMismatches(ctx: AlignContext, c: Reading, p: Reading, out: MismatchList): void {
  const isClaimName = (k: number) => c.concepts[k]!.some((i) => ctx.concepts[i]!.specific && !ctx.concepts[i]!.number);
  const present = p.positions;
  let passageSpans: NameSpan[] | null = null;
  const spansOfPassage = () => (passageSpans ??= nameSpans(p, passageNameTest(p, ctx.lexicon)));
  // Names of several capitalised words ("Japan Airlines"), one of them specific to the claim.
  const claimNameTest = passageNameTest(c, ctx.lexicon);
  // A sentence's first word is a name when the next one is too ("Japan Airlines denied…").
  const startsName = (k: number) => c.tokens[k]!.capitalised && c.content[k]! && (c.tokens[k + 1]?.capitalised ?? false);
  for (const span of nameSpans(c, (k) => isClaimName(k) || claimNameTest(k) || startsName(k))) {
    let specific = false;
    for (let k = span.first; k <= span.last; k++) if (isClaimName(k)) specific = true;
    const swapped = specific ? otherModifier(c, p, span, spansOfPassage()) : null;
    if (swapped) {
      const own: number[] = [];
      for (let k = span.first; k <= span.last; k++) own.push(...c.concepts[k]!);
      out.add(slice(c, span.first, span.last), slice(p, swapped.first, swapped.last), own);
      return;
    }
  }
  for (const span of nameSpans(c, isClaimName)) {
    const own: number[] = [];
    for (let k = span.first; k <= span.last; k++) own.push(...c.concepts[k]!);
    if (own.length === 0 || own.some((i) => present.has(i)) || sameNation(c, p, span.first, span.last)) continue;
    // "HRW" for "Human Rights Watch": an acronym and its expansion are one actor.
    if (spansOfPassage().some((x) => sameByInitials(slice(c, span.first, span.last), slice(p, x.first, x.last)))) continue;
    if (governedByPreposition(c, span)) {
      // "in the US state of Texas" / "of Florida": another place in the same frame.
      const place = rivalPlace(c, p, span, spansOfPassage());
      if (place) {
        out.add(slice(c, span.first, span.last), slice(p, place.first, place.last), own);
        return;
      }
      continue;
    }
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

const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', "d'", 'd’']);

/** Whether one name is the other's acronym ("HRW", "Human Rights Watch"; "OMS", "Organisation mondiale de la santé"). */
export function sameByInitials(a: string, b: string): boolean {
  const [acronym, full] = /^\p{Lu}{2,6}$/u.test(a) ? [a, b] : /^\p{Lu}{2,6}$/u.test(b) ? [b, a] : [null, null];
  if (!acronym || !full || !/\s/u.test(full)) return false;
  const initials = full
    .split(/[\s-]+/u)
    .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return initials === acronym;
}

/** The preposition governing a name span, and the content word the frame hangs on ("state" in "state of Texas"). */
function placeFrame(r: Reading, span: NameSpan): { preposition: string; anchor: number } | null {
  for (let k = span.first - 1; k >= 0 && k >= span.first - 3; k--) {
    if (breakBetween(r, k, k + 1)) return null;
    const w = r.tokens[k]!.text.toLowerCase();
    if (NON_ACTOR_PREPOSITIONS.has(w)) {
      const anchor = contentNeighbours(r, k, -1, 1)[0];
      // The word right before the preposition: "state of", "born in", "filed in".
      return anchor !== undefined && anchor >= k - 2 ? { preposition: w, anchor } : null;
    }
    if (r.content[k]) return null;
  }
  return null;
}

/**
 * A place the passage names where the claim names another, in the same frame: the
 * claim's anchor word, the same preposition, then a name holding nothing of the claim
 * ("filed in the US state of Texas" / "filed in the US state of Florida").
 */
function rivalPlace(c: Reading, p: Reading, span: NameSpan, spans: NameSpan[]): NameSpan | null {
  const frame = placeFrame(c, span);
  if (!frame) return null;
  const anchors = [...new Set(c.concepts[frame.anchor]!.flatMap((i) => p.positions.get(i) ?? []))];
  for (const j of anchors) {
    for (let k = j + 1; k < p.tokens.length && k <= j + 3; k++) {
      if (breakBetween(p, k - 1, k)) break;
      if (p.tokens[k]!.text.toLowerCase() !== frame.preposition) continue;
      const rival = spans.find((s) => s.first > k && s.first <= k + 3 && !breakBetween(p, k, s.first));
      if (!rival) break;
      let foreign = true;
      for (let m = rival.first; m <= rival.last; m++) if (p.concepts[m]!.length > 0) foreign = false;
      if (foreign) return rival;
      break;
    }
  }
  return null;
}

/** In the passage, a name standing where the claim's name stood: next to the same predicate, on the same side, naming none of the claim. */
function rivalName(p: Reading, spans: NameSpan[], predicate: Set<number>, dir: 1 | -1): NameSpan | null {
  const at = [...new Set([...predicate].flatMap((i) => p.positions.get(i) ?? []))].sort((a, b) => a - b);
  for (const k of at) {
    // dir 1: the claim's name stood before its predicate, so look before the passage's.
    // In the same phrase: "SEATTLE — A federal judge" puts no actor before "federal".
    const near = contentNeighbours(p, k, dir === 1 ? -1 : 1, 1, () => false, true)[0];
    if (near === undefined) continue;
    const span = spans.find((s) => near >= s.first && near <= s.last);
    if (!span || governedByPreposition(p, span)) continue;
    let foreign = true;
    for (let j = span.first; j <= span.last; j++) if (p.concepts[j]!.length > 0) foreign = false;
    if (foreign) return span;
  }
  return null;
}

/**
 * "Japan Airlines" for "China Airlines": the claim's name of several words is
 * nowhere whole in the passage, but a name there ends with the same head word
 * and has another word before it — the same kind of actor, another one. The
 * claim's first word may stand elsewhere ("the crash in Japan"), which is why
 * the word-by-word check above cannot see it.
 */
function otherModifier(c: Reading, p: Reading, span: NameSpan, spans: NameSpan[]): NameSpan | null {
  if (span.last === span.first) return null;
  // Words, not concepts: a claim's name of several words is often one concept.
  // Folded: "Agustin Carstens" is "Agustín Carstens" written without its accent.
  const word = (r: Reading, k: number) => stripAccents(r.tokens[k]!.text.toLowerCase());
  const head = word(c, span.last);
  const modifiers = new Set<string>();
  for (let k = span.first; k < span.last; k++) modifiers.add(word(c, k));
  const withHead = spans.filter((s) => s.last > s.first && word(p, s.last) === head);
  // "Rob" for "Robert", "Alex" for "Alexander": a first name shortened is the same name.
  const sameModifier = (w: string) => modifiers.has(w) || [...modifiers].some((m) => Math.min(m.length, w.length) >= 3 && (m.startsWith(w) || w.startsWith(m)));
  const holdsModifier = (s: NameSpan) => {
    for (let k = s.first; k < s.last; k++) if (sameModifier(word(p, k))) return true;
    return false;
  };
  // The claim's own name in the passage, whole: no swap.
  if (withHead.length === 0 || withHead.some(holdsModifier)) return null;
  return withHead[0]!;
}
