/**
 * The bilingual lexicon that carries English query words into French
 * (data/lexicon/en-fr.tsv, derived from Debian's Apertium and FreeDict
 * dictionaries: see data/lexicon/README.md). Keyed by English Snowball stem,
 * so "destroyed", "destroys" and "destroy" share one entry.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { termOf } from '../text/terms.js';
import { stripAccents } from '../text/fold.js';

export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon/en-fr.tsv', import.meta.url));

export class Lexicon {
  private readonly byStem = new Map<string, string[]>();
  /** French words of the translations, folded: a vocabulary for telling languages apart. */
  private readonly french = new Set<string>();

  static load(path = DEFAULT_LEXICON_PATH): Lexicon {
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // No lexicon file: English claims still match names, numbers and cognates.
    }
    return Lexicon.parse(text);
  }

  static parse(tsv: string): Lexicon {
    const lex = new Lexicon();
    for (const line of tsv.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const head = line.slice(0, tab).trim().toLowerCase();
      const stem = termOf(head, 'en') ?? head;
      const translations = line.slice(tab + 1).split('|').map((t) => t.trim()).filter(Boolean);
      const list = lex.byStem.get(stem) ?? [];
      for (const t of translations) {
        if (!list.includes(t)) list.push(t);
        for (const w of t.split(/[\s'’-]+/)) if (w.length > 2) lex.french.add(stripAccents(w));
      }
      lex.byStem.set(stem, list);
    }
    return lex;
  }

  get size(): number {
    return this.byStem.size;
  }

  /** Whether the word (any inflection) is an English headword. */
  isEnglish(word: string): boolean {
    const stem = termOf(word.toLowerCase(), 'en');
    return stem !== null && this.byStem.has(stem);
  }

  /** Whether the word is written as a French translation in the lexicon (lemma forms only). */
  isFrench(word: string): boolean {
    return this.french.has(stripAccents(word.toLowerCase()));
  }

  /** French translations of an English word (any inflection), best first. */
  translate(word: string): string[] {
    const stem = termOf(word.toLowerCase(), 'en');
    return stem ? (this.byStem.get(stem) ?? []) : [];
  }
}
