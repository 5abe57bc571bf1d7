/**
 * Document metadata derived from the text itself — title, outlet, date — and
 * the lines that are page furniture rather than content. Nothing is
 * hand-written per file: a team drops articles in a folder and this reads them.
 */
import { outletFromTitle, cleanOutletName, isMastheadName, outletOfDomain } from '../text/outlets.js';
import { uRe } from '../text/regex.js';

export interface Line {
  start: number;
  end: number;
  text: string;
}

// An extract's pointer to the whole article: "Lire la suite de l'article sur lefigaro.fr", "Read more at nytimes.com".
// Page furniture (never a passage), and the site it names is the publisher.
const READ_MORE = String.raw`^(?:lire\s+la\s+suite(?:\s+de\s+l['’]article)?|lire\s+l['’]article\s+(?:complet|en\s+entier)|read\s+(?:more|the\s+(?:full|whole|rest\s+of\s+the)\s+(?:story|article))|continue\s+reading)\s+(?:sur|on|at)\s+((?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)\S*\s*\.?$`;

// Navigation, sharing and link lines: metadata, never passages.
const BOILERPLATE_RE = uRe(
  [
    String.raw`^(?:lien\s+source|source\s+link)\b.*$`,
    String.raw`^sources?\s*:\s*\S+(?:\s+\S+){0,4}$`,
    String.raw`^related\s+posts?$`,
    String.raw`^(?:lire|voir)\s+(?:plus|aussi|également|la\s+suite)\s*:?$`,
    String.raw`^(?:read|see)\s+(?:more|also)\s*:?$`,
    String.raw`^(?:(?:à\s+)?(?:voir|lire)\s+(?:aussi|également|plus)\s+sur|(?:more|also)\s+(?:from|on))\s+\S+(?:\s+\S+){0,3}\s*:?$`,
    // A photo credit on its own line: "Gonzalo Fuentes / Reuters", "REUTERS/Leonhard Foeger", "Photo : AFP".
    String.raw`^(?:(?:photo|crédit(?:\s+photo)?|credit|image)\s*:\s*)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*\/\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\/\s*\p{L}+)?$`,
    String.raw`^(?:photo|crédit(?:\s+photo)?|credit|image)\s*:\s*\S+(?:\s+\S+){0,3}$`,
    READ_MORE,
    String.raw`^vous\s+pouvez\s+partager\b.*$`,
    String.raw`^(?:partager|partagez|share)(?:\s+(?:sur|on|this|cet\s+article|cette\s+histoire)\b.*)?\s*:?$`,
    String.raw`^(?:suivez-nous|follow\s+us)\b.*$`,
    String.raw`^(?:facebook|twitter|x|telegram|whatsapp|linkedin|e-?mail|imprimer|print)(?:\s*[|·•,]\s*\w+)*$`,
    String.raw`^(?:https?:\/\/|www\.)\S+$`,
    String.raw`^(?:publicité|advertisement)$`,
  ].join('|'),
  'iu',
);

const MORE_ON_RE = uRe(/^(?:(?:à\s+)?(?:voir|lire)\s+(?:aussi|également|plus)\s+sur|(?:more|also)\s+(?:from|on))\s+(.+?)\s*:?$/iu);

const LIEN_SOURCE_RE = /^(?:lien\s+source|source)\s*:\s*(.+)$/iu;
const DATE_HEADER_RE = uRe(/^\s*date\s*[:\s]\s*(\d{4}-\d{2}(?:-\d{2})?)\b\s*/iu);

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).join('|');
const TEXT_DATE_RE = uRe(
  String.raw`\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})(?:er)?\s+(${MONTH_NAMES})\s+(\d{4})\b|\b(${MONTH_NAMES})\s+(\d{1,2}),?\s+(\d{4})\b`,
  'iu',
);
/** A dateline sits in the lede; a date deep in the text is usually an event's, not the article's. */
export const DATELINE_CHARS = 400;

export function isBoilerplate(line: string): boolean {
  const t = line.trim();
  if (t.length === 0) return true;
  // Lone close buttons, bullets and rulers ("X", "•", "---").
  if (!/\p{L}{2,}/u.test(t)) return true;
  return BOILERPLATE_RE.test(t);
}

