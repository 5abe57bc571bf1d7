/**
 * Recognising news outlets in running text, French and English. Three signals:
 * a media noun before a name ("l'agence de presse russe Tass", "le site web
 * militaire américain South Front", "the news agency Reuters"), a title suffix
 * ("… — RT World News"), and a name already known as an outlet — from a
 * gazetteer of well-known outlets shipped as data, or learnt from the corpus
 * through the first two signals.
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

// Media nouns, then lower-case qualifiers ("de presse russe", "d'information syrien", "militaire américain").
const MEDIA_NOUN_FR = String.raw`(?:agence(?:\s+de\s+presse)?|site(?:\s+web|\s+internet)?(?:\s+d['’]\s?informations?)?|portail|journal|quotidien|hebdomadaire|magazine|revue|chaîne(?:\s+de\s+télévision)?|télévision|radio|média|médias|blog|publication|tabloïd)`;
const MEDIA_NOUN_EN = String.raw`(?:news\s+agency|agency|news\s+site|website|site|outlet|newspaper|daily|weekly|magazine|broadcaster|channel|network|tabloid|blog|portal)`;
// A qualifier is an adjective, never a function word: "the network of tunnels Hamas built" names no outlet.
const FUNCTION_WORD = String.raw`(?:of|the|a|an|and|or|in|on|at|for|to|with|from|by|that|which|et|ou|en|à|au|aux|dans|sur|pour|par|avec|sans|que|qui|dont)(?![\p{L}])`;
// Nor a noun the media noun qualifies: "in a radio interview Mexico's central bank…" names no outlet.
const MEDIA_HEADED = String.raw`(?:interviews?|broadcasts?|shows?|programmes?|programs?|appearances?|debates?|talks?|hosts?|reports?|segments?|entretiens?|émissions?|débats?|reportages?|interventions?)(?![\p{L}])`;
const QUALIFIERS = String.raw`(?:\s+(?:en\s+langue\s+\p{Ll}+|de\s+presse|d['’]\s?informations?|(?!${FUNCTION_WORD}|${MEDIA_HEADED})[\p{Ll}][\p{Ll}-]+)){0,4}`;

export const MEDIA_MENTION_RE = uRe(
  String.raw`\b(?:${MEDIA_NOUN_FR}|${MEDIA_NOUN_EN})${QUALIFIERS}\s*,?\s+(${NAME})`,
  'gu',
);

// Media nouns after the name: "the Kuna news agency", "Nile TV" (TV kept in the name), "France Culture, la radio publique".
export const POSTPOSED_MEDIA_RE = uRe(
  String.raw`(?<![\p{L}\d])(${NAME})(?:(?<=\sTV)(?![\p{L}\d])|\s+(?:news\s+agency|press\s+agency|television|radio)\b|,\s+(?:la|le|l['’])\s*(?:radio|chaîne|télévision|agence|quotidien|journal)\s+(?:publique|public|d['’]\s?État|nationale?|officielle?|privée?)\b)`,
  'gu',
);

// "Kremlin-backed", "State-owned": a compound adjective before a name describes the outlet.
const DESCRIBING_COMPOUND_RE = uRe(/^(?:\p{Lu}[\p{L}]*-(?:backed|run|owned|controlled|funded|affiliated|based|linked|aligned|leaning|language|speaking)\s+)+(?=\p{Lu})/u);

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

const STRONG_MEDIA_RE = uRe(
  /^(?:agence|site\s+d['’]\s?informations?|site\s+(?:web|internet)\s+(?:d['’]\s?informations?|militaire)|journal|quotidien|hebdomadaire|magazine|chaîne|télévision|radio|news\s+agency|news\s+site|newspaper|broadcaster|tabloid|tabloïd)/iu,
);

// A site's domain after a citation frame: "Interrogée par 20minutes.fr", "told nytimes.com" — named as written.
const TLD = String.raw`(?:co\.uk|com\.au|co\.za|co\.in|fr|com|ch|be|ca|net|org|info|news|tv|eu|de|it|es|pl|nl|pt|ie|uk|ru|ua|in|au|nz|za|ng|ke|br|mx|ar|se|no|dk|at|gr|tr|il|jp|cz|ro|hu|sk|lu|ma|dz|tn|sn|ci|cm|lb)`;
const DOMAIN = String.raw`(?:www\.)?[\p{L}\d][\p{L}\d-]{2,}\.${TLD}`;
const DOMAIN_MENTION_RE = uRe(
  String.raw`(?:\b(?:par|à|au|sur|selon|d['’]après|to|by|on|told|according\s+to)\s+)(${DOMAIN})(?![\p{L}\d.-])`,
  'giu',
);
// A domain its kind follows: "the Polish epoznan.pl online news portal", "le site lesoir.be".
const DOMAIN_BEFORE_MEDIA_RE = uRe(
  String.raw`(?<![\p{L}\d.-])(${DOMAIN})\s+(?:online\s+|local\s+|regional\s+)?(?:news\s+)?(?:portal|website|site|outlet|daily|newspaper)\b`,
  'giu',
);

// A masthead after a frame of telling or citing: "told the Herald", "the company told FOX10 News",
// "according to the Tribune". A one-word masthead needs its article ("the Herald"); the name's
// last word is one only mastheads end with, and no capitalised word extends it ("the Independent Commission").
const MASTHEAD_FRAME_RE = uRe(
  String.raw`\b(?:told|tells|telling|spoke\s+to|speaking\s+to|(?:statements?|comments?|remarks)\s+to|[Aa]ccording\s+to|cited\s+by|quoted\s+by|quoted\s+in|interviewed\s+by|reported\s+by|published\s+by|[Ss]elon|[Dd]['’]après|cité(?:e|s|es)?\s+par|interrogée?s?\s+par)\s+([Tt]he\s+|le\s+|la\s+|l['’])?(${NAME})(?![\p{L}\d]|\s+\p{Lu})`,
  'gu',
);
// The last words of mastheads, once: those no surname has ("Li Sun", "Emily Post" are people), and the rest.
const SURNAME_FREE_ENDINGS = ['News', 'Times', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Ledger', 'Chronicle', 'Telegraph', 'Observer', 'Examiner', 'Inquirer', 'Dispatch', 'Courier', 'Courrier', 'Guardian', 'Express', 'Bulletin', 'TV', 'Radio'];
const MASTHEAD_ENDINGS = [
  ...SURNAME_FREE_ENDINGS,
  ...['Post', 'Independent', 'Mail', 'Press', 'Presse', 'Daily', 'Star', 'Sun', 'Standard', 'Monitor', 'Record', 'Register', 'Today', 'Online', 'Wire'],
  ...['Mercury', 'Echo', 'Argus', 'Sentinel', 'Globe', 'Mirror', 'Advertiser', 'Citizen', 'Reporter', 'Beacon', 'Leader', 'Weekly'],
];
const MASTHEAD_END_RE = uRe(String.raw`(?:^|[\s\d])(?:${MASTHEAD_ENDINGS.join('|')})$`, 'u');
// The masthead patterns' cheap test: most sentences hold none of these words, capitalised.
const MASTHEAD_HINT_RE = new RegExp(MASTHEAD_ENDINGS.join('|'), 'u');
// Mastheads that are one word only with their article, and only these: "the Times", "the Herald".
const ONE_WORD_MASTHEAD_RE = /^(?:Times|Post|Herald|Tribune|Gazette|Ledger|Chronicle|Telegraph|Observer|Examiner|Inquirer|Guardian|Independent|Courier|Star|Globe|Mirror|Mercury)$/u;

// A masthead reporting: "yesterday's Sunday Star Times alleged", "the Harbour Herald reported" —
// a name of two words or more whose last is a masthead's, then a verb of reporting.
const MASTHEAD_REPORTS_RE = uRe(
  String.raw`(?<![\p{L}\d])(${NAME})\s+(?:reported|reports|revealed|reveals|alleged|alleges|wrote|writes|published|publishes|said|says|claimed|claims|a\s+(?:révélé|rapporté|écrit|publié|affirmé|indiqué)|révèle|rapporte|écrit|publie|affirme)\b`,
  'gu',
);

// Before a verb of reporting, only endings no surname has.
const REPORTING_MASTHEAD_END_RE = uRe(String.raw`\s(?:${SURNAME_FREE_ENDINGS.join('|')})$`, 'u');

// A French title after a verb of publishing that closes the reported words: "…, révèle Le Progrès",
// "…, a rapporté mardi La Voix du Nord". A person takes no article in French; a paper is named with its own.
const INVERTED_PUBLISHER_RE = uRe(
  String.raw`[,»”"]\s*(?:révèle|révélait|a\s+révélé|rapporte|rapportait|a\s+rapporté|relate|relatait|écrit|écrivait|a\s+écrit|publie|a\s+publié)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|ce\s+\p{Ll}+))?\s+((?:Le|La|Les|L['’])\s*${NAME}|${NAME})`,
  'gu',
);

const PUBLISHING_HINT_RE = /rév[èé]l|rapport|relat|écri|publi/u;

/** A name as a frame caught it, without the sentence's full stop its last word took ("… by The Stanford Daily."). */
const frameName = (m: RegExpMatchArray) => m[2]!.replace(/\.+$/u, '');

