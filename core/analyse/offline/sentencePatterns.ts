/**
 * The patterns a sentence is read with, one per attribution shape: after a
 * quotation, "quoted as saying", passive "rapporté par", "selon X", "Pour X,",
 * a name and a colon, participles of saying, citation frames around an outlet,
 * and the noun phrases that are a basis or a medium rather than a voice.
 */
import { uRe } from '../../text/regex.js';
import { EN_REPORTING_RE, FR_AUX, FR_INSERTS, FR_PARTICIPLE_RE, FR_PRESENT_RE } from './cues.js';

// The dot of a title or of initials ("M.", "Dr.", "N.K. Premachandran"), which ends no sentence.
export const ABBREVIATION_DOT = String.raw`(?:(?<=(?:^|[\s(])(?:M|MM|Mr|Mrs|Ms|Dr|Pr|Prof|St|Sen|Rep|Gen|Col|Lt|Gov|Mgr|Me|\p{Lu}))|(?<=(?:^|[\s(])(?:\p{Lu}\.)+\p{Lu}))\.`;

/** The first reporting verb of a sentence that is not inside a quotation (whose words are someone else's). */

/** The text after the last closing quotation mark and its comma: "“…,” X said" → "X". */
export function afterLastQuote(text: string): string {
  const cut = Math.max(text.lastIndexOf('»'), text.lastIndexOf('”'), /"/.test(text) && (text.match(/"/g)?.length ?? 0) % 2 === 0 ? text.lastIndexOf('"') : -1);
  return cut >= 0 ? text.slice(cut + 1).replace(/^[\s,]+/u, '') : text;
}

