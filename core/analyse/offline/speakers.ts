/**
 * Reading a speaker out of a noun phrase and its appositions:
 * "Le chef adjoint du Centre russe pour la réconciliation…, Oleg Yegorov"
 *   → speaker "Oleg Yegorov", role "chef adjoint", organization "Centre russe pour la réconciliation…".
 * Names are runs of capitalised words; a role is the head of a description,
 * its organisation the capitalised complement after "du/de la/des/of".
 */
import { TIME_WORDS_RE, FR_PRONOUN_SUBJECT_RE } from './cues.js';
import { uRe } from '../../text/regex.js';
import { reportingVerbs } from '../../text/verbs.js';

export interface SpeakerParts {
  speaker: string;
  role: string | null;
  organization: string | null;
  /** A person's name was found (not only an institution or a description). */
  named: boolean;
  /** Grammatical gender of an unnamed French description, from its determiner ("la présidente" → f). */
  gender?: 'm' | 'f';
}

const DETERMINER_RE = /^(?:(?:les|le|la|une|un|des|du|the|an|a)\s+|l['’]\s*)/iu;
const APPOSITION_RELATIVE_RE = uRe(/(?:^|\s+)(?:qui|dont|who|which)\b.*$/iu);
const RELATIVE_RE = uRe(/\b(?:qui|que|qu['’]|dont|lorsque|puisque|which|that|whose|whom)\b/iu);
const ORG_PREPOSITION_END_RE = uRe(/(?:\b(?:du|de|des|la|of|for|pour|the|on)|\bd['’])\s*$/iu);
// Only French writes a person's name straight after the organisation ("ministre du Travail Olivier Martin");
// in English "of the World Health Organization" is one name.
const FR_ORG_PREPOSITION_END_RE = uRe(/(?:\b(?:du|de|des|la|pour)|\bd['’])\s*$/iu);
// The last word of an institution's name, never of a person's.
const INSTITUTION_WORD_RE = uRe(/^(?:Organi[sz]ation|Ministry|Ministère|Council|Conseil|Agency|Agence|Court|Cour|Party|Parti|Bank|Banque|University|Université|Institute|Institut|Committee|Comité|Office|Union|Commission|Department|Service|Authority|Autorité|Association|Fund|Fonds|Board|Group|Groupe|Centre|Center|Assembly|Assemblée|Senate|Sénat|Zealand|States|Nations|Kingdom|Republic|République)$/u);
// A segment with a finite verb is a clause before the speaker ("A convoy was hit, the Observatory said").
const CLAUSE_RE = uRe(/\b(?:was|were|is|are|has|have|had|will|would|est|sont|était|étaient|ont\s+été|a\s+été|sera|seront)\b/iu);
// "Selon une autre dépêche, l'ambassadeur … a dit": the source phrase is not the subject.
const SOURCE_START_RE = uRe(/^(?:selon|d['’]après|according\s+to)\b/iu);
const CITED_RE = uRe(/^(?:cité|citée|cités|cited)\b/iu);
const NAME_PARTICLE = String.raw`(?:de|du|des|al|el|ben|bin|ibn|von|van|der|la|le|abu|abou)`;
const CAP_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
// Two or more capitalised words, particles allowed inside: "Oleg Yegorov", "Alexander Vadim Kulit".
// A bracketed capitalised part stays inside: "Tingyi (Cayman Island) Holding Corp".
const CAP_OR_BRACKETED = String.raw`(?:${CAP_WORD}|\(${CAP_WORD}(?:\s+${CAP_WORD}){0,3}\))`;
// A whole text that is only a name: capitalised words, particles between ("Marie Lenoir", "Abu al-Walid").
const FULL_NAME_RE = uRe(String.raw`^${CAP_WORD}(?:\s+(?:${NAME_PARTICLE}\s+)?${CAP_WORD})+$`, 'u');
/** Whether a text is a person's or a body's name and nothing else: every word capitalised but for particles. */
export function isFullName(text: string): boolean {
  return FULL_NAME_RE.test(text);
}
const PERSON_NAME_RE = uRe(String.raw`(${CAP_WORD}(?:\s+(?:${NAME_PARTICLE}\s+)?${CAP_OR_BRACKETED})+)\s*$`, 'u');
const INSTITUTION_HEAD = String.raw`(?:Ministry|Department|Bank|University|Council|Court|Institute|Office|Board|Commission|Committee|Agency|Authority|Chamber|House|Union|League|Federation|Association|Academy|Bureau|Service|School|College|Society|Organi[sz]ation|Centre|Center|Secretariat|Inspectorate)`;
const INSTITUTION_OF_RE = uRe(
  String.raw`^(?:[Tt]he\s+)?((?:${CAP_WORD}\s+)*${INSTITUTION_HEAD}\s+(?:of|for|on)\s+(?:the\s+)?${CAP_WORD}(?:\s+(?:and\s+|of\s+|for\s+)?${CAP_WORD})*)`,
  'u',
);
export const TITLE_WORD = String.raw`(?:Minister|Secretary|Commissioner|President|Vice-President|Director|Director-General|Chief|Governor|Mayor|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chair|Senator|Judge|Prosecutor|Ambassador|Inspector|Superintendent|Sheriff|Premier|Chancellor|Councillor|Councilor|Representative|Prime|General|Colonel|Captain|Admiral|Professor|Dean|Attorney|Officer|Commander)`;
// The title words, then the person: "Health Minister | Clara Ndovu"; a name is what follows the last title word.
const TITLED_NAME_RE = uRe(String.raw`^((?:${CAP_WORD}\s+)*${TITLE_WORD})\s+(${CAP_WORD}(?:\s+${CAP_WORD})*)$`, 'u');
// "Secretary of State Marco Rubio": after a capitalised title and "of", an office then a person;
// "vice president of Perfect Thread Mills" is one organisation.
const TITLE_OF_END_RE = uRe(String.raw`\b${TITLE_WORD}\s+of\s*$`, 'u');
// "Lydia Buchtmann for Food Standards Australia": a person's name, then whom they speak for.
const LEADING_NAME_RE = uRe(String.raw`^(${CAP_WORD}(?:\s+(?:${NAME_PARTICLE}\s+)?${CAP_WORD})+)\s+(?:for|of|at|from|chez|pour)\s+(\p{Lu}.*)$`, 'u');
// A word after "du"/"of" needs a space before it, so "de" is never read inside "Democrat".
const COMPLEMENT_RE = /^(.*?)\s+(?:(?:du|de\s+la|des|de|of\s+the|of)\s+|(?:de\s+l['’]|d['’])\s*)(.+)$/iu;
// Words that open an adverbial, not a subject: "À la fin du mois d'avril, le chef…".
const ADVERBIAL_START_RE = uRe(/^(?!at\s+least\b|au\s+moins\b)(?:(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|weekend|month|year|night|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|à|au|aux|a\s+(?:titre|partir|cause|propos|la\s+suite|l['’]issue|l['’]instar|cet|cette)|en|dans|plus\s+tôt|plus\s+tard|fin|début|hier|lors|après|avant|depuis|pendant|ainsi|actuellement|cependant|toutefois|pourtant|enfin|par\s+ailleurs|d['’]autre\s+part|de\s+son\s+côté|le\s+\d|la\s+semaine|ce\s+\p{Ll}+|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|in|on|at|earlier|later|meanwhile|however)\b/iu);

export function stripDeterminer(text: string): string {
  return text.replace(DETERMINER_RE, '').trim();
}

// Connectives and sentence adverbs that open a sentence before its subject:
// "Auparavant, X avait déclaré", "Néanmoins, un témoin assure", "Additionally, the court stated".
const CONNECTIVE_RE = uRe(
  /^(?:auparavant|néanmoins|toutefois|cependant|pourtant|ensuite|puis|enfin|or|donc|ainsi|aussi|désormais|entre-temps|jusqu['’]ici|d['’]abord|d['’]ailleurs|en\s+outre|de\s+plus|par\s+ailleurs|en\s+effet|en\s+revanche|de\s+même|pour\s+sa\s+part|pour\s+leur\s+part|quant\s+à\s+lui|quant\s+à\s+elle|aujourd['’]hui|hier|oh|ah|well|yes|no|bon|ben|oui|non|not\s+to\s+mention|sans\s+compter|additionally|however|meanwhile|moreover|furthermore|further|nonetheless|nevertheless|previously|earlier|later|separately|still|instead|also|but|and|so|then|now|yesterday|today|in\s+addition|for\s+(?:his|her|its|their)\s+part|\p{L}{3,}ment|\p{L}{3,}ly)$/iu,
);

// "Contacté par l'AFP, Nestlé confirme…", "Asked about the report, the minister said…":
// a participle phrase about the speaker, before the speaker.
const CONTACTED_RE = uRe(/^(?:contacté|contactée|contactés|joint|jointe|interrogé|interrogée|interrogés|sollicité|sollicitée|interviewé|interviewée|asked|contacted|reached|questioned|interviewed|speaking)\b/iu);

// A segment that opens with a preposition, a conjunction, an adverb of degree or a
// vocative frames the sentence; it is never its subject ("Mais peu avant 14h, la jeune
// fille…", "On the merits, the states say…", "Monsieur le Président, tous l'ont souligné").
const FRAME_START_RE = uRe(
  /^(?!at\s+least\b|au\s+moins\b)(?:mais|et|pour|par|sur|sous|avec|sans|dans|entre|vers|chez|contre|malgré|outre|comme|si|quand|lorsque|puisque|bien\s+que|encore|peu|très|trop|plus|moins|tout|of|on|in|at|as|for|with|without|by|after|before|since|while|when|whenever|if|although|though|because|despite|unlike|like|amid|during|under|over|from|to|but|yet|once|until|through|via|thanks\s+to|following|upon|regarding|concerning|à\s+travers|grâce\s+à|monsieur|madame|mesdames|messieurs|mr\.?\s+president|madam)\b/iu,
);

// "Confrontée à une affaire…, le tribunal a jugé", "Faced with the claims, the firm said": a past participle
// and its preposition open a phrase about the subject ("René de Obaldia" — a particle and a capital — is a name).
const PARTICIPLE_FRAME_RE = uRe(
  /^\p{L}+(?:é|ée|és|ées|ed)\s+(?:à|au|aux|par|sur|avec|dans|en|pour|contre|devant|with|by|about|over|on|to|for|after)\b|^\p{L}+(?:é|ée|és|ées)\s+(?:(?:de|du|des)\s+|d['’])(?!\p{Lu})/u,
);

/** "Disant être inquiète…, la Russie a démenti", "Citing a report, the minister said": a participle of saying opens a phrase about the subject. */
function speakingParticiple(segment: string): boolean {
  const first = /^\p{L}+/u.exec(segment)?.[0];
  return first !== undefined && reportingVerbs(first.toLowerCase()).some((v) => v.tense.split(',').some((t) => t === 'ppr' || t === 'ing'));
}

function isTimePhrase(segment: string): boolean {
  const words = segment.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => TIME_WORDS_RE.test(w));
}

// "both of them", "l'un d'eux", "tous les deux": a pronoun of a group, for the antecedent step.
const GROUP_PRONOUN_RE = /^(?:(?:both|all|each|neither|either|none|one)\s+of\s+(?:them|us|these|those)|l['’](?:un|une)\s+d['’](?:eux|elles)|(?:tous|toutes)\s+(?:les\s+)?deux|chacun(?:e)?\s+d['’](?:eux|elles))$/iu;

export function isPronoun(text: string): boolean {
  return FR_PRONOUN_SUBJECT_RE.test(text.trim()) || GROUP_PRONOUN_RE.test(text.trim());
}

/** "il", "elle", "he", "she", "ce dernier": a pronoun that needs one speaker, not a group. */
export function isSingularPronoun(text: string): boolean {
  return /^(?:il|elle|ce\s+dernier|cette\s+dernière|celui-ci|celle-ci|he|she|it|the\s+latter)$/iu.test(text.trim());
}

/** "Washington et ses alliés", "les médias": a plural speaker cannot be "il". */
export function isPlural(speaker: string): boolean {
  return /\s(?:et|and)\s|^(?:les|des|ces|ses|the)\s/iu.test(speaker) || /^\p{Ll}+s(?:\s|$)/u.test(speaker);
}

/**
 * The subject of the verb stands in the last clause before it: "…est restée célèbre :
 * Berkeley affirme…", "Les couples sont reconstitués et le Duc annonce…".
 */
function lastClause(text: string): string {
  const afterColon = text.replace(/^.*[:;]\s+/su, '');
  // "…, tandis que l'Elysée indique…", "…, while the ministry said…": a new clause, a new subject.
  // "…, but the World Health Organization said", "…, though a spokesperson told…": after a comma, these open a clause.
  const contrast = /^.*(?:[\s,](?:(?:tandis|alors)\s+qu(?:e\s|['’])|whereas\s|while\s)|,\s*(?:but|mais|yet|though|although|bien\s+que|même\s+si)\s+(?:\p{L}+\s+)?)\s*(?=(?:le|la|les|l['’]|the|an?|un|une|\p{Lu}))/isu.exec(afterColon);
  if (contrast) return afterColon.slice(contrast[0].length);
  const m = /^(.*)\s(?:et|and|but|mais)\s+(?=(?:le|la|les|l['’]|the|\p{Lu}))/iu.exec(afterColon);
  return m && VERB_INSIDE_RE.test(m[1]!) ? afterColon.slice(m[0].length) : afterColon;
}

// "WASHINGTON, DC (Associated Press) —", "WASHINGTON --", "DETROIT Feb 3": a city in capitals, an agency or a date, a dash.
const DATELINE_PREFIX_RE = uRe(/^\s*\p{Lu}{3,}(?:[\s,.'’/-]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*)?\s*(?:\([^)]{2,40}\)\s*)?(?:[-–—]+|:)\s*/u);
// A frame that is a prepositional phrase (not a conjunction: "Mais les avocats de X" is one subject).
const PREPOSITION_START_RE = uRe(/^(?:in|on|at|for|with|by|after|before|during|since|under|over|from|to|dans|pour|par|sur|sous|avec|sans|entre|vers|chez|contre|après|avant|pendant|depuis|lors)\b/iu);
// A determiner phrase closing a frame segment: "in both of those cases the Court".
const FRAMED_SUBJECT_RE = uRe(/\s((?:the|le|la|les|l['’])\s*(?:\p{L}[\p{L}'’.-]*)(?:\s+\p{L}[\p{L}'’.-]*){0,3})$/u);
// (Not the -ing words of titles: "managing director", "acting mayor", "outgoing president".)
const PARTICIPLE_SEGMENT_RE = uRe(/^(?!(?:managing|acting|presiding|ruling|leading|governing|founding|outgoing|incoming|visiting|sitting|serving|reigning|commanding|executive|consulting|supervising|attending)\b)(?:\p{Ll}{3,}ing|\p{Ll}{3,}ant)\b/u);
// No i flag: under /iu, \p{Lu} would match a lower-case letter too.
const LEADING_CONJUNCTION_RE = uRe(/^(?:[Mm]ais|[Ee]t|[Bb]ut|[Aa]nd|[Yy]et)\s+(?=\p{Lu})/u);
const SUBORDINATOR_RE = uRe(/^(?:si|if|when|quand|lorsque|because|since|while|parce\s+qu['’]e?|puisqu['’]e?|mais|et|but|and|yet)\s+(?=\p{Lu}|(?:le|la|les|l['’]|the|ce|cette)\b)/iu);

/** Drops leading adverbial segments and trailing "cité par …" from a subject. */
export function cleanSubject(subject: string): string {
  // "WASHINGTON, DC (Associated Press) — Chinese Vice Premier Liu He says": the dateline is no subject.
  subject = lastClause(subject.replace(DATELINE_PREFIX_RE, ''));
  let segments = subject.split(/\s*,(?!\d{3})\s*/).map((s) => s.trim()).filter(Boolean);
  // "But Anil Rao, vice president of…": the conjunction goes, the name it opens stays.
  if (segments.length > 1 && segments[0]) segments[0] = segments[0].replace(LEADING_CONJUNCTION_RE, '');
  const before = segments.length;
  while (
    segments.length > 1 &&
    (ADVERBIAL_START_RE.test(segments[0]!) ||
      isTimePhrase(segments[0]!) ||
      CONNECTIVE_RE.test(segments[0]!) ||
      CONTACTED_RE.test(segments[0]!) ||
      PARTICIPLE_FRAME_RE.test(segments[0]!) ||
      speakingParticiple(segments[0]!) ||
      FRAME_START_RE.test(segments[0]!) ||
      SOURCE_START_RE.test(segments[0]!) ||
      CLAUSE_RE.test(segments[0]!))
  ) {
    segments.shift();
  }
  // "A titre de compensation pour les pertes, la pollution et la santé, le gouvernement réclame": after
  // a fronted phrase, a list of nouns with no name is its object; the determiner phrase before the verb is the subject.
  const lastSegment = segments.at(-1) ?? '';
  if (segments.length < before && segments.length > 1 && /^(?:le|la|les|l['’]|the)\s*\p{Ll}/u.test(lastSegment) && !/\s(?:et|and)\s/u.test(lastSegment) && segments.every((seg) => !/\s\p{Lu}/u.test(seg))) {
    segments = [lastSegment];
  }
  // "Jacobs, in both of those cases the Court suggested", "In Paris the minister said":
  // a frame whose end is the subject.
  const last = segments.at(-1);
  const framed = last !== undefined && PREPOSITION_START_RE.test(last) ? FRAMED_SUBJECT_RE.exec(last) : null;
  if (framed) segments = [framed[1]!];
  // Inserted segments after the subject: "however", "using measures of…", "cité par…".
  segments = segments.filter(
    (s, i) => !CITED_RE.test(s) && !isTimePhrase(s) && !(i > 0 && (CONNECTIVE_RE.test(s) || PARTICIPLE_SEGMENT_RE.test(s))),
  );
  // "Si Moody's estime…", "When the minister said…": the subordinator is not part of the subject.
  if (segments[0]) segments[0] = segments[0].replace(SUBORDINATOR_RE, '');
  // A clitic object before the verb belongs to the verb: "Le médecin vous informera" → "Le médecin";
  // so does an adverb: "He further stated", "Le ministre a ensuite".
  return segments
    .join(', ')
    // "David De Gea on Friday denied", "Judge Thomas Zilly in Seattle dismissed": the time and the place are not the speaker.
    .replace(/\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)$/iu, '')
    .replace(/(?<=\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+)\s+(?:in|at|from)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u, '')
    .replace(/\s+(?:further|also|later|then|again|once\s+again|repeatedly|publicly|firmly|ensuite|également|aussi|encore|toutefois|pourtant|alors)$/iu, '')
    // "Trump actually said", "the firm previously stated": an adverb, not part of the name.
    .replace(/(?<=\p{L})\s+\p{Ll}{2,}(?:ally|ently|antly|ously|ively|ately|edly|ingly|ctly|ully|arly|stly|ntly)$/u, '').replace(/\s+(?:vous|nous|me|m['’]|te|lui|leur|les|se|s['’]|l['’])$/iu, '');
}

function describe(desc: string): { role: string | null; organization: string | null } {
  const words = stripDeterminer(desc)
    .split(/\s+/)
    .filter((w, i, all) => !(TIME_WORDS_RE.test(w) && (i === 0 || TIME_WORDS_RE.test(all[i - 1]!))));
  const d = words.join(' ').trim();
  if (!d) return { role: null, organization: null };
  const m = COMPLEMENT_RE.exec(d);
  if (m && /\p{Lu}/u.test(m[2]!)) return { role: m[1]!.trim() || null, organization: m[2]!.trim() };
  return { role: d, organization: null };
}

/**
 * A run of three or more capitalised words after "du"/"of" ("Travail Olivier Martin")
 * is an organisation's name followed by a person's: the last two words are the person.
 * Two words stay the organisation's ("de la Défense Nationale"), a name needs more evidence.
 */
function nameAfterOrganisation(run: string): { organization: string; name: string } | null {
  const words = run.split(/\s+/);
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  // "République de Nanterre" is one name with a particle, not an organisation and a person.
  if (words.length < 3 || !words.slice(-2).every(capital) || !capital(words[0]!)) return null;
  if (INSTITUTION_WORD_RE.test(words.at(-1)!)) return null;
  return { organization: words.slice(0, -2).join(' '), name: words.slice(-2).join(' ') };
}

// A personal pronoun at the end ("So I", "Si vous", "C'est pourquoi je"), a verb or a
// negation inside ("parents are", "Isabelle was not"), or a lone function word ("and",
// "Après", "Tentative d'"): what stands before the verb is not a noun phrase.
const ENDS_WITH_PRONOUN_RE = uRe(/\b(?:je|j['’]|tu|il|elle|nous|vous|ils|elles|on|i|you|he|she|it|we|they)$/iu);
const VERB_INSIDE_RE = uRe(/\b(?:is|are|was|were|be|been|being|can|cannot|could|should|must|not|n['’]t|est|sont|était|étaient|été|ne|n['’]|pas|peut|doit|évolue)\b/iu);
const FUNCTION_ONLY_RE = uRe(/^(?:and|or|but|so|if|when|as|because|et|ou|mais|donc|si|quand|comme|lorsque|puisque|après|avant|puis|\p{L}+['’])$/iu);

// "Liu He", "Ma On": a capitalised word ending a run of names is a surname, not "he".
const NAME_ENDING_RE = uRe(/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u);

function looksLikeSubject(np: string): boolean {
  const words = np.trim().split(/\s+/);
  const surname = NAME_ENDING_RE.test(np) && !CONNECTIVE_RE.test(words.at(-2) ?? '') && !FRAME_START_RE.test(words.at(-2) ?? '');
  if ((ENDS_WITH_PRONOUN_RE.test(np) && !surname) || VERB_INSIDE_RE.test(np)) return false;
  return !FUNCTION_ONLY_RE.test(np.trim());
}

/** Nouns of what is said or written, not of who says it: "son récit", "le communiqué", "this statement". */
const SPEECH_NOUN = String.raw`(?:récits?|propos|mots|paroles|déclarations?|témoignages?|versions?|communiqués?|textes?|lettres?|messages?|explications?|dépositions?|rapports?|documents?|notes?|courriers?|statements?|accounts?|remarks|words|letters?|testimon(?:y|ies)|releases?|reports?|documents?|filings?|press\s+releases?)`;
const SPEECH_NOUN_RE = uRe(String.raw`^(?:(?:le|la|les|l['’]|un|une|des|the|a|an|ce|cet|cette|ces|this|these|those|that|son|sa|ses|leurs?|his|her|its|their)\s*)?${SPEECH_NOUN}$`, 'iu');
// "un communiqué de la FFA", "a statement from the ministry": the body behind the document speaks.
const DOCUMENT_OF_RE = uRe(
  String.raw`^(?:(?:le|la|les|l['’]|un|une|des|the|a|an)\s*)?${SPEECH_NOUN}\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of|from\s+the|from|by\s+the|by)\s*)(?=\p{Lu}|(?:la|le|les|l['’]|the)\s*\p{Lu})`,
  'iu',
);
const PUBLISHED_IN_RE = uRe(
  /^(?:(?:le|la|les|l['’]|un|une|des|the|a|an)\s*)?(?:reports?|articles?|story|stories|interviews?|editorials?|columns?|reportages?|entretiens?|éditorial|tribunes?)\s+(?:(?:published|appeared|paru(?:e|s|es)?|publié(?:e|s|es)?)\s+)?(?:in|on|dans|sur)\s/iu,
);
/** "ce texte", "ces médias", "this report": a description that points back rather than names. */
export const POINTING_RE = uRe(/^(?:ce|cet|cette|ces|this|these|those|that)\s/iu);
/** "son récit", "leur communiqué", "its statement": the owner's words. */
export const POSSESSIVE_RE = uRe(/^(?:son|sa|ses|leurs?|his|her|its|their)\s/iu);

/** Whether a noun phrase is a document or an utterance with nothing after it ("le texte", "son récit"). */
export function isSpeechNoun(np: string): boolean {
  return SPEECH_NOUN_RE.test(np.trim());
}

// "The Sunday Times article", "a New York Times report": an outlet's piece, in English word order.
const ARTICLE_OF_NAME_RE = uRe(/^(?:[Tt]he\s+|[Aa]n?\s+)?(?!(?:The|An?|This|That|These|Its|His|Her|Their|Our)\s)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s+(?:article|report|story|investigation|editorial|piece|analysis|survey|poll|study)s?$/u);
// Capitalised words and "and" just before a name: "Competition and | Markets Authority".
const COORDINATED_NAME_END_RE = uRe(/(?<=^|\s)((?:\p{Lu}[\p{L}'’.-]*\s+)+(?:and|&|et)\s+)$/u);
const SINGLE_NAME_RE = uRe(/^(?:M\.\s*|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+|Me\s+|Mme\s+|Maître\s+)?\p{Lu}\p{Ll}[\p{L}'’-]+$/u);

/**
 * A speaker is a name or a short description, never a clause: "BBC apologized to Trump",
 * "Michel Polnareff poursuit pour", 'producteur X" avec des propos "dits' say no one.
 */
export function clauseLike(speaker: string): boolean {
  if (/["«»“”$€£]/u.test(speaker)) return true;
  if (/\s(?:en|de|du|des|à|au|aux|pour|par|sur|of|the|a|an|to|in|on|for|et|and)$/iu.test(speaker)) return true;
  // A verb inside: an English past form before a function word, a finite French verb of saying before a
  // determiner or a preposition ("… poursuit pour").
  if (/\b\p{L}{3,}ed\s+(?:to|the|a|an|his|her|its|their|that|on|in|for|with)\b/iu.test(speaker)) return true;
  const words = speaker.split(/\s+/u);
  return words.some(
    (w, i) =>
      i > 0 &&
      i < words.length - 1 &&
      /^(?:son|sa|ses|leur|leurs|le|la|les|un|une|des|pour|par|en)$/u.test(words[i + 1]!) &&
      reportingVerbs(w.toLowerCase()).some((v) => /\b(?:pres|impf|ps|fut)\b/u.test(v.tense)),
  );
}

/** Parses a subject or inverted-subject noun phrase; null when it is no speaker. */
export function parseSpeaker(np: string): SpeakerParts | null {
  // "the report in Vice's Motherboard", "un article paru dans Le Temps": what follows is where it was published, no speaker.
  if (PUBLISHED_IN_RE.test(np)) return null;
  np = np.replace(DOCUMENT_OF_RE, '');
  // "X, porte-parole des partis qui ont participé au scrutin,": a relative clause ends an apposition.
  const cleaned = cleanSubject(np.replace(/[\s.;:]+$/u, ''))
    .split(/\s*,(?!\d{3})\s*/)
    .map((seg, i) => (i === 0 ? seg : seg.replace(APPOSITION_RELATIVE_RE, '')))
    .join(', ');
  // "'…,' says spokesperson": a quote mark left over is no one.
  if (!cleaned || cleaned.length > 240 || !/\p{L}/u.test(cleaned)) return null;
  if (isPronoun(cleaned)) return null;
  // A relative clause or a full clause is not a subject.
  if (RELATIVE_RE.test(cleaned.replace(/\b(?:ainsi\s+que|de\s+même\s+que|as\s+well\s+as)\b/giu, 'et'))) return null;
  if (!looksLikeSubject(cleaned)) return null;
  // "with over 260,000 votes declared invalid": a phrase after a preposition is no subject.
  if (PREPOSITION_START_RE.test(cleaned) && !/^(?:at\s+least|at\s+most|for\s+(?:its|his|her|their)\s+part)\b/iu.test(cleaned) && !PERSON_NAME_RE.test(cleaned)) return null;
  // "La défense invoque la présomption d'innocence et dénonce…": a verb phrase and its coordinator, not a noun phrase.
  if (/\s(?:et|and|mais|but|or|ou)$/iu.test(cleaned)) return null;
  let segments = cleaned.split(/\s*,(?!\d{3})\s*/).filter(Boolean);
  // "…de son rival, le président sortant X, le candidat de l'opposition Y a qualifié…": two
  // described people in a row — the first in apposition to what came before, the last the subject.
  const described = (seg: string) => /^(?:le|la|les|l['’]|the)\s/iu.test(seg) && PERSON_NAME_RE.test(seg);
  if (segments.length >= 2 && described(segments.at(-1)!) && described(segments.at(-2)!)) segments = segments.slice(-1);
  // "The Zambian Ministry of Health", "Bank of England": an institution's name is one name.
  // "The Sunday Times article claims": the paper behind its article speaks.
  const byline = ARTICLE_OF_NAME_RE.exec(segments[0] ?? '');
  if (byline) segments[0] = byline[1]!;
  const body = INSTITUTION_OF_RE.exec(segments[0] ?? '');
  if (body) return { speaker: body[1]!, role: null, organization: body[1]!, named: true };
  let name: string | null = null;
  let organization: string | null = null;
  const descriptions: string[] = [];
  for (const seg of segments) {
    const m: RegExpExecArray | null = name ? null : PERSON_NAME_RE.exec(seg);
    // A run of capitals right after "du/de la" belongs to an organisation, not a person.
    // French writes the person straight after the organisation ("ministre du Travail Olivier Martin"); so does
    // an English title ("Secretary of State Marco Rubio") — never when the run ends as an institution does.
    const split: { organization: string; name: string } | null =
      m && (FR_ORG_PREPOSITION_END_RE.test(seg.slice(0, m.index)) || TITLE_OF_END_RE.test(seg.slice(0, m.index))) ? nameAfterOrganisation(m[1]!) : null;
    const lead: RegExpExecArray | null = name || (m && !ORG_PREPOSITION_END_RE.test(seg.slice(0, m.index))) ? null : LEADING_NAME_RE.exec(seg);
    // A person's name has no determiner and no institution word in it.
    const leading: RegExpExecArray | null = lead && !/^(?:The|Le|La|Les|L['’])\s/u.test(lead[1]!) && !lead[1]!.split(/\s+/).some((w: string) => INSTITUTION_WORD_RE.test(w)) ? lead : null;
    if (split && m) {
      // "ministre du Travail Olivier Martin": the organisation's word, then the person's name.
      name = split.name;
      descriptions.push(`${seg.slice(0, m.index)}${split.organization}`.trim());
    } else if (leading) {
      name = leading[1]!;
      organization ??= leading[2]!.trim();
    } else if (m && !ORG_PREPOSITION_END_RE.test(seg.slice(0, m.index))) {
      // "Health Minister Clara Ndovu", "Police Commissioner Kevin Davis": English capitalises the title.
      const titled = TITLED_NAME_RE.exec(m[1]!);
      name = titled ? titled[2]! : m[1]!;
      let lead = seg.slice(0, m.index);
      // "The Competition and Markets Authority": an institution's name runs over its "and";
      // "les syndicats CGT et Sud Rail", "John Smith and Jane Doe": two speakers say it together.
      const coordinated = titled ? null : COORDINATED_NAME_END_RE.exec(lead);
      if (coordinated) {
        const det = /^(?:The|Le|La|Les)\s+/u.exec(coordinated[1]!)?.[0] ?? '';
        name = `${coordinated[1]!.slice(det.length)}${name}`;
        lead = lead.slice(0, coordinated.index);
      }
      const before = `${lead}${titled ? titled[1]! : ''}`.trim();
      if (before && stripDeterminer(`${before} `)) descriptions.push(before);
    } else if (!name && descriptions.length > 0 && SINGLE_NAME_RE.test(seg)) {
      // "Another farmer, Bhairajee, says": a one-word name in apposition to a description.
      name = seg;
    } else {
      descriptions.push(seg);
    }
  }
  let role: string | null = null;
  for (const desc of descriptions) {
    const parts = describe(desc);
    if (parts.organization && !organization) organization = parts.organization;
    if (parts.role) role = role ? `${role}, ${parts.role}` : parts.role;
  }
  if (name) return clauseLike(name) ? null : { speaker: name, role, organization, named: true };
  const speaker = stripDeterminer(segments[0] ?? '');
  if (!speaker || speaker.split(/\s+/).length > 12 || clauseLike(speaker)) return null;
  // A description with no capital is a vague speaker ("le groupe", "les participants").
  // "Ces dépositions", "Son avocat": the capital of a sentence's first determiner names nothing.
  const institution = /\p{Lu}/u.test(speaker.replace(/^(?:ces|ce|cet|cette|son|sa|ses|leurs?|this|these|those|that|his|her|its|their|another|other|one|some|several|many|une?\s+autre|d['’]autres|certaine?s?|plusieurs)\s+/iu, ''));
  const article = /^(le|un|ce|cet|la|une|cette)\s/iu.exec(segments[0] ?? '')?.[1]?.toLowerCase();
  const gender = article === undefined ? undefined : ['la', 'une', 'cette'].includes(article) ? ('f' as const) : ('m' as const);
  return {
    speaker,
    role: null,
    organization: institution ? speaker : null,
    named: institution,
    ...(gender ? { gender } : {}),
  };
}