function mastheadAfterFrame(m: RegExpMatchArray): boolean {
  const name = frameName(m);
  if (!MASTHEAD_END_RE.test(name)) return false;
  return /\s/u.test(name) || /\d/u.test(name) ? true : m[1] !== undefined && ONE_WORD_MASTHEAD_RE.test(name);
}

// A masthead with its article, whatever verb follows: "The Baltimore Sun obtained a copy", "the Harbour Herald's
// editor". A person's name takes no "the"; a masthead's last word ends it.
// (Only endings no club, office or product takes: "the Red Star players", "the United States Post office" are not papers.)
const THE_MASTHEAD_ENDINGS = [...SURNAME_FREE_ENDINGS, 'Sun', 'Mercury', 'Echo', 'Argus', 'Sentinel', 'Globe', 'Mirror', 'Advertiser', 'Independent', 'Daily', 'Press', 'Presse', 'Monitor'];
// (The name keeps its article: "The Baltimore Sun", as the paper writes itself.)
const THE_MASTHEAD_RE = uRe(String.raw`\b([Tt]he\s+(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}(?:${THE_MASTHEAD_ENDINGS.join('|')}))(?![\p{L}\d]|\s+\p{Lu})`, 'gu');

// A publication's title in quotation marks after a verb of publishing or a citation: "révélée par «GHI»",
// "selon « Le Temps »", "reported by \"The Harbour Weekly\"" — a quoted name there is a title, hence an outlet.
const QUOTED_PUBLICATION_RE = uRe(
  String.raw`(?:(?:révélée?s?|rapportée?s?|publiée?s?|relayée?s?|dévoilée?s?)\s+(?:par|dans)|(?:reported|revealed|published|first\s+reported)\s+(?:by|in)|[Ss]elon|[Dd]['’]après|[Aa]ccording\s+to)\s+(?:le\s+|la\s+|l['’]\s*|the\s+)?[«"“]\s*(${NAME})\s*[»"”]`,
  'gu',
);

