/**
 * A claim's day or month against the passage's: "on Wednesday" for "on
 * Tuesday", "en mars 2019" for "en mai 2019". French and English names map to
 * one calendar, so a French passage answers an English claim. A month counts
 * only next to a number ("12 March", "mars 2019") or after a preposition of time
 * ("in May", "en juin"): alone, "March" and "May" are verbs as often as months. A passage naming the claim's day as well as
 * another is not contradicting it — it tells of two days.
 */
import { stripAccents } from '../../text/fold.js';
import { contentNeighbours, type Reading } from './reading.js';
import type { MismatchList } from './mismatchList.js';

const DAYS: Record<string, number> = {};
['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].forEach((d, i) => (DAYS[d] = i));
['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'].forEach((d, i) => (DAYS[d] = i));

const MONTHS: Record<string, number> = {};
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach(
  (m, i) => (MONTHS[m] = i),
);
['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'].forEach(
  (m, i) => (MONTHS[m] = i),
);

// Abbreviated months, as datelines and bylines write them ("Jul 12, 2013", "20 févr. 2009"): only next to a number.
const MONTH_ABBREVIATIONS: Record<string, number> = {};
['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].forEach((m, i) => (MONTH_ABBREVIATIONS[m] = i));
['janv', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'].forEach((m, i) => (MONTH_ABBREVIATIONS[m] = i));

const isMonthWord = (word: string) => word in MONTHS || word in MONTH_ABBREVIATIONS;

/**
 * Whether token k is the day of a date ("Jul 12", "12 mars"): a number from 1 to 31
 * next to a month. It dates; it counts nothing ("twelve jurors" is not "Jul 12").
 */
export function isDayOfMonth(r: Reading, k: number): boolean {
  const t = r.tokens[k];
  if (!t || !/^\d{1,2}$/.test(t.text) || Number(t.text) < 1 || Number(t.text) > 31) return false;
  return [k - 1, k + 1].some((n) => {
    const near = r.tokens[n];
    return near !== undefined && r.gapBefore[Math.max(n, k)]! < 2 && isMonthWord(stripAccents(near.text.toLowerCase()));
  });
}

const YEAR_RE = /^(?:1[89]\d\d|20\d\d)$/;
/** Content words either side of a year that say what happened then ("fermée en 2005"). */
const YEAR_CONTEXT = 3;

const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'by', 'early', 'late', 'mid', 'en', 'depuis', 'début', 'fin', 'mi']);

interface DateMention {
  kind: 'day' | 'month' | 'year';
  value: number;
  token: number;
}

/**
 * A day's name that is part of a name: "the Sunday Times", "Journal du
 * Dimanche" — capitalised before another capitalised word, or capitalised
 * inside a French sentence, where days are written in lower case.
 */
function inName(r: Reading, k: number): boolean {
  const t = r.tokens[k]!;
  if (!t.capitalised) return false;
  const next = r.tokens[k + 1];
  if (next?.capitalised && r.gapBefore[k + 1] === 0 && !(stripAccents(next.text.toLowerCase()) in MONTHS)) return true;
  return r.lang === 'fr' && !t.sentenceInitial;
}

function dateMentions(r: Reading): DateMention[] {
  const out: DateMention[] = [];
  r.tokens.forEach((t, k) => {
    const word = stripAccents(t.text.toLowerCase());
    if (word in DAYS) {
      if (!inName(r, k)) out.push({ kind: 'day', value: DAYS[word]!, token: k });
    } else if (YEAR_RE.test(word)) out.push({ kind: 'year', value: Number(word), token: k });
    // Next to a number, with no sentence break between ("12 March", "mars 2019", "March 3"),
    // or after a preposition of time ("in May", "en juin", "since March").
    else if (
      word in MONTHS &&
      ([k - 1, k + 1].some((n) => r.numeric[n] && r.gapBefore[Math.max(n, k)]! < 2) ||
        (k > 0 && r.gapBefore[k]! === 0 && TIME_PREPOSITIONS.has(r.tokens[k - 1]!.text.toLowerCase())))
    )
      out.push({ kind: 'month', value: MONTHS[word]!, token: k });
  });
  return out;
}

/** The claim concepts of the content words around a year. */
function yearContext(r: Reading, k: number): Set<number> {
  const near = [...contentNeighbours(r, k, -1, YEAR_CONTEXT, (j) => r.numeric[j]!), ...contentNeighbours(r, k, 1, YEAR_CONTEXT, (j) => r.numeric[j]!)];
  return new Set(near.flatMap((j) => r.concepts[j]!));
}

export function dateMismatches(c: Reading, p: Reading, out: MismatchList): void {
  const inPassage = dateMentions(p);
  for (const m of dateMentions(c)) {
    let same = inPassage.filter((d) => d.kind === m.kind);
    if (same.length === 0 || same.some((d) => d.value === m.value)) continue;
    // A passage tells of many years: only one dating what the claim's year dates is another date.
    if (m.kind === 'year') {
      const context = yearContext(c, m.token);
      same = same.filter((d) => [...yearContext(p, d.token)].some((i) => context.has(i)));
      if (same.length === 0) continue;
    }
    const claimToken = c.tokens[m.token]!;
    const rival = p.tokens[same[0]!.token]!;
    out.add(c.text.slice(claimToken.start, claimToken.end), p.text.slice(rival.start, rival.end), c.concepts[m.token] ?? []);
  }
}
