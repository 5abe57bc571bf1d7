/**
 * A document read once, in order, into sourcing events: who is said to have
 * said what (attributions), which outlets it names and in what role (sources),
 * with "il a ajouté", "a-t-il déclaré" and "selon ce dernier" resolved to the
 * speaker or outlet named just before. Cached per document.
 */
import { splitSentences } from '../../text/sentences.js';
import { findMediaMentions, type OutletRegistry } from '../../text/outlets.js';
import { foldKey } from '../../text/fold.js';
import type { Doc } from '../../corpus/types.js';
import type { Attribution, Source } from '../../schema.js';
import {
  ANAPHOR_SOURCE_RE,
  EN_REPORTING_RE,
  FR_AUX,
  FR_INSERTS,
  FR_PARTICIPLE_RE,
  FR_PRESENT_RE,
  INVERTED_PRONOUN_RE,
  VAGUE_SOURCE_RE,
} from './cues.js';
import { invertedSpeaker, opensClause, speakerAfter, type VerbSpan } from './speakerSlot.js';
import { findReportingVerbs, type VerbMatch } from '../../text/verbs.js';
import { cleanSubject, isPlural, isPronoun, isSingularPronoun, parseSpeaker, type SpeakerParts } from './speakers.js';
import { findQuotes } from './quotes.js';
import { uRe } from '../../text/regex.js';

export interface SentenceRef {
  passageId: string;
  /** Offsets within the passage text. */
  start: number;
  end: number;
  text: string;
}

export interface AttributionEvent extends Attribution {
  sentence: SentenceRef;
  /** Resolved from a pronoun or "ce dernier" rather than named in the sentence. */
  anaphoric: boolean;
}

export interface SourceEvent extends Source {
  sentence: SentenceRef;
}

export interface DocEvents {
  sentences: SentenceRef[];
  attributions: AttributionEvent[];
  sources: SourceEvent[];
}

const MAX_QUOTE_CHARS = 500;
// The dot of a title or an initial ("M. Dupont", "Dr. Lee", "J. Smith") does not end a name.
const ABBREVIATION_DOT = String.raw`(?<=(?:^|[\s(])(?:M|MM|Mr|Mrs|Ms|Dr|Pr|Prof|St|Sen|Rep|Gen|Col|Lt|Gov|Mgr|Me|\p{Lu}))\.`;

/** The first reporting verb of a sentence that is not inside a quotation (whose words are someone else's). */
function reportingVerbsOutsideQuotes(text: string, quotes: Array<[number, number]>): VerbSpan[] {
  const outside = (at: number) => !quotes.some(([a, b]) => at >= a && at < b);
  return findReportingVerbs(text)
    .map((v) => speechVerbGroup(text, v))
    .filter((v): v is VerbSpan => v !== null && outside(v.start));
}