// "dans un entretien à Infosport", "dans une interview accordée au Parisien", "in an interview with the Herald".
const INTERVIEW_RE = uRe(
  String.raw`(?:\b(?:entretien|interview)\s+(?:accordée?\s+|exclusive?\s+)?(?:à\s+|au\s+|aux\s+)|\binterview\s+with\s+(?:the\s+)?)(${NAME})`,
  'gu',
);

/** Outlets introduced by a media noun, with offsets of the name. */
// A cheap test first: most text names no media noun, and the full pattern is costly.
const MEDIA_HINT_RE = /\w\.[a-z]{2,4}\b|entretien|interview|\bTV\b|agence|site|portail|journal|quotidien|hebdo|magazine|revue|cha[iî]ne|t[ée]l[ée]vision|radio|m[ée]dia|blog|publication|tablo|agency|outlet|newspaper|daily|weekly|broadcaster|channel|network|portal/i;

export function findMediaMentions(text: string): OutletMention[] {
  const out: OutletMention[] = [];
  // The masthead patterns want a masthead's last word, capitalised: most sentences have neither.
  const mastheads = MASTHEAD_HINT_RE.test(text);
  const publishing = PUBLISHING_HINT_RE.test(text);
  const quoted = /[«"“]/u.test(text);
  if (!mastheads && !publishing && !quoted && !MEDIA_HINT_RE.test(text)) return out;
  for (const m of text.matchAll(MEDIA_MENTION_RE)) {
    const raw = m[1]!;
    const name = cleanOutletName(raw);
    if (!name) continue;
    const start = m.index! + m[0].length - raw.length;
    out.push({ name, start, end: start + name.length, strong: STRONG_MEDIA_RE.test(m[0]) });
  }
  for (const m of quoted ? text.matchAll(QUOTED_PUBLICATION_RE) : []) {
    const name = cleanOutletName(m[1]!);
    const start = m.index! + m[0].lastIndexOf(m[1]!);
    if (name && !out.some((o) => o.start <= start && start < o.end)) out.push({ name, start, end: start + name.length });
  }
  for (const m of text.matchAll(INTERVIEW_RE)) {
    const name = cleanOutletName(m[1]!);
    // English interviews are as often with a person: only a masthead counts there.
    if (!name || (/\bwith\s/iu.test(m[0]) && !isMastheadName(name))) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    if (!out.some((o) => o.start <= start && start < o.end)) out.push({ name, start, end: start + name.length });
  }
  for (const m of text.matchAll(DOMAIN_MENTION_RE)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    out.push({ name, start, end: start + name.length });
  }
  for (const m of mastheads ? text.matchAll(MASTHEAD_FRAME_RE) : []) {
    if (!mastheadAfterFrame(m)) continue;
    const name = frameName(m);
    const start = m.index! + m[0].length - name.length;
    if (!out.some((o) => o.start <= start && start < o.end)) out.push({ name, start, end: start + name.length });
  }
  for (const m of publishing ? text.matchAll(INVERTED_PUBLISHER_RE) : []) {
    // The name ends with its sentence: "révèle Le Progrès. La décision…".
    const name = cleanOutletName(m[1]!.split(/[.!?]\s/u)[0]!);
    const start = m.index! + m[0].length - m[1]!.length;
    // Without its article only a masthead-worded name counts: "rapporte Infos France", not "rapporte Jean Dupont".
    if (name && !/^(?:Le|La|Les|L['’])/u.test(name) && !isMastheadName(name)) continue;
    if (name && !out.some((o) => o.start <= start && start < o.end)) out.push({ name, start, end: start + name.length });
  }
  for (const m of mastheads ? text.matchAll(MASTHEAD_REPORTS_RE) : []) {
    // A sentence-initial "The" is not part of the name; a French article is ("Le Courrier Express").
    const name = m[1]!.replace(/^The\s+(?=\p{Lu})/u, '');
    if (!/\s/u.test(name) || !REPORTING_MASTHEAD_END_RE.test(name) || name.split(/\s+/u).length > 5) continue;
    const start = m.index! + m[1]!.length - name.length;
    if (!out.some((o) => o.start <= start && start < o.end)) out.push({ name, start, end: start + name.length });
  }
  for (const m of text.matchAll(DOMAIN_BEFORE_MEDIA_RE)) {
    const start = m.index!;
    if (!out.some((o) => o.start <= start && start < o.end)) out.push({ name: m[1]!, start, end: start + m[1]!.length, strong: true });
  }
  for (const m of text.matchAll(POSTPOSED_MEDIA_RE)) {
    // A sentence-initial article is not part of the name: "The Kuna news agency" → "Kuna".
    // Nor is a compound adjective describing it: "the Kremlin-backed Pravdino television network".
    const raw = m[1]!.replace(/^(?:The|Le|La|Les|L['’])\s*(?=\p{Lu})/u, '').replace(DESCRIBING_COMPOUND_RE, '');
    const name = cleanOutletName(raw);
    if (!name) continue;
    const start = m.index! + m[1]!.length - raw.length;
    if (!out.some((o) => o.start <= start && start < o.end)) out.push({ name, start, end: start + name.length, strong: true });
  }
  // Last, so that a frame's reading of the same name wins: only a masthead no frame caught is added here.
  for (const m of mastheads ? text.matchAll(THE_MASTHEAD_RE) : []) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    const end = start + name.length;
    if (!out.some((o) => o.start < end && start < o.end)) out.push({ name, start, end });
  }
  return out;
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
