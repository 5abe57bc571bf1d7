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
  /** Translations by English lemma, as the file lists them. */
  private readonly byLemma = new Map<string, string[]>();
  /** The lemmas, sorted, for finding those that share a query word's stem. */
  private lemmas: string[] = [];
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

  /**
   * Parsing does no stemming (21k Snowball stems cost a third of a second at every
   * start-up); a query word is matched to lemmas by stem when it is looked up.
   */
  static parse(tsv: string): Lexicon {
    const lex = new Lexicon();
    for (const line of tsv.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      const head = line.slice(0, tab).trim().toLowerCase();
      const list = lex.byLemma.get(head) ?? [];
      for (const t of line.slice(tab + 1).split('|')) {
        const tr = t.trim();
        if (!tr || list.includes(tr)) continue;
        list.push(tr);
        for (const w of tr.split(/[\s'’-]+/)) if (w.length > 2) lex.french.add(stripAccents(w));
      }
      lex.byLemma.set(head, list);
    }
    lex.lemmas = [...lex.byLemma.keys()].sort();
    return lex;
  }

  get size(): number {
    return this.byLemma.size;
  }

  /**
   * Lemmas with the same English stem as `word`. Snowball stems are prefixes of
   * their words, but for a final y → i ("cities" → "citi"): candidates are the
   * lemmas starting with the stem (less that "i"), checked by stemming each.
   */
  private lemmasOf(word: string): string[] {
    const stem = termOf(word.toLowerCase(), 'en');
    if (!stem) return [];
    const prefix = stem.endsWith('i') ? stem.slice(0, -1) : stem;
    let lo = 0;
    let hi = this.lemmas.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lemmas[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.lemmas.length && this.lemmas[i]!.startsWith(prefix) && i < lo + 200; i++) {
      if (termOf(this.lemmas[i]!, 'en') === stem) out.push(this.lemmas[i]!);
    }
    return out;
  }

  /** Whether the word (any inflection) is an English headword. */
  isEnglish(word: string): boolean {
    return this.lemmasOf(word).length > 0;
  }

  /** Whether the word is written as a French translation in the lexicon (lemma forms only). */
  isFrench(word: string): boolean {
    return this.french.has(stripAccents(word.toLowerCase()));
  }

  /** French translations of an English word (any inflection), best first. */
  translate(word: string): string[] {
    const lemmas = this.lemmasOf(word);
    const lower = word.toLowerCase();
    // The word's own lemma first, then the other lemmas of its stem.
    lemmas.sort((a, b) => Number(b === lower) - Number(a === lower));
    const out: string[] = [];
    for (const l of lemmas) for (const t of this.byLemma.get(l)!) if (!out.includes(t)) out.push(t);
    return out;
  }
}
