/**
 * Language of a claim or document: franc (trigram statistics), restricted to
 * the languages the analysers know, with a stopword vote as the tie-breaker for
 * short text where trigrams say little.
 */
import { franc } from 'franc-min';
import { tokenize } from './text/tokens.js';
import { isStopword } from './text/terms.js';
import type { Lang } from './schema.js';

export function detectLang(text: string): Lang {
  const words = tokenize(text)
    .map((t) => t.text.toLowerCase())
    .filter((w) => /\p{L}/u.test(w));
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (isStopword(w, 'fr')) fr++;
    if (isStopword(w, 'en')) en++;
  }
  if (text.length >= 40) {
    const guess = franc(text, { only: ['fra', 'eng'], minLength: 10 });
    if (guess === 'fra' && fr >= en) return 'fr';
    if (guess === 'eng' && en >= fr) return 'en';
  }
  if (fr === 0 && en === 0) return words.length === 0 ? 'other' : 'fr';
  return en > fr ? 'en' : 'fr';
}