/** Splits text into lines with offsets; a leading `date YYYY-MM` header is cut from its line. */
export function contentLines(text: string): { lines: Line[]; date: string | null } {
  const lines: Line[] = [];
  let date: string | null = null;
  let pos = 0;
  for (const raw of text.split('\n')) {
    let start = pos;
    let body = raw;
    pos += raw.length + 1;
    if (lines.length === 0 && date === null) {
      const m = DATE_HEADER_RE.exec(body);
      if (m) {
        date = m[1]!;
        start += m[0].length;
        body = body.slice(m[0].length);
      }
    }
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (isBoilerplate(trimmed)) continue;
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  }
  return { lines, date };
}

export function titleOf(lines: Line[]): string | null {
  const first = lines[0]?.text;
  if (!first) return null;
  const title = first.replace(/^#+\s*/, '');
  return title.length > 300 ? `${title.slice(0, 297).trimEnd()}…` : title;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function dateInText(text: string): string | null {
  const lead = text.slice(0, DATELINE_CHARS);
  if (!/\d{4}/.test(lead)) return null;
  const m = TEXT_DATE_RE.exec(lead);
  if (!m) return null;
  if (m[1]) return isoDate(+m[1], +m[2]!, +m[3]!);
  if (m[4]) return isoDate(+m[6]!, MONTHS[m[5]!.toLowerCase()] ?? 0, +m[4]);
  return isoDate(+m[9]!, MONTHS[m[7]!.toLowerCase()] ?? 0, +m[8]!);
}

// "Publié par X", "Par la rédaction de X", "Published by X": a masthead line, not a citation.
const PUBLISHED_BY_RE = uRe(/^(?:publié\s+par|par\s+la\s+rédaction\s+d[e']|published\s+by)\s*(?:l['’]|le\s+|la\s+|the\s+)?(.+?)\s*\.?$/iu);
// A wire's dateline opening the text: "PARIS (AFP) -", "MOSCOW (Reuters) —" — the wire wrote it.
// Also "McINTOSH, Ala. (WALA) –", "CLAYTON, Mo. (AP) —", "(Reuters) –" with no city, and "Paris, France | AFP | lundi…".
const DATELINE_WIRE_RE = uRe(
  /^(?:(?:\p{Lu}\p{Ll}{1,2})?\p{Lu}[\p{Lu}\s'’\/-]{1,40}(?:,\s*\p{Lu}[\p{L}.]{0,20}(?:\s+(?:\p{Lu}[\p{L}.]*|\d{1,2}))?)?\s*)?\(([\p{L}\d .&-]{2,30})\)\s*[-–—:]/u,
);
const DATELINE_PIPE_RE = uRe(/^\p{Lu}[\p{L}\s'’-]{1,40}(?:,\s*\p{Lu}[\p{L}\s'’-]{1,40})?\s*\|\s*(\p{Lu}[\p{Lu}\p{L}\d .&-]{1,30}?)\s*\|/u);

// Wire agencies that co-sign or tag a story: general knowledge, as any newsroom lists them.
const WIRES = ['AFP', 'Reuters', 'AP', 'ATS', 'SDA', 'Keystone-ATS', 'Belga', 'DPA', 'ANSA', 'EFE', 'APA', 'Xinhua', 'Tass', 'TASS', 'Anadolu', 'PA', 'ANP', 'Lusa', 'Kyodo', 'Yonhap', 'UPI', 'CP', 'AAP', 'PTI', 'IANS', 'APS', 'MAP', 'TAP'];
const WIRE = `(?:${WIRES.join('|')})`;
// A byline crediting an outlet with a wire: "Par Euronews avec AFP", "Le Monde.fr avec AFP | 04.08.2015 …", "By CNN with Reuters".
// ("Article rédigé par franceinfo avec AFP", "20 Minutes avec AFP": a masthead may open in lower case or with a digit.)
const BYLINE_WITH_WIRE_RE = uRe(
  String.raw`^((?:[Aa]rticle\s+)?(?:[Rr]édigé|[Ww]ritten)\s+(?:par|by)\s+|[Pp]ar\s+|[Bb]y\s+)?([\p{L}\d][\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})\s+(avec|with|and|et)\s+(?:l['’]\s*)?${WIRE}(?:\s*(?:[|•,]|$).*)?$`,
  'u',
);
// "Jeanne Morel", "A.G.": a reporter's name or initials, a byline rather than a masthead.
const PERSON_SHAPE_RE = /^(?:\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+|(?:\p{Lu}\.\s*-?)+\p{Lu}?\.?)$/u;
// Reporters' names, then their outlet and the date: "KYLE HIGHTOWER and MIKE SCHNEIDER, Associated Press • Jul 12, 2013".
const NAMES = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
const BYLINE_NAMES_OUTLET_RE = uRe(
  String.raw`^(?:[Bb]y\s+|[Pp]ar\s+)?${NAMES}(?:\s*(?:,|and|et|&)\s*${NAMES})*,\s+(?:the\s+)?(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})\s*(?:[•|·]|$)`,
  'u',
);
// A wire's tag closing the story: "… a-t-il dit. (ats)", "(AFP)", "(afp/ats)", "(Reuters)".
// Also with its copyright and the dispatch's time: "(©AFP / 28 septembre 2017 14h00)".
const WIRE_TAG_RE = uRe(String.raw`\((?:©\s*)?(?:[\p{L}]{2,8}\s*/\s*)*(${WIRE})(?:\s*/\s*[\p{L}]{2,8})*(?:\s*[/,-]\s*[\p{L}\d\s:.]{4,40})?\)\s*$`, 'iu');
/** The wire's own spelling: an acronym in capitals ("ats" → "ATS"), a name as the list writes it. */
function wireName(tag: string): string {
  const listed = WIRES.find((w) => w.toLowerCase() === tag.toLowerCase());
  return listed ?? tag;
}

const READ_MORE_RE = uRe(READ_MORE, 'iu');

// The wires a story was compiled from, credited at its end: "mkg/hc (Reuters, AFP, dpa, AP)", "(AFP, Reuters)".
const WIRE_CREDITS_RE = uRe(String.raw`^(?:[\p{L}]{1,8}(?:\/[\p{L}]{1,8})*\s*)?\(\s*(?:©\s*)?(${WIRE}(?:\s*[,/;]\s*${WIRE})+)\s*\)\s*\.?$`, 'iu');

// "avec AFP", "With Reuters and AFP": the wires a newsroom wrote the story with.
const WITH_WIRES_RE = uRe(String.raw`^(?:avec|with)\s+(?:l['’]\s*)?${WIRE}(?:\s*(?:[,/]|et|and)\s*${WIRE})*\s*\.?$`, 'iu');

/** Whether a lede line credits the story to a newsroom and its wires ("Orange avec AFP, publié le…", "avec AFP"). */
export function isCreditLine(line: string): boolean {
  const t = line.trim();
  return BYLINE_WITH_WIRE_RE.test(t) || WITH_WIRES_RE.test(t) || WIRE_LINE_RE.test(t);
}

/** Whether a line credits the wires a story was compiled from: each of them is a source of all of it. */
export function isWireCredits(line: string): boolean {
  return WIRE_CREDITS_RE.test(line.trim());
}

// A byline line that credits an outlet alone: "ATS", "Par AFP", "ESPNcricinfo staff", "By Reuters Staff".
// (Also with its own name after it: "AFP Agence France-Presse".)
const WIRE_LINE_RE = uRe(String.raw`^(?:(?:[Pp]ar|[Bb]y)\s+)?(${WIRE})(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?$`, 'u');
// A reporter and the outlet in brackets: "Joan Bryden (The Canadian Press):".
const BYLINE_PAREN_RE = uRe(/^(?:(?:[Bb]y|[Pp]ar)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*\(([^()]{2,40})\)\s*:?$/u);
const STAFF_LINE_RE = uRe(/^(?:[Bb]y\s+)?(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})\s+(?:staff|Staff)(?:\s+(?:writers?|reporters?|Writers?|Reporters?))?$/u);
// A dateline whose brackets list the wire and its relays: "Moscow, (APP - UrduPoint / Pakistan Point News - 12th Apr, 2024)".
const DATELINE_LIST_RE = uRe(/^\p{Lu}[\p{L}\s'’.-]{1,40},?\s*\(([^()]{2,100}?(?:\s[-–|/]\s|\s*\/\s*)[^()]{1,100})\)/u);
// A byline's role line naming the masthead: "Chargé de l'actualité de Clubic", "Journaliste au Courrier", "Staff writer at the Herald".
const ROLE_LINE_RE = uRe(
  /^(?:journaliste|rédact(?:eur|rice)(?:\s+en\s+chef)?|chargée?\s+de\s+l['’]actualité|correspondante?|envoyée?\s+spéciale?|reporter|correspondent|staff\s+writer|senior\s+(?:writer|reporter|editor)|editor)(?:\s+\p{Ll}+){0,2}\s+(?:à|au|de|du|chez|pour|at|for|of)\s+(?:l['’]\s*|la\s+|le\s+|the\s+)?(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})$/iu,
);
// "Sept. 2 (UPI) —": a wire dateline opening with the date instead of the city.
const DATED_WIRE_RE = uRe(/^\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\(([\p{L}\d .&-]{2,30})\)\s*[-–—:]/u);
// A repost's credit on a line of its own near the end: "(Le Parisien)".
const CREDIT_LINE_RE = uRe(/^\((\p{Lu}[\p{L}\d .&'’-]{1,40})\)$/u);

// A dateline run into the byline line before it, as pages join them: "By Swati Bhat and Rahul Bhatia MUMBAI (Reuters) - …".
const BYLINE_DATELINE_RE = uRe(/^(?:[Bb]y|[Pp]ar)\s[^()]{2,120}?\s\p{Lu}{2}[\p{Lu}\s'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]{0,20})?\s*\(([\p{L}\d .&-]{2,30})\)\s*[-–—:]/u);
// A byline naming the reporter's masthead: "By Bob Secter, Tribune staff reporter", "Par Anne Roy, journaliste au Devoir".
const BYLINE_ROLE_RE = uRe(
  /^(?:\S.{0,40}\|\s*)?(?:[Bb]y|[Pp]ar)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3},\s+(?:(?:the\s+)?(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})\s+(?:staff\s+)?(?:reporter|writer|correspondent|staff)|(?:journaliste|correspondante?|envoyée?\s+spéciale?)\s+(?:à|au|de|du|pour)\s+(?:l['’]\s*|la\s+|le\s+)?(\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:(?:du|de|des|de\s+la|d['’])\s*)?\p{Lu}[\p{L}\d.&'’-]*){0,3}))(?![\p{L}\d])/u,
);

// A byline and its masthead on one line: "Par Marie Potard · L'ŒIL", "By Jane Doe | Harbour Herald".
const BYLINE_MASTHEAD_RE = uRe(/^(?:[Pp]ar|[Bb]y)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+[·•|]\s+([^\d·•|]{2,40}?)\s*$/u);

// A masthead and the page's date on one line: "French.china.org.cn | Mis à jour le 17-02-2017", "FE Team | Published: …".
const MASTHEAD_DATE_RE = uRe(/^(\S(?:[^|]{0,40}\S)?)\s*\|\s*(?:mis\s+à\s+jour|publié|modifié|updated|published|last\s+updated)\b/iu);
// A newsroom signing as a team: "FE Team", "BBC News Desk", "La rédaction de X" is read elsewhere.
const TEAM_SUFFIX_RE = /\s+(?:team|desk|staff|bureau|newsroom)$/iu;
// The wire or the masthead in brackets before the text: "(CBS/AP) WASHINGTON - …", "( 4UMF NEWS ) University…".
const BRACKET_FIRST_RE = uRe(/^\(\s*([\p{L}\d][\p{L}\d .&\/-]{0,28}?)\s*\)\s+(?=\p{Lu})/u);
// A reporter's byline, then the outlet: "Par Dominique Manent, France Bleu Pays d'Auvergne et France Bleu mardi…".
const BYLINE_NAME_COMMA_RE = uRe(/^(?:[Pp]ar|[Bb]y)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3},\s+(\p{Lu}.{1,80})$/u);
// A site's name in lower case and a tag, closing a repost: "lefigaro -fp".
const FOOTER_SITE_TAG_RE = /^([a-z][a-z0-9]{2,30})\s*-\s*[a-z]{1,4}$/u;

/** A masthead named in brackets before a text, or a list of wires there ("CBS/AP"); null when it is neither. */
function bracketFirstOutlet(text: string): string | null {
  const m = BRACKET_FIRST_RE.exec(text);
  if (!m) return null;
  const name = m[1]!.trim();
  const wires = name.split(/\s*\/\s*/u);
  const known = wires.every((w) => WIRES.includes(w) || isMastheadName(w));
  return known || (/\p{Lu}{2}/u.test(name) && name === name.toUpperCase() && isMastheadName(name)) ? cleanOutletName(name) : null;
}

/** The longest run of words opening `text` that is a masthead ("France Bleu Pays d'Auvergne et…" → "France Bleu Pays"). */
function leadingMasthead(text: string): string | null {
  const words = text.split(/\s+/u).slice(0, 5);
  for (let k = words.length; k >= 1; k--) {
    const candidate = words.slice(0, k).join(' ').replace(/[,.;:]+$/u, '');
    if (/^\p{Lu}/u.test(words[k - 1]!) && isMastheadName(candidate)) return cleanOutletName(candidate);
  }
  return null;
}

// Titles a byline gives after the reporter's name: not an outlet.
const BYLINE_TITLE_RE = /\b(?:correspondent|correspondant|correspondante|editor|rédacteur|rédactrice|reporter|writer|journaliste|envoyée?|chief|chef|senior|staff|contributor|columnist|chroniqueur|chroniqueuse)\b/iu;
const MONTH_OR_DAY_RE = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** The capitalised words opening a byline's tail ("France Bleu Pays …"), up to four, when they are no title. */
function capitalisedRun(text: string): string | null {
  const run: string[] = [];
  for (const w of text.split(/\s+/u)) {
    if (!/^(?:\p{Lu}|[dl]['’]\p{Lu})/u.test(w) || MONTH_OR_DAY_RE.test(w) || run.length === 4) break;
    run.push(w.replace(/[,.;:]+$/u, ''));
    if (/[,.;:]$/u.test(w)) break;
  }
  const name = run.join(' ');
  return run.length >= 1 && !BYLINE_TITLE_RE.test(name) ? cleanOutletName(name) : null;
}

/** The first name of a bracketed dateline list that is not a date: the wire that wrote it. */
function datelineListOutlet(text: string): string | null {
  const m = DATELINE_LIST_RE.exec(text);
  if (!m) return null;
  const parts = m[1]!.split(/\s+[-–|]\s+|\s*\/\s*/u).map((p) => p.trim());
  const first = parts.find((p) => /^\p{Lu}/u.test(p) && !/\d/u.test(p) && p.split(/\s+/).length <= 4);
  return first ? cleanOutletName(first) : null;
}

/** A wire dateline ("PARIS (AFP) -", "Sept. 2 (UPI) —", "Paris, France | AFP |", "Moscow, (APP - …)"), or null. */
function datelineOutlet(line: Line | undefined): string | null {
  if (!line) return null;
  const wire = DATELINE_WIRE_RE.exec(line.text) ?? DATELINE_PIPE_RE.exec(line.text) ?? DATED_WIRE_RE.exec(line.text);
  if (wire) return wireName(cleanOutletName(wire[1]!) ?? wire[1]!);
  const bracketed = bracketFirstOutlet(line.text);
  if (bracketed) return bracketed;
  // Inside a byline line only a wire or a masthead counts: the brackets could hold anything else.
  const joined = BYLINE_DATELINE_RE.exec(line.text);
  if (joined && (WIRES.includes(joined[1]!) || isMastheadName(joined[1]!))) return cleanOutletName(joined[1]!);
  return datelineListOutlet(line.text);
}

/**
 * A byline line among the first lines that credits an outlet: with a wire ("Par Euronews
 * avec AFP" — the outlet before the wire), a wire alone ("ATS"), "X staff", or a role
 * line ("Chargé de l'actualité de Clubic").
 */
function bylineOutlet(lines: Line[]): string | null {
  for (const line of lines.slice(1, 5)) {
    const t = line.text.trim();
    // "Article rédigé par franceinfo avec AFP", "20 Minutes avec AFP": a masthead whatever its name.
    // "Par Jeanne Morel avec AFP", "By Jane Doe and Reuters": a reporter and the wire.
    const withWire = BYLINE_WITH_WIRE_RE.exec(t);
    if (withWire && (isMastheadName(withWire[2]!) || /^(?:article|rédigé|written)/iu.test(withWire[1] ?? '') || (!withWire[1] && /^(?:avec|with)$/u.test(withWire[3]!) && !PERSON_SHAPE_RE.test(withWire[2]!)))) {
      return cleanOutletName(withWire[2]!);
    }
    const reporters = BYLINE_NAMES_OUTLET_RE.exec(t)?.[1];
    if (reporters && (isMastheadName(reporters) || WIRES.includes(reporters))) return cleanOutletName(reporters);
    const dated = MASTHEAD_DATE_RE.exec(t)?.[1];
    if (dated && !/^(?:par|by)\b/iu.test(dated)) {
      const name = dated.replace(TEAM_SUFFIX_RE, '');
      if (isMastheadName(name) || /\.\p{L}{2,4}$/u.test(name) || name !== dated) return cleanOutletName(name);
    }
    const signed = BYLINE_NAME_COMMA_RE.exec(t)?.[1];
    const after = signed ? leadingMasthead(signed) ?? capitalisedRun(signed) : null;
    if (after) return after;
    const wire = WIRE_LINE_RE.exec(t);
    if (wire) return wireName(wire[1]!);
    const bracketed = BYLINE_PAREN_RE.exec(t)?.[1];
    if (bracketed && (isMastheadName(bracketed) || WIRES.includes(bracketed))) return cleanOutletName(bracketed);
    const staff = STAFF_LINE_RE.exec(t) ?? ROLE_LINE_RE.exec(t);
    if (staff) return cleanOutletName(staff[1]!);
    const role = BYLINE_ROLE_RE.exec(t);
    if (role) return cleanOutletName((role[1] ?? role[2])!);
    // After a person's name, a masthead: known, masthead-worded, or written in capitals ("L'ŒIL").
    const masthead = BYLINE_MASTHEAD_RE.exec(t)?.[1];
    if (masthead && (isMastheadName(masthead) || (/\p{Lu}{2}/u.test(masthead) && masthead === masthead.toUpperCase()))) return cleanOutletName(masthead);
  }
  return null;
}

/** A "Source : X", "Lien source : X" or "Publié par X" line anywhere. */
function sourceLineOutlet(text: string): string | null {
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    const m = LIEN_SOURCE_RE.exec(t) ?? PUBLISHED_BY_RE.exec(t);
    if (m && !/^https?:/i.test(m[1]!) && m[1]!.split(/\s+/).length <= 5) {
      const name = cleanOutletName(m[1]!);
      if (name) return name;
    }
  }
  return null;
}

/** What the story's end credits: a repost's "(Le Parisien)", an extract's "Lire la suite sur X", a wire's tag "(ats)". */
function footerOutlet(text: string, lines: Line[]): string | null {
  // A repost's tag naming the site it copied: "lefigaro -fp" (as written: the name check needs the text's spelling).
  const tagged = FOOTER_SITE_TAG_RE.exec(lines.at(-1)?.text.trim() ?? '');
  if (tagged && outletOfDomain(tagged[1]!) !== tagged[1]!) return tagged[1]!;
  // The site's own links after the story: "À voir également sur Le HuffPost :", "More from the Herald".
  for (const raw of text.trimEnd().split('\n').slice(-2)) {
    const more = MORE_ON_RE.exec(raw.trim());
    if (more && isMastheadName(more[1]!)) return cleanOutletName(more[1]!);
  }
  for (const line of lines.slice(-3)) {
    const credit = CREDIT_LINE_RE.exec(line.text.trim());
    if (credit && isMastheadName(credit[1]!)) return cleanOutletName(credit[1]!);
  }
  const more = READ_MORE_RE.exec(text.trimEnd().split('\n').at(-1)!.trim());
  if (more) return outletOfDomain(more[1]!);
  // The wire's tag at the story's end: no other line names a publisher, and the wire wrote it.
  const tag = lines.length > 1 ? WIRE_TAG_RE.exec(lines.at(-1)!.text) : null;
  return tag ? wireName(tag[1]!) : null;
}

/**
 * The outlet that published the document, read only where a publisher names
 * itself: a title suffix ("… | X"), a source line, a wire dateline, a byline
 * line, or the story's end (see the functions above, tried in that order). An
 * outlet the text merely cites ("selon l'agence X", even in the lede) is not
 * the publisher: the analyser records it as cited. No such line → null.
 */
export function outletOf(text: string, lines: Line[], title: string | null): string | null {
  return (
    (title ? outletFromTitle(title) : null) ??
    sourceLineOutlet(text) ??
    datelineOutlet(lines[1]) ??
    datelineOutlet(lines[0]) ??
    lines.slice(2, 4).map(datelineOutlet).find((o) => o !== null) ??
    bylineOutlet(lines) ??
    footerOutlet(text, lines)
  );
}