// "Reuters quoted the minister as saying…": the agency cites, the minister speaks.
// "a-t-on appris lundi auprès de son avocat, Me Luc Roux", "a-t-on appris de source policière": the one it was learnt from.
export const LEARNT_FROM_RE = uRe(/\b(?:a-t-on|a\s+-t-on|avons-nous|on\s+a|a\s+appris|ont\s+appris)\s+(?:appris\s+)?(?:\p{L}+\s+)?(?:auprès\s+d[eu]s?|auprès\s+de\s+la|auprès\s+de\s+l['’]|de\s+la\s+part\s+d[eu]s?)\s*((?:[^,.;:«"]|,\s*(?=(?:Me|M\.|Mme|Maître|Dr)\s))+)/iu);
// "Says Rakesh Verma, the district magistrate: « … »": the verb first, then who says it, then a colon.
export const VERB_FIRST_RE = uRe(/^\s*(?:Says|Said|Adds|Added|Explains|Explained|Recalls|Recalled|Notes|Noted|Insists|Insisted)\s+((?:\p{Lu}|(?:the|a|an|its|his|her|their|one)\s)[^:;.!?«"“]{2,100}?)\s*:/u);
// "X has sent a letter to the parents", "X a adressé un courrier au maire": a document sent is speech.
export const SENT_DOCUMENT_RE = uRe(
  /\s(?:(?:has|have|had)\s+)?(?:sent|issued|released|wrote|written|circulated|(?:a|ont|avait|avaient)\s+(?:adressé|envoyé|publié|diffusé|écrit|transmis))\s+(?:a|an|une?|un)\s+(?:\p{L}+\s+)?(?:letter|statement|e-?mail|memo|message|note|notice|courrier|lettre|communiqué|note|message|mail|missive)\b/iu,
);
export const QUOTED_AS_SAYING_RE = uRe(/\b(?:quoted|cited)\s+([^,.;:]{2,80}?)\s+as\s+(?:saying|stating|telling)\b/iu);
export const INVERTED_AFTER_QUOTE_RE = uRe(
  String.raw`^\s*[,.]?\s*(?:${FR_AUX}(?:-t-(?:il|elle))?${FR_INSERTS}\s+(?:${FR_PARTICIPLE_RE})|(?:${FR_PRESENT_RE})|(?:${EN_REPORTING_RE}))\b((?:[^.!?]|${ABBREVIATION_DOT})*)`,
  'iu',
);
// ("s'est vu reprocher de rester en fonction par des opposants": the reproach is theirs.)
export const PASSIVE_RE = uRe(/\b(?:rapporté|signalé|annoncé|publié|relayé|diffusé|revendiqué|affirmé|dénoncé|reproché|critiqué|reported|announced|claimed|published)(?:e|s|es)?\s+par\s+([^,.;:]+)|\b(?:reported|announced|claimed|published|criticised|criticized)\s+by\s+([^,.;:]+)|\breprocher\s+(?:[^,.;:]{0,60}?\s)?par\s+([^,.;:]+?)(?=\s+(?:de|d['’])\s*\p{L}|[,.;:]|$)/iu);
export const SELON_RE = uRe(String.raw`\b(?:selon|d['’]après|according\s+to)\s+((?:[^,.;:«"]|${ABBREVIATION_DOT})+)`, 'giu');
// "selon l'avocate des plaignants, Maître Eve Roux": a name in apposition after the source's comma is the source.
// Case-sensitive, apart from SELON_RE: under /i a capital would match any word.
export const APPOSED_NAME_RE = uRe(/^,\s*((?:(?:Maître|Me|Mme|M\.|Dr|Mr|Mrs|Ms|Pr)\.?\s+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)+)(?=\s*(?:[,.;:]|$))/u);
export const CITE_BEFORE_RE = /(?:cité(?:e|s|es)?\s+par|cited\s+by|selon|d['’]après|according\s+to|citant(?:\s+comme\s+source)?|citing|a-t-on\s+appris\s+d[eu]?|appris\s+d[eu]|rapporte|rapporté(?:e|s)?\s+par|déclaré\s+à|told|relayé(?:e|s)?\s+par|repris(?:e|es)?\s+par|sources?\s*:)\s*(?:l['’]|le|la|les|du|de\s+la|des)?\s*[^,.;]{0,70}$/iu;
export const PUBLISH_BEFORE_RE = /(?:a\s+publié|ont\s+publié|publié(?:e|s)?\s+par|published\s+by|écrit|lien\s+source)\s*[^,.;]{0,70}$/iu;
export const CITED_TAIL_RE = uRe(/,\s*(?:cité|citée|selon|d['’]après)\b/iu);
export const CITING_RE = /(?:citant|citing)(?:\s+comme\s+source)?\s*[^,.;]{0,70}$/iu;

// The whole text before the quotation is a short name and a colon (a sentence that starts with it).
export const COLON_SPEAKER_RE = uRe(/^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5})\s*:\s*$/u);
// Nouns of people and bodies that hold a view: general French, no corpus's names.
export const VIEW_HOLDER_RE = uRe(
  /^(?:le|la|les|l['’]|un|une|des)?\s*(?:(?:\p{L}+\s+){0,2})?(?:ministère|ministre|parquet|procureur|procureure|avocat|avocate|avocats|défense|accusation|juge|tribunal|cour|gouvernement|opposition|majorité|syndicat|syndicats|direction|association|collectif|économiste|économistes|expert|experts|analyste|analystes|spécialiste|chercheur|chercheuse|chercheurs|médecin|médecins|maire|préfet|préfète|président|présidente|député|députée|sénateur|sénatrice|élu|élus|porte-parole|patronat|patron|organisation|ONG|commission|agence|police|gendarmerie|armée|état-major|autorités)\b/iu,
);
export const VIEWPOINT_RE = uRe(/^\s*Pour\s+((?:le|la|les|l['’]|M\.|Me|Mme|\p{Lu})[^,;:.]{1,80}),\s/u);
export const SUBORDINATE_RE = uRe(/\b(?:that|which|who|que|qu['’]|qui)\b/iu);
export const INVERTED_CLITIC_RE = uRe(/-(?:t-)?(il|elle|ils|elles)\b/iu);
export const CLITIC_AFTER_RE = uRe(/^-(?:t-)?(il|elle|ils|elles)\b/iu);
export const BASIS_NP_RE = uRe(
  /^(?:les|le|la|l['’]|des|ces|ce|cette|son|sa|ses|leurs?|the|its|their)?\s*(?:plans?|procédures?|accords?|règles?|termes|critères|normes|principes|modalités|conditions|estimations|calculs|décomptes|données|chiffres|résultats|discours|lois?|textes?|articles?|enquêtes?|montants|sommes|cas|besoins|barèmes|tarifs|circonstances|périodes|scénarios|hypothèses|amounts|cases|needs|circumstances|scenarios|estimates|figures|rules|terms|criteria|standards|procedures|guidelines|data|results|laws?|agreements?|investigations?|inquiry|inquiries|probe)\b/iu,
);
// ("the agency's report" is the report's.)
// One describing word may come first: "a weekly newspaper", "un quotidien régional" has it after.
export const MEDIA_NP_RE = uRe(/^(?:l['’]|le\s+|la\s+|les\s+|the\s+|this\s+|cette\s+|ce\s+|an?\s+|une?\s+)?(?:(?!(?:two|three|four|five|six|several|many|both|all|some|other|deux|trois|quatre|cinq|plusieurs|autres?|certaines?|government|federal|state)\s)[\p{L}-]+\s+)?(?:(?:agence|site|journal|quotidien|hebdomadaire|chaîne|média|télévision|radio|magazine|revue|portail|publication|rédaction|newspaper|website|agency|outlet|channel|broadcaster|paper|daily)s?|weekly|weeklies|tabloids?|journaux|media|agencies|dailies)\b(?!['’]s\b)/iu);

export const GERUND_RE = uRe(/(?:,\s*|\sen\s+)(?:disant|affirmant|déclarant|précisant|ajoutant|soulignant|expliquant|indiquant|estimant|assurant|démentant|niant|contestant|saying|adding|claiming|stating|denying)\b/iu);
export const FINITE_VERB_RE = uRe(/\s(?:n['’])?(?:a|ont|avait|avaient|s['’]est|se\s+sont|est|sont|has|have|had|was|were)\s/iu);
// "Le groupe a affirmé…" right after "HTS avait déclaré…": a collective noun standing for the last speaker.
export const COLLECTIVE_DESCRIPTION_RE = uRe(/^(?:le|la|l['’]|the)\s*(?:groupe|organisation|mouvement|group|organization)$/iu);

// Records and pictures show; they do not speak: "Les factures, consultées par X, font état de…",
// "the invoices show". (A report, a statement or a letter is a source and stays one.)
export const EVIDENCE_NP_RE = uRe(
  /^(?:les|des|ces|ses|leurs|the|these|those|its|their)?\s*(?:(?:[\p{L}-]+\s+)?(?:factures|reçus|relevés|chiffres|données|images|vidéos|photos|photographies|courriels|e-mails|mails|messages|SMS|enregistrements|documents|pièces|invoices|receipts|records|figures|data|images|videos|photos|photographs|emails|e-mails|texts|messages|recordings|documents|files|statistics|statistiques|polls|surveys|sondages)|(?:facture|reçu|relevé|image|vidéo|photo|photographie|courriel|enregistrement|invoice|receipt|video|photo|photograph|email|recording|file|poll|survey|sondage)\b)(?:\s+(?:internes?|bancaires?|internal|bank|leaked|officielles?|official))?$/iu,
);

// Subjects read apart: a shared subject, a relative, a poll, a site, a definite source, a verb of going on.
// A capitalised name opening a sentence whose verb phrase goes on "… and" before this verb.
export const SHARED_SUBJECT_RE = /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)\s+(?:from|of|de|du)?\s*[^,;:«»“”"]{0,120}\s(?:and|et)\s*$/u;
// Verbs of going on with what one said: "a ajouté", "poursuit", "added".
export const CONTINUING_VERB_RE = /\b(?:ajout\p{L}*|poursui\p{L}*|renchéri\p{L}*|conclu\p{L}*|added|adds|continued|concluded)\b/iu;
// A poll suggests; it does not speak (its pollster does): "The poll of voters in Papineau … suggested".
export const POLL_NP_RE = /^(?:(?:the|a|an|this|le|la|ce|un|une)\s+)?(?:new\s+|latest\s+|dernier\s+|nouveau\s+)?(?:poll|survey|sondage)\b/iu;
// A site's address as a subject: "horsjeu.net dévoile…".
export const SITE_NAME_RE = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|fr|ch|be|ca|info|news|co\.uk|de|it|es|ma|dz|tn)$/iu;
// "the source", "cette source": a source named before, or no one.
export const DEFINITE_SOURCE_RE = /^(?:the|this|that|la|cette|ladite)\s+(?:same\s+|même\s+)?source$/iu;
// (Lower case: "WHO say…" is the World Health Organization.)
export const RELATIVE_SUBJECT_RE = /^(?:who|which|qui|lequel|laquelle|lesquels|lesquelles)$/u;
// The capitalised name right before ", who": "New York Attorney General Letitia James, who".
export const NAME_BEFORE_RELATIVE_RE = /(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)\s*,\s*(?:who|which|qui|lequel|laquelle|lesquels|lesquelles)\s*$/u;
