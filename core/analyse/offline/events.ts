/**
 * A document read once, in order, into sourcing events: who is said to have
 * said what (attributions), which outlets it names and in what role (sources),
 * with "il a ajouté", "a-t-il déclaré" and "selon ce dernier" resolved to the
 * speaker or outlet named just before. Cached per document.
 */
import { splitSentences } from '../../text/sentences.js';
import { isPhotoCredit, type OutletRegistry } from '../../text/outlets.js';
import { findMediaMentions } from '../../text/mediaMentions.js';
import { nationForms } from '../../retrieve/nations.js';
import { sameByInitials } from '../../retrieve/align/nameCheck.js';
import { foldKey } from '../../text/fold.js';
import type { Doc } from '../../corpus/types.js';
import type { Attribution, Source } from '../../schema.js';
import { ANAPHOR_SOURCE_RE, INVERTED_PRONOUN_RE, VAGUE_SOURCE_RE } from './cues.js';
import { invertedSpeaker, speakerAfter, type VerbSpan } from './speakerSlot.js';
import { cleanSubject, isFullName, isPronoun, isSpeechNoun, parseSpeaker, POINTING_RE, POSSESSIVE_RE, type SpeakerParts } from './speakers.js';
import { findQuotes } from './quotes.js';
import { attribution, clip, type AttributionEvent, type DocEvents, type Sentence, type SentenceRef, type SourceEvent } from './eventTypes.js';
import { FRAMES_AFTER_VERBS, FRAMES_BEFORE_VERBS, type Frame } from './framedSpeech.js';
import { Antecedents } from './anaphora.js';
import { reportingVerbsOutsideQuotes } from './speechVerbs.js';
import {
  afterLastQuote,
  BASIS_NP_RE,
  CITE_BEFORE_RE,
  CITED_TAIL_RE,
  CITING_RE,
  CLITIC_AFTER_RE,
  COLLECTIVE_DESCRIPTION_RE,
  COLON_SPEAKER_RE,
  FINITE_VERB_RE,
  GERUND_RE,
  INVERTED_AFTER_QUOTE_RE,
  INVERTED_CLITIC_RE,
  MEDIA_NP_RE,
  EVIDENCE_NP_RE,
  PUBLISH_BEFORE_RE,
  SELON_RE,
  APPOSED_NAME_RE,
  SUBORDINATE_RE,
  SHARED_SUBJECT_RE,
  CONTINUING_VERB_RE,
  POLL_NP_RE,
  SITE_NAME_RE,
  DEFINITE_SOURCE_RE,
  RELATIVE_SUBJECT_RE,
  NAME_BEFORE_RELATIVE_RE,
} from './sentencePatterns.js';

export type { AttributionEvent, DocEvents, SentenceRef, SourceEvent } from './eventTypes.js';

/**
 * One document read sentence by sentence, one method per way news attributes
 * speech; `Antecedents` carries the last speaker and outlet from sentence to
 * sentence, for pronouns, role nouns and "selon ce dernier".
 */
