/**
 * Another nationality where the claim's stood: "une unité du renseignement
 * militaire britannique" against "… russe", "Chinese hackers" against "Russian
 * hackers". The claim's country must be nowhere in the passage, and the
 * passage's other nationality must qualify what the claim's qualifies (a
 * shared neighbouring word), so a passage telling of two countries is not a
 * contradiction.
 */
import { nationForms } from '../nations.js';
import { type Reading, contentNeighbours, slice } from './reading.js';
import type { MismatchList } from './mismatchList.js';

/** Content words either side that a nationality qualifies ("renseignement militaire britannique": two before). */
const QUALIFIES_REACH = 2;

interface Mention {
  token: number;
  last: number;
  nation: number;
  /** An adjective or noun of people ("russe", "Russians"): it qualifies; a country's name is a place ("en Afghanistan"). */
  adjective: boolean;
}

/** Nationality words and country names of a reading; in English only capitalised ones ("china" is porcelain). */
function mentions(r: Reading): Mention[] {
  const { words, adjectives, phrases } = nationForms(r.lang);
  const out: Mention[] = [];
  r.tokens.forEach((t, k) => {
    if (r.lang === 'en' && !t.capitalised) return;
    const stem = r.stems[k];
    if (!stem) return;
    const nation = words.get(stem);
    if (nation !== undefined) {
      // "suisse" qualifies, "en Suisse" is a place: French capitalises the country, not the adjective.
      const adjective = adjectives.has(t.text.toLowerCase()) && (r.lang === 'en' || !t.capitalised || t.sentenceInitial);
      out.push({ token: k, last: k, nation, adjective });
      return;
    }
    for (const ph of phrases.get(stem) ?? []) {
      if (ph.stems.every((s, i) => r.stems[k + i] === s)) out.push({ token: k, last: k + ph.stems.length - 1, nation: ph.nation, adjective: false });
    }
  });
  return out;
}

function qualified(r: Reading, m: Mention): Set<number> {
  const around = [...contentNeighbours(r, m.token, -1, QUALIFIES_REACH), ...contentNeighbours(r, m.last, 1, QUALIFIES_REACH)];
  return new Set(around.flatMap((j) => r.concepts[j]!));
}

/**
 * Whether claim tokens first..last are one nationality or country the passage also names
 * ("Chinese newspaper" / "China Economic Times"): the same actor, whatever the form.
 */
export function sameNation(c: Reading, p: Reading, first: number, last: number): boolean {
  const m = mentions(c).find((x) => x.token <= first && x.last >= last);
  return m !== undefined && mentions(p).some((x) => x.nation === m.nation);
}

export function nationMismatches(c: Reading, p: Reading, out: MismatchList): void {
  const inPassage = mentions(p);
  for (const m of mentions(c)) {
    if (!m.adjective) continue;
    const context = qualified(c, m);
    if (context.size === 0) continue;
    const speaksOf = (x: Mention) => [...qualified(p, x)].some((i) => context.has(i));
    // The claim's country qualifying the same thing in the passage agrees, or named alone (no
    // qualified word at all: "in Washington", a headline's "China") leaves it open. Named about
    // something else ("American intellectual property" beside "818 Chinese products"), it says nothing.
    if (inPassage.some((x) => x.nation === m.nation && (speaksOf(x) || qualified(p, x).size === 0))) continue;
    const rival = inPassage.find((x) => x.adjective && x.nation !== m.nation && speaksOf(x));
    if (!rival) continue;
    const own: number[] = [];
    for (let k = m.token; k <= m.last; k++) own.push(...c.concepts[k]!);
    out.add(slice(c, m.token, m.last), slice(p, rival.token, rival.last), own);
    return;
  }
}
