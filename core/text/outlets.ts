/**
 * The outlets a text names by their known names: a gazetteer of well-known
 * outlets shipped as data, plus those learnt from the corpus (OutletRegistry),
 * matched as proper nouns where a name is also a phrase ("Le Point"); and what
 * a name says of itself — a title suffix ("… — RT World News"), a masthead's
 * wording, a site's domain, a photo credit. Names found by how the text
 * introduces them, known or not, are mediaMentions.ts's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldKey } from './fold.js';
import { uRe } from './regex.js';

// A proper name as outlets write theirs: capitalised words, ALL-CAPS, hyphens,
// Arabic "al-" particles, and a trailing "news"/"info" some write in lower case.
const NAME_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d'’.&-]*|al-[\p{L}-]+|el-[\p{L}-]+)`;
// Particles may join capitalised words: "Le Courrier du Levant", "Voice of America".
const NAME_PARTICLE = String.raw`(?:du|de|des|de\s+la|d['’]|of|of\s+the|the|al|el|la|le)`;
export const NAME = String.raw`${NAME_WORD}(?:(?:[ \u00A0]${NAME_PARTICLE})?[ \u00A0](?:${NAME_WORD})|[ \u00A0](?:news|info|today|daily|online|presse)(?![\p{L}]))*`;

// "Titre de l'article - RT World News", "… | Le Monde", "… — AVIA-PRO"
// "… - Le Monde", "… | Reuters", and a repost's "“…” (iPolitics)".
const TITLE_SUFFIX_RE = uRe(String.raw`(?:\s[-–—|]\s+(${NAME})|[”"»]\s*\(((?:\p{Ll}+\p{Lu}[\p{L}\d]*|${NAME}))\))\s*$`, 'u');

const GAZETTEER_PATH = fileURLToPath(new URL('../../data/lexicon/outlets.txt', import.meta.url));

/** Gazetteer lines: a name, and a tab-separated "common" flag for names that are also ordinary phrases. */
function loadGazetteer(): { names: string[]; common: string[] } {
  const names: string[] = [];
  const common: string[] = [];
  let lines: string[] = [];
  try {
    lines = readFileSync(GAZETTEER_PATH, 'utf8').split('\n');
  } catch {
    return { names, common };
  }
  for (const line of lines) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const [name, flag] = line.split('\t').map((c) => c.trim());
    if (!name) continue;
    names.push(name);
    if (flag === 'common') common.push(name);
  }
  return { names, common };
}

const gazetteer = loadGazetteer();
const KNOWN_NAMES = new Set(gazetteer.names.map((n) => outletKey(n)));

/** Gazetteer names that are also ordinary phrases ("Le Monde", "The Times"): proper-noun matches only. */
export const COMMON_PHRASE_OUTLETS: readonly string[] = gazetteer.common;

// What makes a sentence-initial one-word name ("Libération a révélé…") an outlet:
// a citation frame or media noun before it, or a reporting verb right after it.
const FRAME_BEFORE_RE = uRe(
  String.raw`(?:\b(?:selon|d['’]après|according\s+to|cité(?:e|s|es)?\s+par|cited\s+by|told|au|à|dans|in|by|par|journal|quotidien|hebdomadaire|magazine|newspaper|daily|weekly|site|agence|agency)\s+)$`,
  'iu',
);
const REPORTING_AFTER_RE = uRe(
  String.raw`^\s*(?:a\s+(?:rapporté|révélé|indiqué|écrit|publié|affirmé|annoncé|appris)|rapporte|révèle|écrit|publie|affirme|annonce|reported|reports|said|says|wrote|writes|revealed|reveals|published)\b`,
  'iu',
);

/** Words that look like names after a media noun but are not outlets. */
const NOT_A_NAME = new Set(['le', 'la', 'les', 'the', 'a', 'selon', 'ce', 'cette', 'il', 'elle', 'state', 'he', 'she', 'it', 'they', 'on', 'in', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // A media noun alone names no outlet ("national TV").
  'tv', 'radio', 'news', 'press', 'media', 'médias', 'média', 'télévision', 'télé', 'journal',
  // "un site Internet spécialisé": the medium, not a name.
  'internet', 'web', 'online', 'en ligne']);

export function cleanOutletName(name: string): string | null {
  const trimmed = name.replace(/[\s.,;:]+$/u, '').trim();
  if (trimmed.length < 2 || NOT_A_NAME.has(trimmed.toLowerCase())) return null;
  return trimmed;
}

export interface OutletMention {
  name: string;
  start: number;
  end: number;
  /**
   * Introduced by a noun that only a news outlet takes ("agence de presse",
   * "site d'information", "journal", "newspaper"), not one any website or
   * network takes ("site", "network"): only these teach the corpus a new outlet.
   */
  strong?: boolean;
}