class DocReader {
  private readonly sentences: SentenceRef[] = [];
  private readonly attributions: AttributionEvent[] = [];
  private readonly sources: SourceEvent[] = [];
  private readonly antecedents = new Antecedents();

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
    this.antecedents.next(s.text);
    const closing = quotes.filter((q) => q.outerEnd > s.start && q.outerEnd <= s.end + 1);
    const verbs = reportingVerbsOutsideQuotes(s.text, closing.map((q) => [q.outerStart - s.start, q.outerEnd - s.start]));
    const ctx: Sentence = { passage, s, quotes, closing, ordered: this.readOutlets(passage, s), verbs, lower: s.text.toLowerCase(), found: [] };
    this.readQuotations(ctx);
    this.readColonQuotation(ctx);
    this.readFrames(ctx, FRAMES_BEFORE_VERBS);
    this.readSubjectVerb(ctx);
    this.readParticiple(ctx);
    this.readSelon(ctx);
    this.readFrames(ctx, FRAMES_AFTER_VERBS);
    this.readVague(ctx);
    this.attributions.push(...ctx.found);
  }

  /**
   * A description that points back ("son récit", "ces dépositions", "this
   * report", "ces médias") names no one: the words of the speaker just named
   * when it is what is said or written, else nobody: null for such a phrase
   * left unresolved, `resolved` when it stands for the antecedent.
   */
  private pointingBack(np: string, parts: SpeakerParts | null): { parts: SpeakerParts | null; resolved: boolean } {
    if (!parts || parts.named) return { parts, resolved: false };
    const t = np.trim();
    const pointing = POINTING_RE.test(t);
    // "le rapport", "the statement" stay what they are: a document can be the source.
    if ((pointing || POSSESSIVE_RE.test(t)) && isSpeechNoun(t)) {
      const antecedent = this.antecedents.pronoun('il');
      return { parts: antecedent, resolved: antecedent !== null };
    }
    // "ces médias", "son journal": outlets the outlet step reads, not a speaker. ("cette source", "ce responsable" stay.)
    if ((pointing || POSSESSIVE_RE.test(t)) && MEDIA_NP_RE.test(t.replace(POINTING_RE, '').replace(POSSESSIVE_RE, ''))) return { parts: null, resolved: false };
    return { parts, resolved: false };
  }

  /** The speakers single-pattern frames give (`framedSpeech.ts`), in order. */
  private readFrames(ctx: Sentence, frames: readonly Frame[]): void {
    for (const frame of frames) {
      const said = frame(ctx);
      if (said) this.speaks(ctx, said.parts, said.kind, said.quote);
    }
  }

  /** Records a named (or described) speaker's words and makes them the antecedent of what follows. */
  private speaks(ctx: Sentence, parts: SpeakerParts, kind: Attribution['kind'], quote: string): void {
    ctx.found.push(attribution(parts, kind, quote, ctx.s, false));
    this.antecedents.speaker(parts);
  }

  /** 1. Outlets named in the sentence, with their role; returns them in order. */
  private readOutlets(passage: Doc['passages'][number], s: SentenceRef): Array<{ name: string; start: number }> {
    const { doc } = this;
    const names = new Map<string, { name: string; start: number }>();
    for (const m of [...this.outlets.find(s.text), ...findMediaMentions(s.text)]) {
      // (A match may start before the name it gives: look for the name from there.)
      const at = s.text.indexOf(m.name, m.start);
      if (at >= 0 && isPhotoCredit(s.text, at, at + m.name.length)) continue;
      // "the official Chinese news agency, Xinhua": a nationality describes the agency; it names none.
      if (isNationality(m.name)) continue;
      // "AFP Agence France-Presse": one agency, its acronym and its name.
      if ([...names.values()].some((o) => sameByInitials(o.name, m.name))) continue;
      const key = foldKey(m.name);
      if (![...names.keys()].some((k) => k.includes(key) || key.includes(k))) names.set(key, m);
    }
    const ordered = [...names.values()].sort((a, b) => a.start - b.start);
    // "dans une interview au quotidien", "the newspaper reported": the paper named before.
    const paper = ordered.length === 0 ? PAPER_ANAPHOR_RE.exec(s.text) : null;
    const earlier = paper ? this.antecedents.lastOutlet : null;
    if (earlier && (doc.outlet === null || foldKey(doc.outlet) !== foldKey(earlier))) {
      this.sources.push({ outlet: earlier, role: 'cited', citedBy: doc.outlet, quote: clip(s), passageId: passage.id, sentence: s });
    }
    ordered.forEach((m, i) => {
      const before = s.text.slice(Math.max(0, m.start - 90), m.start);
      // The publisher naming itself — in its title, its dateline ("(Reuters) –"), "contacté par l'AFP" — publishes.
      const isDocOutlet = doc.outlet !== null && foldKey(doc.outlet) === foldKey(m.name);
      // A masthead line of its own ("France Télévisions" under the byline) is page furniture, not a citation.
      if (!isDocOutlet && foldKey(s.text.replace(/[\s.:]+$/u, '')) === foldKey(m.name)) return;
      let role: Source['role'] = 'cited';
      let citedBy: string | null = null;
      if (isDocOutlet || PUBLISH_BEFORE_RE.test(before)) role = 'publisher';
      else if (CITING_RE.test(before) && i > 0) citedBy = ordered[i - 1]!.name;
      else if (CITE_BEFORE_RE.test(before) || !isDocOutlet) citedBy = isDocOutlet ? null : doc.outlet;
      if (role === 'cited' && citedBy && foldKey(citedBy) === foldKey(m.name)) citedBy = null;
      this.sources.push({ outlet: m.name, role, citedBy, quote: clip(s), passageId: passage.id, sentence: s });
      this.antecedents.outlet(m.name);
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
      const np = pron ? null : speakerAfter(tail) ?? tail;
      let parts = np === null ? null : parseSpeaker(np);
      // "…», insiste la fédération": a role noun for the one named before.
      let resolved = false;
      if (np !== null && parts && !parts.named) {
        const earlier = this.antecedents.description(np);
        if (earlier) [parts, resolved] = [earlier, true];
      }
      // A named outlet after the verb ("rapporte al-Masdar news") speaks for itself.
      if (!parts && !pron && ordered.length > 0) {
        const o = ordered.find((m) => m.start >= q.outerEnd - s.start);
        if (o) parts = { speaker: o.name, role: null, organization: o.name, named: true };
      }
      const anaphoric = !parts || resolved;
      parts ??= this.antecedents.pronoun(pron?.[1] ?? 'il');
      if (!parts) continue;
      ctx.found.push(attribution(parts, 'direct', quoted, s, anaphoric));
      if (!anaphoric) this.antecedents.speaker(parts);
    }
  }

  /** 2b. A speaker and a colon before the quotation: "Stéphane Colin : « Nous sommes… »". */
  private readColonQuotation(ctx: Sentence): void {
    if (ctx.found.length > 0) return;
    const { passage, s } = ctx;
    // The quotation may run past this sentence: it opens here.
    for (const q of ctx.quotes.filter((x) => x.outerStart >= s.start && x.outerStart < s.end)) {
      // "He said: « … »": a verb of saying before the colon — the subject-verb step reads its subject.
      if (ctx.verbs.some((v) => v.start < q.outerStart - s.start)) continue;
      const lead = COLON_SPEAKER_RE.exec(passage.text.slice(s.start, q.outerStart));
      const parts = lead ? parseSpeaker(lead[1]!) : null;
      // A person's full name: a single capitalised word before a colon is a headline's topic ("Retraites : « … »").
      // Every word of it capitalised, but for particles: "Jouets dangereux : « … »" is a topic too.
      if (parts?.named && isFullName(parts.speaker)) {
        this.speaks(ctx, parts, 'direct', passage.text.slice(q.start, q.end));
        return;
      }
    }
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
      // "…, sans en préciser les causes", "refusing to say": an infinitive has no subject of its own here.
      if (INFINITIVE_BEFORE_RE.test(s.text.slice(Math.max(0, sv.start - 24), sv.start))) continue;
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
    // "Niall Harrington from Cork went on Red FM … and claimed that…": two verbs, one subject — the name opening the sentence.
    const shared = !inverted && !slot ? SHARED_SUBJECT_RE.exec(rawSubject) : null;
    const subject = inverted ? inverted[1]! : slot ? slot.np : shared ? shared[1]! : cleanSubject(rawSubject);
    const quote = closing[0] ? passage.text.slice(closing[0].start, closing[0].end) : clip(s);
    const kind: Attribution['kind'] = closing.length > 0 ? 'direct' : 'reported';
    if (isPronoun(subject)) {
      // "The newspaper published documents which, it said, …": "it" is the paper, a source and no speaker.
      if (/^it$/iu.test(subject) && (ctx.ordered.some((o) => o.start < sv.start) || MEDIA_NP_RE.test(s.text.trimStart()))) return;
      const parts = this.antecedents.pronoun(subject);
      if (parts) ctx.found.push(attribution(parts, kind, quote, s, true));
      return;
    }
    if (/[«»“”"]/.test(rawSubject)) return;
    // "horsjeu.net dévoile…": a site is a source, never a speaker.
    if (SITE_NAME_RE.test(subject)) {
      const { doc } = this;
      this.sources.push({ outlet: subject, role: 'cited', citedBy: doc.outlet, quote: clip(s), passageId: passage.id, sentence: s });
      return;
    }
    // "…sued by Attorney General Letitia James, who accused the chain…": the relative's antecedent speaks.
    if (RELATIVE_SUBJECT_RE.test(subject)) {
      const antecedent = NAME_BEFORE_RELATIVE_RE.exec(s.text.slice(0, sv.start).trimEnd());
      const parts = antecedent ? parseSpeaker(antecedent[1]!) : null;
      if (parts?.named) this.speaks(ctx, parts, kind, quote);
      return;
    }
    const vague = VAGUE_SOURCE_RE.exec(subject);
    const titled = this.antecedents.capitalisedTitle(subject);
    if (titled) {
      ctx.found.push(attribution(titled, kind, quote, s, true));
      return;
    }
    let parts = vague && vague.index === 0 ? null : parseSpeaker(subject);
    // A collective noun ("Le groupe a affirmé…" right after "HTS avait déclaré…") takes the last
    // speaker; any other description ("a estimé le diplomate", "la même source", "the ministry")
    // only one whose own description holds it.
    if (parts && !parts.named && COLLECTIVE_DESCRIPTION_RE.test(subject)) parts = this.antecedents.pronoun('il') ?? parts;
    // ("« … », a ajouté le cuisinier": a verb of going on continues the voice just named.)
    else if (parts && !parts.named) {
      const goesOn = CONTINUING_VERB_RE.test(s.text.slice(sv.start, sv.end));
      parts = this.antecedents.description(subject) ?? this.antecedents.epithet(subject, goesOn) ?? parts;
    }
    // "La publication affirme…": an unnamed outlet is a source, which the outlet step reads; no speaker.
    // Nor do records speak ("Les factures … font état de").
    if (parts && !parts.named && (MEDIA_NP_RE.test(subject) || EVIDENCE_NP_RE.test(parts.speaker))) parts = null;
    if (parts && POLL_NP_RE.test(parts.speaker)) parts = null;
    const back = this.pointingBack(subject, parts);
    if (back.resolved) ctx.found.push(attribution(back.parts!, kind, quote, s, true));
    else if (back.parts) this.speaks(ctx, back.parts, kind, quote);
  }

  /** 3b. A participle of saying after the verb: "Il s'est abstenu…, disant seulement que…". */
  private readParticiple(ctx: Sentence): void {
    if (ctx.found.length > 0 || ctx.verbs.length > 0) return;
    const { s } = ctx;
    const g = GERUND_RE.exec(s.text);
    if (!g) return;
    const subject = cleanSubject(s.text.slice(0, FINITE_VERB_RE.exec(s.text)?.index ?? g.index).trim());
    const pronoun = isPronoun(subject);
    const parts = pronoun ? this.antecedents.pronoun(subject) : parseSpeaker(subject);
    if (!parts) return;
    ctx.found.push(attribution(parts, 'reported', clip(s), s, pronoun));
    if (!pronoun) this.antecedents.speaker(parts);
  }

  /** 4. "selon X" / "d'après X" / "according to X", and "selon ce dernier". */
  private readSelon(ctx: Sentence): void {
    const { passage, s, ordered } = ctx;
    for (const m of /selon|d['’]après|according/.test(ctx.lower) ? s.text.matchAll(SELON_RE) : []) {
      // (Not after a document: "d'après un rapport remis à la ministre, Marisol Touraine" is the report's.)
      const opensWithDocument = isSpeechNoun(m[1]!.trim().split(/\s+/).slice(0, 2).join(' '));
      const apposed = opensWithDocument ? null : APPOSED_NAME_RE.exec(s.text.slice(m.index! + m[0].length));
      const np = apposed ? `${m[1]!.trim()}, ${apposed[1]!}` : m[1]!.trim();
      if (/^(?:lesquel|laquelle|lequel|lui-même)/iu.test(np)) continue;
      if (ANAPHOR_SOURCE_RE.test(m[0])) {
        this.readSelonAnaphor(ctx, passage);
        continue;
      }
      if (VAGUE_SOURCE_RE.test(m[0]) || MEDIA_NP_RE.test(np) || ordered.some((o) => np.includes(o.name))) continue;
      // "selon les plans de l'architecte X", "according to the rules": a basis, not a voice.
      if (BASIS_NP_RE.test(np)) continue;
      const parsed = parseSpeaker(np);
      // "according to initial estimates": a bare common noun is a basis, not a speaker.
      if (parsed && !parsed.named && !/^(?:les|le|la|l['’]|une?|des|du|ce|cette|ces|son|sa|ses|leurs?|the|an?|this|its|his|her|their)\b/iu.test(np)) continue;
      // "selon son récit", "selon ces médias": the one named before, or no one.
      const back = this.pointingBack(np, parsed ? this.antecedents.description(np) ?? parsed : null);
      const parts = back.parts;
      if (!parts || ctx.found.some((f) => f.speaker === parts.speaker)) continue;
      // "According to the source," with no source named before: it points at no one the text gave.
      if (!back.resolved && !parts.named && DEFINITE_SOURCE_RE.test(np)) continue;
      if (back.resolved) ctx.found.push(attribution(parts, 'reported', clip(s), s, true));
      else this.speaks(ctx, parts, 'reported', clip(s));
    }
  }

  /** "selon ce dernier": the outlet or the speaker named last. */
  private readSelonAnaphor(ctx: Sentence, passage: Doc['passages'][number]): void {
    const { s } = ctx;
    const ent = this.antecedents.last;
    const { doc } = this;
    if (ent?.kind === 'outlet') {
      const citedBy = doc.outlet && foldKey(doc.outlet) !== foldKey(ent.name) ? doc.outlet : null;
      this.sources.push({ outlet: ent.name, role: 'cited', citedBy, quote: clip(s), passageId: passage.id, sentence: s });
    } else if (ent?.kind === 'speaker') {
      ctx.found.push(attribution(ent.parts, 'reported', clip(s), s, true));
    }
  }

  /** 6. Vague sources: "des médias locaux", "des rumeurs circulent", "selon des informations". */
  private readVague(ctx: Sentence): void {
    const vague = VAGUE_SOURCE_RE.exec(ctx.s.text);
    // "Selon nos informations", "according to our sources": the publisher's own reporting, no one else's voice.
    if (!vague || /\b(?:nos|our)\s/iu.test(vague[0])) return;
    // The unnamed source as the text words it: "Les médias locaux", "Des rumeurs circulent".
    const speaker = vague[0]
      .replace(/^(?:selon|d['’]après|according\s+to|de)\s+|^(?:a|ont)\s+reçu\s+/iu, '')
      // "a source from CAS has now told": the source ends with the capitalised name it is from.
      .replace(/^(.*?\b(?:from|at|within|inside|in|chez|au\s+sein\s+d[eu]|à\s+la|à\s+l['’]|au)\s+(?:the\s+|l['’]|la\s+|le\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+\p{Ll}.*$/u, '$1')
      .trim();
    const parts = { speaker: speaker || vague[0], role: null, organization: null, named: false };
    ctx.found.push(attribution(parts, 'vague', clip(ctx.s), ctx.s, false));
    // "a source from CAS told Goal…", then "…, the source confirmed": the same anonymous source.
    if (/\bsources?\b/iu.test(parts.speaker)) this.antecedents.anonymousSource(parts);
  }
}

const isNationality = (name: string) => (['en', 'fr'] as const).some((lang) => nationForms(lang).adjectives.has(name.toLowerCase()));

// What introduces an infinitive: "sans en préciser", "pour dire", "afin de le confirmer", "without saying", "to say".
const INFINITIVE_BEFORE_RE = /(?:^|[\s,(])(?:sans|pour|afin\s+de|avant\s+de|de|d['’]|à|without|to)\s+(?:(?:en|y|le|la|les|l['’]|lui|leur|se|s['’]|ne\s+pas|ne\s+rien|not)\s*)?$/iu;

// A definite media noun with no name after it points back to the outlet named before.
// (No i flag: under /iu, \p{Lu} would match any letter.)
const PAPER_ANAPHOR_RE = /\b(?:[Ll]e|[Dd]u|[Aa]u|[Cc]e|[Tt]he|[Tt]his)\s+(?:quotidien|journal|hebdomadaire|newspaper|paper|tabloid|weekly)\b(?!\s*(?:\p{Lu}|«|"|“))/u;

export function extractDocEvents(doc: Doc, outlets: OutletRegistry): DocEvents {
  return new DocReader(doc, outlets).read();
}

const cache = new WeakMap<Doc, DocEvents>();

export function docEvents(doc: Doc, outlets: OutletRegistry): DocEvents {
  let events = cache.get(doc);
  if (!events) cache.set(doc, (events = extractDocEvents(doc, outlets)));
  return events;
}
