/**
 * French and English stopwords for the third-party engines: the lists of the
 * `stopword` package, the same ones claimtrail filters with (core/text/terms.ts),
 * so no engine is favoured by a better list.
 */
import { eng, fra } from 'stopword';

export const STOPWORDS_FR_EN: string[] = [...new Set([...fra, ...eng])];

export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Folded too, for engines that fold before filtering. */
export const FOLDED_STOPWORDS = new Set(STOPWORDS_FR_EN.map((w) => foldAccents(w.toLowerCase())));