/** Verbs of saying that as often take a plain object that is no statement ("cite a source", "called X"): speech only before a clause or after the words. */
// ("WHO reported nine cases" attributes the cases to WHO: "report", "announce", "confirm" stay.)
const OBJECT_VERBS = new Set(['citer', 'publier', 'cite', 'publish', 'demand', 'call', 'name', 'recall', 'issue']);
const NAMING_VERBS = new Set(['call', 'name', 'dub']);
// English drops "that": "has revealed many are not…", "said it had…" — a finite verb within a few words.
const ZERO_THAT_CLAUSE_RE = uRe(/^\s*(?:[\p{L}'’-]+\s+){1,4}(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\b/iu);

/** After the verb: its reported clause, or nothing (the words came before). */
function clauseFollows(after: string): boolean {
  return opensClause(after) || ZERO_THAT_CLAUSE_RE.test(after) || /^\s*[.!?]?\s*$/u.test(after);
}

// What only speech takes for an object: "a qualifié de « frauduleux »", "a rejeté les allégations", "dismissed the claims".
const STATEMENT_OBJECT_RE = uRe(
  /^\s+(?:(?:de|d['’])\s*[«"“]|(?:\S+\s+){0,5}(?:allégations?|accusations?|informations?|rumeurs?|affirmations?|critiques?|propos|claims?|allegations?|reports?|charges?|rumou?rs?|conclusions?|findings?|assertions?|communiqués?|déclarations?|statements?|press\s+releases?)\b)/iu,
);
const REFLEXIVE_BEFORE_RE = uRe(/(?<=^|\s)(?:s['’]|se\s+)\s*$/iu);
const FINITE_TENSES = new Set(['pres', 'impf', 'ps', 'fut', 'cond', '3sg', 'past', 'base']);
const OPENS_CLAUSE_RE = uRe(String.raw`^${FR_INSERTS}\s*,?\s*(?:que|qu['’]|:|«|“|"|that\b)`, 'iu');
const ETRE_RE = /^(?:est|sont|était|étaient|sera|seront|serait|seraient|fut|furent|soit|soient|étant|être|suis|es|sommes|êtes)$/iu;

/**
 * A verb form from the lexicon (every tense of every verb of saying, denying and
 * accusing) that introduces speech here: finite or with its auxiliary — never a bare
 * participle ("rapporté par" is the passive step's) nor a passive ("est accusé de").
 * A form that is often a noun ("la note", "claims") counts only before its clause
 * ("notes that…") or after the reported words ("…, note le rapport").
 */
function speechVerbGroup(text: string, v: VerbMatch): VerbSpan | null {
  if (v.cls === 'hedge') return null;
  // "est accusé de" is a passive; "s'est dit prêt", "se sont dits favorables" a pronominal verb of saying.
  const pronominal = v.aux !== undefined && ETRE_RE.test(v.aux.form) && REFLEXIVE_BEFORE_RE.test(text.slice(0, v.aux.start));
  if (v.aux && ETRE_RE.test(v.aux.form) && !pronominal) return null;
  const tenses = v.tense.split(',');
  if (!v.aux && !tenses.some((t) => FINITE_TENSES.has(t))) return null;
  const start = pronominal ? text.slice(0, v.aux!.start).search(REFLEXIVE_BEFORE_RE) : (v.aux?.start ?? v.start);
  const inverted = /[,»”"]\s*$/u.test(text.slice(0, start));
  if (v.ambiguous && !pronominal && !inverted && !OPENS_CLAUSE_RE.test(text.slice(v.end)) && !STATEMENT_OBJECT_RE.test(text.slice(v.end))) return null;
  // "Tingyi a signalé le cas à la police", "announced a new plan": with an object and
  // no reported clause, these verbs tell of an act, not of words.
  // "reached out to propose talks": an English infinitive reports nothing by itself.
  if (v.lang === 'en' && !v.aux && /\bto\s+$/iu.test(text.slice(0, v.start))) return null;
  // "officers accused of graft", "a report cited by…": an English participle before of/by is passive.
  // ("said by telephone" is a way of saying it, not a passive.)
  if (v.lang === 'en' && !v.aux && /^\s+(?:of|by)\b(?!\s+(?:tele)?phone|\s+e-?mail|\s+text|\s+letter|\s+video)/iu.test(text.slice(v.end))) return null;
  // "a previously announced breach", "the newly published figures": a participle before its noun.
  if (v.lang === 'en' && !v.aux && /(?:^|\s)(?:previously|recently|newly|widely|already|the|a|an|its|their|his|her)\s+$/iu.test(text.slice(0, v.start))) return null;
  if (OBJECT_VERBS.has(v.lemma) && !inverted && !clauseFollows(text.slice(v.end)) && !STATEMENT_OBJECT_RE.test(text.slice(v.end))) return null;
  // ", called rVSV-ZEBOV,": a participle that names, not a verb that reports.
  if (NAMING_VERBS.has(v.lemma) && !v.aux && !clauseFollows(text.slice(v.end))) return null;
  return { start, end: v.end, ambiguous: v.ambiguous };
}

/** The text after the last closing quotation mark and its comma: "“…,” X said" → "X". */
function afterLastQuote(text: string): string {
  const cut = Math.max(text.lastIndexOf('»'), text.lastIndexOf('”'), /"/.test(text) && (text.match(/"/g)?.length ?? 0) % 2 === 0 ? text.lastIndexOf('"') : -1);
  return cut >= 0 ? text.slice(cut + 1).replace(/^[\s,]+/u, '') : text;
}

// "Reuters quoted the minister as saying…": the agency cites, the minister speaks.
const QUOTED_AS_SAYING_RE = uRe(/\b(?:quoted|cited)\s+([^,.;:]{2,80}?)\s+as\s+(?:saying|stating|telling)\b/iu);
const INVERTED_AFTER_QUOTE_RE = uRe(
  String.raw`^\s*[,.]?\s*(?:${FR_AUX}(?:-t-(?:il|elle))?${FR_INSERTS}\s+(?:${FR_PARTICIPLE_RE})|(?:${FR_PRESENT_RE})|(?:${EN_REPORTING_RE}))\b((?:[^.!?]|${ABBREVIATION_DOT})*)`,
  'iu',
);
const PASSIVE_RE = uRe(/\b(?:rapporté|signalé|annoncé|publié|relayé|diffusé|revendiqué|affirmé|dénoncé|reported|announced|claimed|published)(?:e|s|es)?\s+par\s+([^,.;:]+)|\b(?:reported|announced|claimed|published)\s+by\s+([^,.;:]+)/iu);
const SELON_RE = uRe(String.raw`\b(?:selon|d['’]après|according\s+to)\s+((?:[^,.;:«"]|${ABBREVIATION_DOT})+)`, 'giu');
const CITE_BEFORE_RE = /(?:cité(?:e|s|es)?\s+par|cited\s+by|selon|d['’]après|according\s+to|citant(?:\s+comme\s+source)?|citing|a-t-on\s+appris\s+d[eu]?|appris\s+d[eu]|rapporte|rapporté(?:e|s)?\s+par|déclaré\s+à|told|relayé(?:e|s)?\s+par|repris(?:e|es)?\s+par|sources?\s*:)\s*(?:l['’]|le|la|les|du|de\s+la|des)?\s*[^,.;]{0,70}$/iu;
const PUBLISH_BEFORE_RE = /(?:a\s+publié|ont\s+publié|publié(?:e|s)?\s+par|published\s+by|écrit|lien\s+source)\s*[^,.;]{0,70}$/iu;
const CITED_TAIL_RE = uRe(/,\s*(?:cité|citée|selon|d['’]après)\b/iu);
const CITING_RE = /(?:citant|citing)(?:\s+comme\s+source)?\s*[^,.;]{0,70}$/iu;

function clip(s: SentenceRef): string {
  if (s.text.length <= MAX_QUOTE_CHARS) return s.text;
  const cut = s.text.lastIndexOf(' ', MAX_QUOTE_CHARS);
  return s.text.slice(0, cut > 100 ? cut : MAX_QUOTE_CHARS);
}

/** A pronoun reaches back this many sentences for its speaker, no further. */
const ANAPHORA_REACH = 2;
// The whole text before the quotation is a short name and a colon (a sentence that starts with it).
const COLON_SPEAKER_RE = uRe(/^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,5})\s*:\s*$/u);
// Nouns of people and bodies that hold a view: general French, no corpus's names.
const VIEW_HOLDER_RE = uRe(
  /^(?:le|la|les|l['’]|un|une|des)?\s*(?:(?:\p{L}+\s+){0,2})?(?:ministère|ministre|parquet|procureur|procureure|avocat|avocate|avocats|défense|accusation|juge|tribunal|cour|gouvernement|opposition|majorité|syndicat|syndicats|direction|association|collectif|économiste|économistes|expert|experts|analyste|analystes|spécialiste|chercheur|chercheuse|chercheurs|médecin|médecins|maire|préfet|préfète|président|présidente|député|députée|sénateur|sénatrice|élu|élus|porte-parole|patronat|patron|organisation|ONG|commission|agence|police|gendarmerie|armée|état-major|autorités)\b/iu,
);
const VIEWPOINT_RE = uRe(/^\s*Pour\s+((?:le|la|les|l['’]|M\.|Me|Mme|\p{Lu})[^,;:.]{1,80}),\s/u);
const SUBORDINATE_RE = uRe(/\b(?:that|which|who|que|qu['’]|qui)\b/iu);
const INVERTED_CLITIC_RE = uRe(/-(?:t-)?(il|elle|ils|elles)\b/iu);
const CLITIC_AFTER_RE = uRe(/^-(?:t-)?(il|elle|ils|elles)\b/iu);
const BASIS_NP_RE = uRe(
  /^(?:les|le|la|l['’]|des|ces|ce|cette|son|sa|ses|leurs?|the|its|their)?\s*(?:plans?|procédures?|accords?|règles?|termes|critères|normes|principes|modalités|conditions|estimations|calculs|décomptes|données|chiffres|résultats|discours|lois?|textes?|articles?|estimates|figures|rules|terms|criteria|standards|procedures|guidelines|data|results|laws?|agreements?)\b/iu,
);
// ("the agency's report" is the report's.)
const MEDIA_NP_RE = uRe(/^(?:l['’]|le\s+|la\s+|les\s+|the\s+|this\s+|cette\s+|ce\s+)?(?:agence|site|journal|quotidien|hebdomadaire|chaîne|média|télévision|radio|magazine|revue|portail|publication|rédaction|newspaper|website|agency|outlet|channel|broadcaster|paper|daily)\b(?!['’]s\b)/iu);

const GERUND_RE = uRe(/(?:,\s*|\sen\s+)(?:disant|affirmant|déclarant|précisant|ajoutant|soulignant|expliquant|indiquant|estimant|assurant|démentant|niant|contestant|saying|adding|claiming|stating|denying)\b/iu);
const FINITE_VERB_RE = uRe(/\s(?:n['’])?(?:a|ont|avait|avaient|s['’]est|se\s+sont|est|sont|has|have|had|was|were)\s/iu);
const COLLECTIVE_RE = uRe(/(?:groupe|organisation|mouvement|group|organization)$/iu);
const DEFINITE_DESCRIPTION_RE = uRe(
  /^(?:le|la|l['’]|the)\s*(?:groupe|organisation|mouvement|ministère|gouvernement|agence|porte-parole|responsable|diplomate|général|officier|ambassadeur|président|dirigeant|group|organization|organisation|ministry|government|spokesman|spokesperson|official)$/iu,
);

// "le diplomate", "cette même source", "the ministry": a definite role noun with nothing after it.
const ROLE_ANAPHOR_RE = uRe(/^(?:le|la|l['’]|ce|cet|cette|the|this)\s*(?:même\s+|dernier\s+|same\s+)?(\p{Ll}[\p{Ll}-]{2,})$/u);
// Heads that point back whatever the antecedent's description says.
const GENERIC_ANAPHOR_RE = /^(?:source|dernier|dernière|latter|responsable|official|intéressé|intéressée)$/u;

interface State {
  lastSpeaker: SpeakerParts | null;
  /** Sentence number where lastSpeaker was last named or referred to. */
  lastSpeakerAt: number;
  /** The last speaker or outlet mentioned, whichever came later ("selon ce dernier"). */
  lastEntity: { kind: 'speaker'; parts: SpeakerParts } | { kind: 'outlet'; name: string } | null;
  /** The last unnamed speaker ("the company", "le groupe"), for a pronoun when no named one is nearer. */
  lastDescribed: SpeakerParts | null;
  lastDescribedAt: number;
}

function attribution(parts: SpeakerParts, kind: Attribution['kind'], quote: string, s: SentenceRef, anaphoric: boolean): AttributionEvent {
  return {
    speaker: parts.speaker,
    role: parts.role,
    organization: parts.organization,
    kind,
    quote,
    passageId: s.passageId,
    sentence: s,
    anaphoric,
  };
}

/** What the steps of one sentence share: where it stands, its quotations, and what it has found so far. */
interface Sentence {
  passage: Doc['passages'][number];
  s: SentenceRef;
  /** Quotations of the passage; `closing` those that end in this sentence. */
  quotes: ReturnType<typeof findQuotes>;
  closing: ReturnType<typeof findQuotes>;
  /** Outlets the sentence names, in order. */
  ordered: Array<{ name: string; start: number }>;
  /** Reporting-verb groups outside quotations, in order. */
  verbs: VerbSpan[];
  /** Lower-cased text, for cheap word tests before the costlier patterns. */
  lower: string;
  found: AttributionEvent[];
}

/**
 * One document read sentence by sentence, one method per way news attributes
 * speech; the state carries the last speaker and outlet from sentence to
 * sentence, for pronouns, role nouns and "selon ce dernier".
 */
class DocReader {
  private readonly sentences: SentenceRef[] = [];
  private readonly attributions: AttributionEvent[] = [];
  private readonly sources: SourceEvent[] = [];
  private readonly state: State = { lastSpeaker: null, lastSpeakerAt: -99, lastEntity: null, lastDescribed: null, lastDescribedAt: -99 };
  private sentenceNo = 0;

  constructor(
    private readonly doc: Doc,
    private readonly outlets: OutletRegistry,
  ) {}

  read(): DocEvents {
    for (const passage of this.doc.passages) {
      const quotes = findQuotes(passage.text);
      const passageSentences = splitSentences(passage.text).map((sp) => ({ passageId: passage.id, start: sp.start, end: sp.end, text: sp.text }));
      this.sentences.push(...passageSentences);
      for (const s of passageSentences) this.readSentence(passage, quotes, s);
    }
    return { sentences: this.sentences, attributions: this.attributions, sources: this.sources };
  }

  private readSentence(passage: Doc['passages'][number], quotes: ReturnType<typeof findQuotes>, s: SentenceRef): void {
    this.sentenceNo++;
    const closing = quotes.filter((q) => q.outerEnd > s.start && q.outerEnd <= s.end + 1);
    const verbs = reportingVerbsOutsideQuotes(s.text, closing.map((q) => [q.outerStart - s.start, q.outerEnd - s.start]));
    const ctx: Sentence = { passage, s, quotes, closing, ordered: this.readOutlets(passage, s), verbs, lower: s.text.toLowerCase(), found: [] };
    this.readQuotations(ctx);
    this.readColonQuotation(ctx);
    this.readQuotedAsSaying(ctx);
    this.readSubjectVerb(ctx);
    this.readParticiple(ctx);
    this.readSelon(ctx);
    this.readViewpoint(ctx);
    this.readPassive(ctx);
    this.readVague(ctx);
    this.attributions.push(...ctx.found);
  }

  private setSpeaker(parts: SpeakerParts): void {
    const { state } = this;
    if (parts.named) {
      state.lastSpeaker = parts;
      state.lastSpeakerAt = this.sentenceNo;
    } else {
      state.lastDescribed = parts;
      state.lastDescribedAt = this.sentenceNo;
    }
    state.lastEntity = { kind: 'speaker', parts };
  }

  /** Records a named (or described) speaker's words and makes them the antecedent of what follows. */
  private speaks(ctx: Sentence, parts: SpeakerParts, kind: Attribution['kind'], quote: string): void {
    ctx.found.push(attribution(parts, kind, quote, ctx.s, false));
    this.setSpeaker(parts);
  }

  /** The speaker a pronoun stands for: recent, and one person when the pronoun is singular. */
  private antecedent(pronoun: string): SpeakerParts | null {
    const { state } = this;
    // "The company said… It added that…": an unnamed speaker, when it is the nearer one
    // and its gender does not contradict the pronoun ("le joueur… Elle estime" is not him).
    const gender = /^(?:elle|elles|cette\s+dernière|celle-ci)$/iu.test(pronoun) ? 'f' : /^(?:il|ils|ce\s+dernier|celui-ci)$/iu.test(pronoun) ? 'm' : null;
    const fits = (p: SpeakerParts) => !(gender && p.gender && p.gender !== gender);
    const described = state.lastDescribed && state.lastDescribedAt > state.lastSpeakerAt && fits(state.lastDescribed);
    const s = described ? state.lastDescribed : state.lastSpeaker;
    const at = described ? state.lastDescribedAt : state.lastSpeakerAt;
    if (!s || this.sentenceNo - at > ANAPHORA_REACH) return null;
    if (isSingularPronoun(pronoun) && isPlural(s.speaker)) return null;
    if (described) state.lastDescribedAt = this.sentenceNo;
    else state.lastSpeakerAt = this.sentenceNo;
    return s;
  }

  /** A role noun that points back: the recent named speaker, if its description holds that noun. */
  private descriptionAntecedent(np: string): SpeakerParts | null {
    const t = np.trim();
    const m = ROLE_ANAPHOR_RE.exec(t.charAt(0).toLowerCase() + t.slice(1));
    if (!m) return null;
    const head = m[1]!.toLowerCase();
    const s = this.state.lastSpeaker;
    if (!s || this.sentenceNo - this.state.lastSpeakerAt > ANAPHORA_REACH + 1) return null;
    const described = `${s.role ?? ''} ${s.organization ?? ''} ${s.speaker}`.toLowerCase();
    if (!GENERIC_ANAPHOR_RE.test(head) && !described.includes(head.slice(0, Math.min(5, head.length)))) return null;
    this.state.lastSpeakerAt = this.sentenceNo;
    return s;
  }

  /** 1. Outlets named in the sentence, with their role; returns them in order. */
  private readOutlets(passage: Doc['passages'][number], s: SentenceRef): Array<{ name: string; start: number }> {
    const { doc } = this;
    const names = new Map<string, { name: string; start: number }>();
    for (const m of [...this.outlets.find(s.text), ...findMediaMentions(s.text)]) {
      const key = foldKey(m.name);
      if (![...names.keys()].some((k) => k.includes(key) || key.includes(k))) names.set(key, m);
    }
    const ordered = [...names.values()].sort((a, b) => a.start - b.start);
    ordered.forEach((m, i) => {
      const before = s.text.slice(Math.max(0, m.start - 90), m.start);
      // The publisher naming itself — in its title, its dateline ("(Reuters) –"), "contacté par l'AFP" — publishes.
      const isDocOutlet = doc.outlet !== null && foldKey(doc.outlet) === foldKey(m.name);
      let role: Source['role'] = 'cited';
      let citedBy: string | null = null;
      if (isDocOutlet || PUBLISH_BEFORE_RE.test(before)) role = 'publisher';
      else if (CITING_RE.test(before) && i > 0) citedBy = ordered[i - 1]!.name;
      else if (CITE_BEFORE_RE.test(before) || !isDocOutlet) citedBy = isDocOutlet ? null : doc.outlet;
      if (role === 'cited' && citedBy && foldKey(citedBy) === foldKey(m.name)) citedBy = null;
      this.sources.push({ outlet: m.name, role, citedBy, quote: clip(s), passageId: passage.id, sentence: s });
      this.state.lastEntity = { kind: 'outlet', name: m.name };
    });
    return ordered;
  }

  /** 2. Direct quotes: «…», a déclaré X / a-t-il déclaré / rapporte X. */
  private readQuotations(ctx: Sentence): void {
    const { passage, s, ordered } = ctx;
    for (const q of ctx.closing) {
      const after = passage.text.slice(q.outerEnd, Math.min(passage.text.length, s.end + 1));
      const quoted = passage.text.slice(q.start, q.end);
      const inv = INVERTED_AFTER_QUOTE_RE.exec(after);
      if (!inv) continue;
      const pron = INVERTED_PRONOUN_RE.exec(after.slice(0, 40));
      const tail = (inv[1] ?? '').split(CITED_TAIL_RE)[0]!;
      // "…», a déclaré X qui participait à un colloque…": the subject ends where its clause starts.
      let parts = pron ? null : parseSpeaker(speakerAfter(tail) ?? tail);
      // A named outlet after the verb ("rapporte al-Masdar news") speaks for itself.
      if (!parts && !pron && ordered.length > 0) {
        const o = ordered.find((m) => m.start >= q.outerEnd - s.start);
        if (o) parts = { speaker: o.name, role: null, organization: o.name, named: true };
      }
      const anaphoric = !parts;
      parts ??= this.antecedent(pron?.[1] ?? 'il');
      if (!parts) continue;
      ctx.found.push(attribution(parts, 'direct', quoted, s, anaphoric));
      if (!anaphoric) this.setSpeaker(parts);
    }
  }

  /** 2b. A speaker and a colon before the quotation: "Stéphane Colin : « Nous sommes… »". */
  private readColonQuotation(ctx: Sentence): void {
    if (ctx.found.length > 0) return;
    const { passage, s } = ctx;
    // The quotation may run past this sentence: it opens here.
    for (const q of ctx.quotes.filter((x) => x.outerStart >= s.start && x.outerStart < s.end)) {
      const lead = COLON_SPEAKER_RE.exec(passage.text.slice(s.start, q.outerStart));
      const parts = lead ? parseSpeaker(lead[1]!) : null;
      // A person's full name: a single capitalised word before a colon is a headline's topic ("Retraites : « … »").
      if (parts?.named && /\s/u.test(parts.speaker)) {
        this.speaks(ctx, parts, 'direct', passage.text.slice(q.start, q.end));
        return;
      }
    }
  }

  /** "Reuters quoted the minister as saying…": the agency cites, the minister speaks. */
  private readQuotedAsSaying(ctx: Sentence): void {
    const quotedAs = ctx.found.length === 0 && ctx.lower.includes(' as ') ? QUOTED_AS_SAYING_RE.exec(ctx.s.text) : null;
    const parts = quotedAs ? parseSpeaker(quotedAs[1]!) : null;
    if (parts) this.speaks(ctx, parts, 'reported', clip(ctx.s));
  }

  /**
   * 3. Subject + reporting verb: "X a déclaré que…", "Il a ajouté que…", "X said…".
   * The first verb whose subject reads as a speaker; a later one only when the one
   * before was a noun ("On claims that…") or stood inside a clause ("allegations that
   * X had demanded…"), or when it closes the sentence with its speaker ("…, the
   * commissioner said on Wednesday").
   */
  private readSubjectVerb(ctx: Sentence): void {
    const { s, verbs } = ctx;
    for (const [n, sv] of verbs.entries()) {
      const prev = verbs[n - 1];
      const slot = invertedSpeaker(s.text, sv);
      if (ctx.found.length > 0 || (prev && !prev.ambiguous && !SUBORDINATE_RE.test(s.text.slice(0, prev.start)) && !(slot?.np && slot.position === 'before'))) return;
      this.readVerbSubject(ctx, sv, slot);
    }
  }

  private readVerbSubject(ctx: Sentence, sv: VerbSpan, found: ReturnType<typeof invertedSpeaker>): void {
    const { passage, s, closing } = ctx;
    // "…, a-t-il ajouté.": the pronoun stands inside the verb group.
    const inverted = INVERTED_CLITIC_RE.exec(s.text.slice(sv.start, sv.end)) ?? CLITIC_AFTER_RE.exec(s.text.slice(sv.end));
    // No one after the verb and no pronoun in it: "“…,” Maria Lopez, the union leader, said on Friday." —
    // the subject stands between the quotation and the verb.
    const slot = found && (found.np !== '' || inverted) ? found : null;
    // "“…,” Jose Castillo, the chief spokesman, said": the subject starts after the quotation.
    const rawSubject = slot ? slot.np : afterLastQuote(s.text.slice(0, sv.start)).trim();
    const subject = inverted ? inverted[1]! : slot ? slot.np : cleanSubject(rawSubject);
    const quote = closing[0] ? passage.text.slice(closing[0].start, closing[0].end) : clip(s);
    const kind: Attribution['kind'] = closing.length > 0 ? 'direct' : 'reported';
    if (isPronoun(subject)) {
      const parts = this.antecedent(subject);
      if (parts) ctx.found.push(attribution(parts, kind, quote, s, true));
      return;
    }
    if (/[«»“”"]/.test(rawSubject)) return;
    const vague = VAGUE_SOURCE_RE.exec(subject);
    let parts = vague && vague.index === 0 ? null : parseSpeaker(subject);
    // A collective noun ("Le groupe a affirmé…" right after "HTS avait déclaré…") takes the last
    // speaker; any other description ("a estimé le diplomate", "la même source", "the ministry")
    // only one whose own description holds it.
    if (parts && !parts.named && DEFINITE_DESCRIPTION_RE.test(subject) && COLLECTIVE_RE.test(subject)) parts = this.antecedent('il') ?? parts;
    else if (parts && !parts.named) parts = this.descriptionAntecedent(subject) ?? parts;
    // "La publication affirme…": an unnamed outlet is a source, which the outlet step reads; no speaker.
    if (parts && !parts.named && MEDIA_NP_RE.test(subject)) parts = null;
    if (parts) this.speaks(ctx, parts, kind, quote);
  }

  /** 3b. A participle of saying after the verb: "Il s'est abstenu…, disant seulement que…". */
  private readParticiple(ctx: Sentence): void {
    if (ctx.found.length > 0 || ctx.verbs.length > 0) return;
    const { s } = ctx;
    const g = GERUND_RE.exec(s.text);
    if (!g) return;
    const subject = cleanSubject(s.text.slice(0, FINITE_VERB_RE.exec(s.text)?.index ?? g.index).trim());
    const pronoun = isPronoun(subject);
    const parts = pronoun ? this.antecedent(subject) : parseSpeaker(subject);
    if (!parts) return;
    ctx.found.push(attribution(parts, 'reported', clip(s), s, pronoun));
    if (!pronoun) this.setSpeaker(parts);
  }

  /** 4. "selon X" / "d'après X" / "according to X", and "selon ce dernier". */
  private readSelon(ctx: Sentence): void {
    const { passage, s, ordered } = ctx;
    for (const m of /selon|d['’]après|according/.test(ctx.lower) ? s.text.matchAll(SELON_RE) : []) {
      const np = m[1]!.trim();
      if (/^(?:lesquel|laquelle|lequel|lui-même)/iu.test(np)) continue;
      if (ANAPHOR_SOURCE_RE.test(m[0])) {
        this.readSelonAnaphor(ctx, passage);
        continue;
      }
      if (VAGUE_SOURCE_RE.test(m[0]) || MEDIA_NP_RE.test(np) || ordered.some((o) => np.includes(o.name))) continue;
      // "selon les plans de l'architecte X", "according to the rules": a basis, not a voice.
      if (BASIS_NP_RE.test(np)) continue;
      const parts = parseSpeaker(np);
      // "according to initial estimates": a bare common noun is a basis, not a speaker.
      if (parts && !parts.named && !/^(?:les|le|la|l['’]|une?|des|du|ce|cette|ces|son|sa|ses|leurs?|the|an?|this|its|his|her|their)\b/iu.test(np)) continue;
      if (parts && !ctx.found.some((f) => f.speaker === parts.speaker)) this.speaks(ctx, parts, 'reported', clip(s));
    }
  }

  /** "selon ce dernier": the outlet or the speaker named last. */
  private readSelonAnaphor(ctx: Sentence, passage: Doc['passages'][number]): void {
    const { s } = ctx;
    const ent = this.state.lastEntity;
    const { doc } = this;
    if (ent?.kind === 'outlet') {
      const citedBy = doc.outlet && foldKey(doc.outlet) !== foldKey(ent.name) ? doc.outlet : null;
      this.sources.push({ outlet: ent.name, role: 'cited', citedBy, quote: clip(s), passageId: passage.id, sentence: s });
    } else if (ent?.kind === 'speaker') {
      ctx.found.push(attribution(ent.parts, 'reported', clip(s), s, true));
    }
  }

  /**
   * 4b. A viewpoint opening the sentence: "Pour le ministère public, les arguments ne tiennent pas",
   * "Pour l'économiste Jean Roux, la hausse…" — French gives the holder of a view this way.
   */
  private readViewpoint(ctx: Sentence): void {
    const view = ctx.found.length === 0 ? VIEWPOINT_RE.exec(ctx.s.text) : null;
    if (!view) return;
    const np = view[1]!.trim();
    // Only a person or a body that holds views: "Pour les assurances épargne-pension, le fisc…" is a topic.
    const holder = VIEW_HOLDER_RE.test(np) || /^(?:M\.|Me|Mme)?\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(np);
    const parts = !holder || ctx.ordered.some((o) => np.includes(o.name)) ? null : parseSpeaker(np);
    if (parts) this.speaks(ctx, parts, 'reported', clip(ctx.s));
  }

  /** 5. Passive: "rapportée par le groupe des Casques blancs". */
  private readPassive(ctx: Sentence): void {
    const passive = / par | by /.test(ctx.lower) ? PASSIVE_RE.exec(ctx.s.text) : null;
    if (!passive) return;
    const np = (passive[1] ?? passive[2] ?? '').trim();
    const parts = parseSpeaker(np);
    if (parts && !ctx.found.some((f) => f.speaker === parts.speaker) && !ctx.ordered.some((o) => np.includes(o.name))) {
      this.speaks(ctx, parts, 'reported', clip(ctx.s));
    }
  }

  /** 6. Vague sources: "des médias locaux", "des rumeurs circulent", "selon des informations". */
  private readVague(ctx: Sentence): void {
    const vague = VAGUE_SOURCE_RE.exec(ctx.s.text);
    if (!vague) return;
    // The unnamed source as the text words it: "Les médias locaux", "Des rumeurs circulent".
    const speaker = vague[0].replace(/^(?:selon|d['’]après|according\s+to)\s+|^(?:a|ont)\s+reçu\s+/iu, '').trim();
    ctx.found.push(attribution({ speaker: speaker || vague[0], role: null, organization: null, named: false }, 'vague', clip(ctx.s), ctx.s, false));
  }
}

export function extractDocEvents(doc: Doc, outlets: OutletRegistry): DocEvents {
  return new DocReader(doc, outlets).read();
}

const cache = new WeakMap<Doc, DocEvents>();

export function docEvents(doc: Doc, outlets: OutletRegistry): DocEvents {
  let events = cache.get(doc);
  if (!events) cache.set(doc, (events = extractDocEvents(doc, outlets)));
  return events;
}
