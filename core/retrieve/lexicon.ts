/**
 * The bilingual lexicon that carries English query words into French
 * (data/lexicon/en-fr.tsv, derived from Debian's Apertium and FreeDict
 * dictionaries: see data/lexicon/README.md). Keyed by English Snowball stem,
 * so "destroyed", "destroys" and "destroy" share one entry. The same pairs,
 * inverted, carry French query words into English (`translateFrench`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isStopword, termOf } from '../text/terms.js';
import { stripAccents } from '../text/fold.js';

export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon/en-fr.tsv', import.meta.url));

interface ReverseEntry {
  /** As the file writes it (accents kept: the French stemmer needs them). */
  form: string;
  heads: Array<[head: string, rank: number]>;
}

/** Share of a French stem that must be shared for participle and infinitive to meet (détruits/détruire). */
const WIDEN_MIN_STEM = 6;
/**
 * Inverted, a pair says less than it does forward: "tune" lists "accorder" as its
 * translation, yet "accord" is not best read as "tune". A French word is taken
 * into English only through headwords that rank it among their first three.
 */
const MAX_REVERSE_RANK = 2;
/** Shortest English stem that, beginning a French word, makes the two cognates (tried first). */
const COGNATE_MIN_STEM = 4;

const ASCII_RE = /^[a-z-]+$/;
const MULTIWORD_RE = /[\s'’]/;
const WORD_ONLY_RE = /^[\p{L}-]+$/u;

/** The one content word of a translation ("à moitié" → "moitié"), or null. */
function soleContentWord(translation: string): string | null {
  if (ASCII_RE.test(translation)) return translation;
  if (!MULTIWORD_RE.test(translation)) return WORD_ONLY_RE.test(translation) ? translation : null;
  const words = translation.split(/[\s'’]+/).filter((w) => w && !isStopword(w, 'fr'));
  return words.length === 1 && WORD_ONLY_RE.test(words[0]!) ? words[0]! : null;
}

export class Lexicon {
  /** Translations by English lemma, as the file lists them. */
  private readonly byLemma = new Map<string, string[]>();
  /** The lemmas, sorted, for finding those that share a query word's stem. */
  private lemmas: string[] = [];
  /** French words of the translations, folded: a vocabulary for telling languages apart. */
  private readonly french = new Set<string>();
  /**
   * The inversion, built on the first French lookup: French lemma (folded, sorted
   * for prefix search) → its written form and the English headwords that list it,
   * each with the rank the French word has among that headword's translations.
   */
  private reverse: { byFrench: Map<string, ReverseEntry>; sorted: string[] } | null = null;

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

  /**
   * One-word French translations, inverted. A multiword translation counts when all
   * but one of its words are function words ("à moitié" → moitié); others ("mettre
   * fin") say nothing about any one of their words.
   */
  private reverseIndex(): { byFrench: Map<string, ReverseEntry>; sorted: string[] } {
    if (this.reverse) return this.reverse;
    const byFrench = new Map<string, ReverseEntry>();
    for (const [head, list] of this.byLemma) {
      for (let rank = 0; rank < list.length; rank++) {
        const form = soleContentWord(list[rank]!);
        if (!form) continue;
        // Most lemmas are plain ASCII: folding (a Unicode normalisation) only where needed.
        const key = ASCII_RE.test(form) ? form : stripAccents(form);
        let entry = byFrench.get(key);
        if (!entry) byFrench.set(key, (entry = { form, heads: [] }));
        entry.heads.push([head, rank]);
      }
    }
    this.reverse = { byFrench, sorted: [...byFrench.keys()].sort() };
    return this.reverse;
  }

  /**
   * English words for a French word (any inflection), best first: the headwords
   * that list a French lemma of the same stem among their first translations —
   * cognates first, then exact stems, then by the rank they give it, shorter
   * headwords first among equals. Snowball keeps French infinitives and
   * participles apart (détruire → detruir, détruits → detruit), so a long stem
   * also meets lemmas whose stem differs only in its last letter — after the exact ones.
   */
  translateFrench(word: string): string[] {
    const stem = termOf(word.toLowerCase(), 'fr');
    if (!stem || stem.length < 2) return [];
    const { byFrench, sorted } = this.reverseIndex();
    const widen = stem.length >= WIDEN_MIN_STEM;
    // Stems are prefixes of their folded lemmas but for a few endings (-aux → -al):
    // look from one letter short of the stem.
    const prefix = stem.length > 4 ? stem.slice(0, -1) : stem;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: Array<[head: string, rank: number, exact: boolean]> = [];
    for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix) && i < lo + 300; i++) {
      const entry = byFrench.get(sorted[i]!)!;
      const other = termOf(entry.form, 'fr');
      if (!other) continue;
      const exact = other === stem;
      if (!exact && !(widen && other.length >= WIDEN_MIN_STEM && other.slice(0, -1) === prefix)) continue;
      for (const [head, rank] of entry.heads) found.push([head, rank, exact]);
    }
    const folded = stripAccents(word.toLowerCase());
    // A cognate: the headword's English stem begins the French word ("budget", "régional" / region, "victimes" / victim).
    const cognate = (head: string) => {
      const en = termOf(head, 'en');
      return !!en && en.length >= COGNATE_MIN_STEM && folded.startsWith(en);
    };
    const score = ([head, rank, exact]: [string, number, boolean]) =>
      (cognate(head) ? 0 : 4) + (exact ? 0 : 2) + rank;
    found.sort((a, b) => score(a) - score(b) || a[0].length - b[0].length);
    const out: string[] = [];
    for (const [head, rank] of found) if (rank <= MAX_REVERSE_RANK && !out.includes(head)) out.push(head);
    return out;
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
