/**
 * Which distractor documents a corpus of a given size gets: whole documents,
 * in a seeded shuffle, until the paragraph target is met — French up to
 * FRENCH_SHARE of it (all the French there is, when that is less), English
 * for the rest, and French again should English run out.
 */
import { seededRandom, shuffled } from '../random.js';

export const FRENCH_SHARE = 0.75;

export interface Selectable {
  lang: 'fr' | 'en';
  paragraphs: readonly unknown[];
}

function take<T extends Selectable>(pool: T[], target: number, out: T[]): number {
  let got = 0;
  while (got < target && pool.length > 0) {
    const doc = pool.shift()!;
    out.push(doc);
    got += doc.paragraphs.length;
  }
  return got;
}

export function selectDocs<T extends Selectable>(docs: readonly T[], targetParagraphs: number, seed = 20240601): T[] {
  const random = seededRandom(seed);
  const fr = shuffled(docs.filter((d) => d.lang === 'fr'), random);
  const en = shuffled(docs.filter((d) => d.lang === 'en'), random);
  const out: T[] = [];
  let got = take(fr, Math.round(targetParagraphs * FRENCH_SHARE), out);
  got += take(en, targetParagraphs - got, out);
  take(fr, targetParagraphs - got, out);
  return out;
}
