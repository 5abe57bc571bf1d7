/**
 * From a claim to query concepts. A concept is one content word of the claim
 * with every index term that may stand for it in a passage: its stem, its
 * translations into the other language (French for an English claim, English
 * for a French one), the other ways of writing a number ("30", "thirty",
 * "trente", "trentaine"), and a name key when it is capitalised (so Idleb
 * finds Idlib). Scoring takes the best alternative per concept, so a word with
 * many translations does not outweigh one with few.
 */
import { tokenize, type Token } from '../text/tokens.js';
import { isStopword, nameKey, termOf, type StemLang } from '../text/terms.js';
import type { Lang } from '../schema.js';
import type { Lexicon } from './lexicon.js';
import type { SearchIndex } from './index.js';
import { groupedDigitsAt, numberWordValue, suffixedValue, wordsForValue } from './numbers.js';
import { reportingVerbs } from '../text/verbs.js';
import { englishSynonyms } from './synonyms.js';

export interface Alternative {
  term: string;
  /** Translations and name keys are weaker evidence than the word itself. */
  weight: number;
}

export interface Concept {
  word: string;
  /** A capitalised word after the first (a name) or a number: the claim's specifics. */
  specific: boolean;
  number: boolean;
  /**
   * An ordinary word the lexicon cannot translate ("stockpile"): its absence
   * from a corpus in the other language says more about the dictionary than the corpus.
   */
  untranslated: boolean;
  /**
   * A word of the claim's attribution frame ("a déclaré que", "selon", "argued"):
   * who said it is the report's to tell, and a passage that carries the claim
   * often words the frame otherwise ("a affirmé", "told reporters"), so its
   * absence from a passage costs no coverage.
   */
  frame: boolean;
  alternatives: Alternative[];
}

const TRANSLATION_WEIGHT = 0.85;
/** A synonym counts for less than the word itself: it is the word's most frequent sense, not always the claim's. */
const SYNONYM_WEIGHT = 0.6;
/** Each half of a compound the corpus writes in two words ("text-book" for "textbook"). */
const COMPOUND_PART_WEIGHT = 0.5;
const NAME_KEY_WEIGHT = 0.8;
/** The last group of a number written in groups ("500" of "6 500"): the part the index holds. */
const GROUP_WEIGHT = 0.9;
const PREFIX_WEIGHT = 0.7;
const MAX_TRANSLATIONS = 6;
const WIDENED_TRANSLATIONS = 3;
const PREFIX_EXPANSIONS = 6;
/** Another way of writing the same number: as strong as the word itself, nearly. */
const NUMBER_FORM_WEIGHT = 0.9;
/** Claims are a sentence or two; past this many words the rest adds noise, not recall. */
export const MAX_QUERY_WORDS = 64;

/** Prepositions of attribution: "selon", "d'après" (the tokeniser leaves "après"), "according (to)". */
const FRAME_WORDS = new Set(['selon', 'après', 'according', 'suivant']);

/** Whether a claim word frames who said it rather than what was said: a verb of saying, or a preposition of attribution. */
function isFrameWord(tok: Token, claim: string): boolean {
  const lower = tok.text.toLowerCase();
  if (FRAME_WORDS.has(lower)) return lower !== 'après' || /[dD]['’]$/u.test(claim.slice(Math.max(0, tok.start - 2), tok.start));
  return reportingVerbs(lower).some((v) => v.cls === 'say' && !v.ambiguous);
}

function addAlt(alts: Alternative[], term: string | null, weight: number): void {
  if (!term) return;
  const existing = alts.find((a) => a.term === term);
  if (existing) existing.weight = Math.max(existing.weight, weight);
  else alts.push({ term, weight });
}

/** Stems of a (possibly multiword) translation, widened by prefix to meet other inflections. */
function translationTerms(translation: string, lang: StemLang, index: SearchIndex, widen: boolean): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const tok of tokenize(translation)) {
    const stem = termOf(tok.text, lang);
    if (!stem) continue;
    out.push([stem, TRANSLATION_WEIGHT]);
    // Snowball leaves French verbs' infinitive and participle apart (détruire → detruir,
    // détruits → detruit): a shared prefix joins them. English stems join their
    // inflections already, and widening them would only add postings to score.
    if (widen && lang === 'fr' && stem.length >= 6) {
      for (const t of index.termsWithPrefix(stem.slice(0, stem.length - 2), PREFIX_EXPANSIONS)) {
        if (t !== stem) out.push([t, PREFIX_WEIGHT]);
      }
    }
  }
  return out;
}