export function outletFromTitle(title: string): string | null {
  const m = TITLE_SUFFIX_RE.exec(title);
  if (!m) return null;
  const name = cleanOutletName((m[1] ?? m[2])!);
  // A suffix of more than five words is part of the headline, not a masthead.
  if (!name || name.split(/\s+/).length > 5) return null;
  // "Ebola outbreak false - MoH": one short word is whom the headline quotes, unless it is a known outlet.
  if (!/\s/u.test(name) && !KNOWN_NAMES.has(outletKey(name)) && !MEDIA_WORD_RE.test(name) && !(name.length >= 4 && name === name.toUpperCase())) return null;
  return name;
}

/**
 * Whether a name reads as a masthead rather than a person: a known outlet, a
 * word only mastheads hold ("Euronews", "Daily Courier"), or a site's domain
 * ("Le Monde.fr"). "Jean Dupont" is a byline's journalist.
 */
export function isMastheadName(name: string): boolean {
  return KNOWN_NAMES.has(outletKey(name)) || MEDIA_WORD_RE.test(name) || SITE_SUFFIX_RE.test(name);
}

// The endings of news sites' domains: "Le Monde.fr", "lefigaro.fr", "nytimes.com".
const SITE_SUFFIX_RE = /\.(?:co\.uk|com|fr|ch|be|ca|net|org|info|de|it|es)$/iu;
const BY_DOMAIN = new Map(gazetteer.names.map((n) => [outletKey(n).replace(/ /g, ''), n]));

/** The outlet a site's domain stands for: "lefigaro.fr" → Le Figaro (the gazetteer's spelling), else the domain itself. */
export function outletOfDomain(domain: string): string {
  const host = domain.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  const base = host.replace(SITE_SUFFIX_RE, '');
  return BY_DOMAIN.get(outletKey(base).replace(/ /g, '')) ?? host;
}

// Words only a masthead holds: "Nile TV", "Daily Courier", "InfoSud".
const MEDIA_WORD_RE = uRe(/(?:news|times|post|journal|herald|tribune|gazette|ledger|wire|daily|radio|tv|press|presse|courier|courrier|monde|express|observer|chronicle|review|magazine|matin|soir|info|infos|actu|média|media|agency|agence)/iu);

/**
 * Whether a name that is also an ordinary phrase ("Le Point", "Libération")
 * is used as a name at text[start, end): written with the name's own capitals,
 * and, when it is one word (capitalised at a sentence's start or as a proper
 * noun of its own), introduced by a citation frame or followed by a reporting verb.
 */
