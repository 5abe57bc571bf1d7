/**
 * Language of a claim or document: franc (trigram statistics), restricted to
 * the languages the analysers know, with a stopword vote as the tie-breaker for
 * short text where trigrams say little.
 */
import { franc } from 'franc-min';
import { tokenize } from './text/tokens.js';
import { isStopword } from './text/terms.js';
import type { Lang } from './schema.js';

/** What the language test can ask of a bilingual vocabulary (the lexicon). */
export interface Vocabulary {
  isEnglish(word: string): boolean;
  isFrench(word: string): boolean;
}

/**
 * @param vocabulary when given, content words known to one language only vote too —
 *   short claims often have too few function words and trigrams to tell.
 */
export function detectLang(text: string, vocabulary?: Vocabulary): Lang {
  const words = tokenize(text)
    .map((t) => t.text.toLowerCase())
    .filter((w) => /\p{L}/u.test(w));
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (isStopword(w, 'fr')) fr++;
    if (isStopword(w, 'en')) en++;
    if (/[éèêàâçùûîôœ]/u.test(w)) fr++;
    if (vocabulary && w.length > 2 && !isStopword(w, 'fr') && !isStopword(w, 'en')) {
      const e = vocabulary.isEnglish(w);
      const f = vocabulary.isFrench(w);
      if (e && !f) en++;
      if (f && !e) fr++;
    }
  }
  if (words.length === 0) return 'other';
  // Long text (a document's lede) votes decisively on function words alone; trigrams are
  // the costly part, and only short or mixed text needs them.
  if (words.length >= 40 && Math.abs(fr - en) >= Math.max(2, words.length * 0.05)) return fr > en ? 'fr' : 'en';
  // Function words are the surest sign when they clearly lean one way.
  if (Math.abs(fr - en) >= 2) return fr > en ? 'fr' : 'en';
  const guess = franc(text.slice(0, 600), { only: ['fra', 'eng'], minLength: 3 });
  if (guess === 'fra') return 'fr';
  if (guess === 'eng') return 'en';
  return en > fr ? 'en' : 'fr';
}