/** Translations of a claim word into the other language, best first. */
function translationsOf(lower: string, lang: StemLang, lexicon: Lexicon): string[] {
  return lang === 'en' ? lexicon.translate(lower) : lexicon.translateFrench(lower);
}

/** The value a claim word writes: digits, or a number word of either language. */
function valueOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : suffixedValue(word) ?? numberWordValue(word);
}

/** A number's other spellings: its digits and its words in both languages. */
function numberForms(value: number, word: string): string[] {
  const forms = [String(value), ...wordsForValue(value, 'en'), ...wordsForValue(value, 'fr')];
  return forms.filter((f) => f !== word.toLowerCase());
}

/**
 * Hyphenated compounds the lexicon translates whole ("porte-parole" → spokesperson):
 * the tokeniser cuts them in two, and "porte" and "parole" alone translate to a door
 * and a word. Keyed by the index of the compound's first token.
 */
function hyphenCompounds(
  claim: string,
  tokens: Token[],
  lang: StemLang,
  lexicon: Lexicon,
  index: SearchIndex,
): Map<number, { word: string; translations: string[]; joined: string | null }> {
  const out = new Map<number, { word: string; translations: string[]; joined: string | null }>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    if (claim.slice(a.end, b.start) !== '-') continue;
    const word = claim.slice(a.start, b.end);
    const translations = translationsOf(word.toLowerCase(), lang, lexicon);
    // "week-end" / "weekend", "text-book" / "textbook": the corpus may write it in one word.
    const joined = termOf(`${a.text}${b.text}`, lang);
    const written = joined !== null && index.has(joined) ? joined : null;
    if (translations.length > 0 || written) {
      out.set(k, { word, translations, joined: written });
      k++;
    }
  }
  return out;
}

/**
 * "textbook" where the corpus writes "text-book": a long word the index never saw,
 * made of two dictionary words it has, is also looked for as the two.
 */
function splitCompound(word: string, lang: StemLang, index: SearchIndex, lexicon: Lexicon): string[] {
  const lower = word.toLowerCase();
  const known = (w: string) => (lang === 'en' ? lexicon.isEnglish(w) : lexicon.isFrench(w));
  if (lower.length < 8 || !/^\p{Ll}+$/u.test(lower)) return [];
  const whole = termOf(lower, lang);
  if (whole === null || index.has(whole)) return [];
  for (let i = 4; i <= lower.length - 4; i++) {
    const [left, right] = [lower.slice(0, i), lower.slice(i)];
    const terms = [termOf(left, lang), termOf(right, lang)];
    if (known(left) && known(right) && terms.every((t) => t !== null && index.has(t))) return terms as string[];
  }
  return [];
}

/**
 * Other ways the claim's own language writes an ordinary word, where the corpus has them:
 * a compound it writes in two words ("textbook" / "text-book") and, in English, the
 * synonyms of the word's first sense ("lawyer" / "attorney").
 */
function addSameLanguageVariants(alts: Alternative[], word: string, lang: StemLang, index: SearchIndex, lexicon: Lexicon): void {
  for (const part of splitCompound(word, lang, index, lexicon)) addAlt(alts, part, COMPOUND_PART_WEIGHT);
  if (lang !== 'en') return;
  for (const synonym of englishSynonyms(word)) {
    const term = termOf(synonym, 'en');
    if (term && index.has(term)) addAlt(alts, term, SYNONYM_WEIGHT);
  }
}

