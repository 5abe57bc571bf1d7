/**
 * Outlets named in running text by how the text names them, known or not: a media noun
 * before or after a name ("l'agence de presse russe Tass", "the Kuna news agency"), a frame
 * of telling or citing before a masthead ("told the Herald"), a site's domain, a quoted
 * title, an interview given to a paper, a French title after a verb of publishing. The
 * known names themselves are the gazetteer's (outlets.ts).
 */
import { uRe } from './regex.js';
import { NAME, cleanOutletName, isMastheadName, type OutletMention } from './outlets.js';

// Media nouns, then lower-case qualifiers ("de presse russe", "d'information syrien", "militaire américain").
const MEDIA_NOUN_FR = String.raw`(?:agence(?:\s+de\s+presse)?|site(?:\s+web|\s+internet)?(?:\s+d['’]\s?informations?)?|portail|journal|quotidien|hebdomadaire|magazine|revue|chaîne(?:\s+de\s+télévision)?|télévision|radio|média|médias|blog|publication|tabloïd)`;
const MEDIA_NOUN_EN = String.raw`(?:news\s+agency|agency|news\s+site|website|site|outlet|newspaper|daily|weekly|magazine|broadcaster|channel|network|tabloid|blog|portal)`;
// A qualifier is an adjective, never a function word: "the network of tunnels Hamas built" names no outlet.
const FUNCTION_WORD = String.raw`(?:of|the|a|an|and|or|in|on|at|for|to|with|from|by|that|which|et|ou|en|à|au|aux|dans|sur|pour|par|avec|sans|que|qui|dont)(?![\p{L}])`;
// Nor a noun the media noun qualifies: "in a radio interview Mexico's central bank…" names no outlet.
const MEDIA_HEADED = String.raw`(?:interviews?|broadcasts?|shows?|programmes?|programs?|appearances?|debates?|talks?|hosts?|reports?|segments?|entretiens?|émissions?|débats?|reportages?|interventions?)(?![\p{L}])`;
const QUALIFIERS = String.raw`(?:\s+(?:en\s+langue\s+\p{Ll}+|de\s+presse|d['’]\s?informations?|(?!${FUNCTION_WORD}|${MEDIA_HEADED})[\p{Ll}][\p{Ll}-]+)){0,4}`;

const MEDIA_MENTION_RE = uRe(
  String.raw`\b(?:${MEDIA_NOUN_FR}|${MEDIA_NOUN_EN})${QUALIFIERS}\s*,?\s+(${NAME})`,
  'gu',
);

// Media nouns after the name: "the Kuna news agency", "Nile TV" (TV kept in the name), "France Culture, la radio publique".
const POSTPOSED_MEDIA_RE = uRe(
  String.raw`(?<![\p{L}\d])(${NAME})(?:(?<=\sTV)(?![\p{L}\d])|\s+(?:news\s+agency|press\s+agency|television|radio)\b|,\s+(?:la|le|l['’])\s*(?:radio|chaîne|télévision|agence|quotidien|journal)\s+(?:publique|public|d['’]\s?État|nationale?|officielle?|privée?)\b)`,
  'gu',
);

// "Kremlin-backed", "State-owned": a compound adjective before a name describes the outlet.
const DESCRIBING_COMPOUND_RE = uRe(/^(?:\p{Lu}[\p{L}]*-(?:backed|run|owned|controlled|funded|affiliated|based|linked|aligned|leaning|language|speaking)\s+)+(?=\p{Lu})/u);

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