export function isProperNounUse(text: string, start: number, end: number, canonical: string): boolean {
  // A leading article may be lower case mid-sentence ("the Guardian"); the rest keeps its capitals.
  const written = text.slice(start, end).replace(/^(?:the|le|la|les|l['’])(?=[\s'’])/u, (a) => canonical.slice(0, a.length));
  const capitals = (s: string) => [...s.normalize('NFD').replace(/\p{M}/gu, '')].filter((c) => /\p{Lu}/u.test(c)).length;
  const sameCase = written.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'") === canonical.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’]/g, "'");
  if (!sameCase && !(written === written.toUpperCase() && capitals(written) > 1 && written.length > 3)) return false;
  // Several words: the capitals of the later ones already tell the name from the phrase.
  // but not when a further capitalised word extends them ("The Independent Commission").
  if (/[\s'’-]/u.test(canonical)) return !/^[ \u00A0]+\p{Lu}/u.test(text.slice(end, end + 3));
  // One word ("Libération"): capitalised at a sentence's start, or as a historical
  // event ("depuis la Libération"), it is still the word; only a frame makes it a name.
  const before = text.slice(Math.max(0, start - 60), start);
  // A title between quotation marks ("le journal « Libération »") is the paper's name.
  const quotedTitle = /[«“"]\s*$/u.test(before) && /^\s*[»”"]/u.test(text.slice(end, end + 3));
  return quotedTitle || FRAME_BEFORE_RE.test(before) || REPORTING_AFTER_RE.test(text.slice(end, end + 40));
}

/** The words of a folded text with their offsets: names are matched word by word. */
function foldedWords(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of foldKey(text).matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** A name's lookup key: its folded words joined by single spaces ("AVIA-PRO" → "avia pro"). */
export function outletKey(name: string): string {
  return foldedWords(name).map((w) => w.word).join(' ');
}

/**
 * Outlet names known before reading any text (the gazetteer), plus those
 * learnt from a corpus. Lookup is by word n-grams against a hash set, so it
 * costs the same with ten names or ten thousand.
 */
export class OutletRegistry {
  private readonly keys = new Map<string, string>();
  /** Keys of names that are also ordinary phrases, to their canonical spelling. */
  private readonly common = new Map<string, string>();
  private maxWords = 1;

  constructor(names: Iterable<string> = gazetteer.names, commonPhrases: Iterable<string> = gazetteer.common) {
    for (const n of names) this.add(n);
    for (const n of commonPhrases) this.common.set(outletKey(n), n);
  }

  add(name: string): void {
    const key = outletKey(name);
    if (key.length >= 2 && !this.keys.has(key)) {
      this.keys.set(key, name);
      this.maxWords = Math.max(this.maxWords, key.split(' ').length);
    }
  }

  has(name: string): boolean {
    return this.keys.has(outletKey(name));
  }

  get size(): number {
    return this.keys.size;
  }

  /** Every name, as first added: enough to rebuild the registry. */
  names(): string[] {
    return [...this.keys.values()];
  }

  /** Every known outlet named in `text`, with the text's own spelling and offsets; the longest name wins at a position. */
  find(text: string): OutletMention[] {
    const words = foldedWords(text);
    // foldKey keeps length except where it drops invisible characters, which
    // corpus text has already lost; offsets then line up with `text`.
    const aligned = foldKey(text).length === text.length;
    const out: OutletMention[] = [];
    for (let i = 0; i < words.length; i++) {
      let gram = '';
      let best: OutletMention | null = null;
      for (let j = i; j < Math.min(words.length, i + this.maxWords); j++) {
        gram = j === i ? words[j]!.word : `${gram} ${words[j]!.word}`;
        if (!this.keys.has(gram)) continue;
        const start = words[i]!.start;
        const end = words[j]!.end;
        const name = aligned ? text.slice(start, end) : this.keys.get(gram)!;
        // Short acronyms ("RT", "AP", "AFP") only count in capitals, or every "ap" would be one —
        // or as the outlet writes itself ("dpa").
        if (gram.length <= 3 && name !== name.toUpperCase() && name !== this.keys.get(gram)) continue;
        const canonical = this.common.get(gram);
        if (canonical !== undefined) {
          // A name that is also a phrase counts only with its own capitals, read in the text itself: where
          // folding moved the offsets (a dash, a double space), find the name as the outlet writes it.
          const at = aligned ? start : text.indexOf(canonical, Math.max(0, start - 8));
          if (at < 0 || !isProperNounUse(text, at, at + canonical.length, canonical)) continue;
          best = { name: text.slice(at, at + canonical.length), start: at, end: at + canonical.length };
          continue;
        }
        best = { name, start, end };
      }
      best ??= this.contracted(text, words, i, aligned);
      if (best) out.push(best);
    }
    return out;
  }

  /**
   * "a confié au Figaro", "selon une enquête du Monde", "aux Échos": French
   * contracts the article of "Le Figaro" and "Les Échos" into au/du/aux/des.
   * The rest of the name must keep its capitals; the mention is given the
   * name's own spelling ("Le Figaro"), which the name check accepts for the
   * contracted form (core/names.ts).
   */
  private contracted(text: string, words: Array<{ word: string; start: number; end: number }>, i: number, aligned: boolean): OutletMention | null {
    const article = CONTRACTED_ARTICLE[words[i - 1]?.word ?? ''];
    if (!article || !aligned) return null;
    let gram = article;
    let best: OutletMention | null = null;
    for (let j = i; j < Math.min(words.length, i + this.maxWords - 1); j++) {
      gram = `${gram} ${words[j]!.word}`;
      const canonical = this.keys.get(gram);
      if (canonical === undefined) continue;
      const written = text.slice(words[i]!.start, words[j]!.end);
      if (!/^\p{Lu}/u.test(written)) continue;
      best = { name: `${canonical.split(/\s+/)[0]} ${written}`, start: words[i]!.start, end: words[j]!.end };
    }
    return best;
  }
}

/** French contracted articles and the article of the name they stand for. */
const CONTRACTED_ARTICLE: Record<string, string> = { au: 'le', du: 'le', aux: 'les', des: 'les' };

// A picture's credit inside a caption: "— JEAN-FRANCOIS MONIER / AFP", "REUTERS/Leonhard Foeger/Files", "PHOTO: REUTERS".
const CREDIT_BEFORE_RE = /(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*\s*\/\s*|(?:photo|crédit(?:\s+photo)?|credit|image)\s*:\s*)$/iu;
const CREDIT_AFTER_RE = /^\s*\/\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*(?:\s*\/\s*\p{L}+)?\s*(?:$|\n)/u;
const CREDIT_END_RE = /^\s*(?:\/\s*\p{L}+\s*)?(?:$|\n)/u;

/**
 * Whether an outlet named at text[start, end) is a photo credit: a credit sign before it and
 * the line's end after it, or a photographer's name after its slash ("REUTERS/Leonhard Foeger").
 * A picture agency credited is no source of what the text says.
 */
export function isPhotoCredit(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  return CREDIT_AFTER_RE.test(after) || (CREDIT_BEFORE_RE.test(text.slice(Math.max(0, start - 60), start)) && CREDIT_END_RE.test(after));
}