export function buildConcepts(claim: string, lang: Lang, index: SearchIndex, lexicon: Lexicon): Concept[] {
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const stemLang: StemLang = lang === 'en' ? 'en' : 'fr';
  const otherLang: StemLang = stemLang === 'en' ? 'fr' : 'en';
  const tokens = tokenize(claim).slice(0, MAX_QUERY_WORDS * 2);
  const compounds = hyphenCompounds(claim, tokens, stemLang, lexicon, index);
  let groupEnd = -1;
  for (const [k, tok] of tokens.entries()) {
    if (compounds.has(k - 1) || k <= groupEnd) continue; // the second word of a compound, the later groups of a number
    const compound = compounds.get(k);
    // "6 500 euros", "1,200": one number, though the tokeniser cuts it at its separators.
    const grouped = compound ? null : groupedDigitsAt(tokens, k, claim, stemLang);
    if (grouped) groupEnd = grouped.last;
    const word = compound?.word ?? grouped?.digits ?? tok.text;
    const lower = word.toLowerCase();
    if (!compound && isStopword(lower, stemLang)) continue;
    const value = valueOf(word);
    const isNumber = value !== undefined;
    const alts: Alternative[] = [];
    // A compound ("porte-parole") holds the terms of both its words, as the index has them.
    for (const part of compound ? [tok.text, tokens[k + 1]!.text] : [word]) {
      addAlt(alts, termOf(part, stemLang), 1);
      // Names, numbers and cognates cross languages as they are: also try the other stemmer.
      addAlt(alts, termOf(part, otherLang), stemLang === 'en' ? 0.9 : 0.6);
    }
    if (compound?.joined) addAlt(alts, compound.joined, 1);
    if (!compound && !isNumber && !tok.capitalised) addSameLanguageVariants(alts, word, stemLang, index, lexicon);
    // The index holds a grouped number as its groups: a passage writing "6 500" has "6" and "500".
    // The last group tells most ("500"), unless it is zeros, which every round figure has ("17 000").
    if (grouped) {
      const last = tokens[grouped.last]!.text;
      addAlt(alts, termOf(/^0+$/.test(last) ? tok.text : last, stemLang), GROUP_WEIGHT);
    }
    if (value !== undefined) {
      for (const form of numberForms(value, word)) {
        addAlt(alts, termOf(form, 'fr'), NUMBER_FORM_WEIGHT);
        addAlt(alts, termOf(form, 'en'), NUMBER_FORM_WEIGHT);
      }
    }
    const translations = isNumber ? [] : compound?.translations ?? translationsOf(lower, stemLang, lexicon);
    // The best translations are widened to other inflections; the rest count as
    // written (each widening adds postings to score, and a long claim has many).
    translations.slice(0, MAX_TRANSLATIONS).forEach((tr, rank) => {
      for (const [term, w] of translationTerms(tr, otherLang, index, rank < WIDENED_TRANSLATIONS)) addAlt(alts, term, w);
    });
    if (tok.capitalised) addAlt(alts, nameKey(word), NAME_KEY_WEIGHT);
    if (alts.length === 0) continue;
    const key = alts.map((a) => a.term).sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    concepts.push({
      word,
      // A sentence's first word is capitalised anyway; in English it is a name when
      // the dictionary does not know it ("Israel struck…", not "Syrian forces…").
      specific:
        isNumber ||
        /\p{Lu}.*\p{Lu}/u.test(word) ||
        (tok.capitalised && (!tok.sentenceInitial || (stemLang === 'en' && translations.length === 0))),
      number: isNumber,
      untranslated: !isNumber && !tok.capitalised && translations.length === 0,
      frame: !isNumber && isFrameWord(tok, claim),
      alternatives: alts,
    });
    if (concepts.length >= MAX_QUERY_WORDS) break;
  }
  return concepts;
}
