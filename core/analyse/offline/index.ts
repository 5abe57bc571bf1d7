/**
 * The embedded default analyser: rules over French and English journalistic
 * sourcing, no key, no network. It fills the same findings the LLM path does,
 * and its output passes the same grounding check.
 */
import { foldKey, foldedWordSet } from '../../text/fold.js';
import { buildDoc } from '../../corpus/load.js';
import { isCreditLine, isWireCredits } from '../../corpus/metadata.js';
import { termsOfText } from '../../retrieve/index.js';
import { buildConcepts } from '../../retrieve/query.js';
import type { Attribution, Findings, ReportPassage, Source } from '../../schema.js';
import type { Analyser, AnalyserInput, AnalyserOutput } from '../types.js';
import { docEvents, type AttributionEvent, type DocEvents, type SourceEvent, type SentenceRef } from './events.js';
import type { Doc } from '../../corpus/types.js';
import { clip } from './eventTypes.js';
import { findHedges } from './hedges.js';
import { findDisputes } from './disputes.js';
import { NONEXISTENCE_RE, isDenialClaim, isIrregularity } from './claimKind.js';

import { ACCUSATION_RE, CHARGE_RE, DENIAL_RE } from './cues.js';
import { isStopword } from '../../text/terms.js';
import { findQuotes } from './quotes.js';
import { tokenize } from '../../text/tokens.js';
import { findReportingVerbs, reportingVerbs } from '../../text/verbs.js';

const within = (s: SentenceRef, ids: Set<string>) => ids.has(s.passageId);
// A link to another article inside this one ("Lire aussi : …", "Read more: …"): its headline is
// another story's, so it is said by no one here and inherits neither a voice nor a source.
const CROSS_REFERENCE_RE = /^\s*(?:(?:à\s+)?(?:lire|voir)\s+(?:aussi|également|encore|plus)|(?:read|see)\s+(?:also|more)|related(?:\s+(?:post|article|story))?)\s*[:：]/iu;

// A lede line that credits the whole story: "Avec AFP", "Article rédigé par franceinfo avec AFP"
// (a short line with no verb), or one that points back at it ("C'est ce qu'a publié X, citant Y").
const STORY_FRAME_RE = /^\s*(?:c['’]est\s+ce\s+qu['’](?:a|ont|avait|avaient)\s+(?:publié|rapporté|annoncé|affirmé|révélé|écrit|indiqué)|(?:this|that)\s+is\s+what\b|so\s+(?:reported|said)\b)/iu;
const FINITE_OR_SAYING_RE = /\b(?:est|sont|a|ont|était|is|are|was|were|has|have|had)\b/iu;

function framesArticle(sentence: string): boolean {
  if (STORY_FRAME_RE.test(sentence) || isCreditLine(sentence)) return true;
  const words = sentence.trim().split(/\s+/u);
  return words.length <= 8 && !FINITE_OR_SAYING_RE.test(sentence) && findReportingVerbs(sentence).length === 0;
}

// A sentence opening on a proper name, not a determiner, a pronoun or a connective: "Zimmerman is charged…".
const NAMED_SUBJECT_RE = /^\s*(?!(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Il|Elle|Ils|Elles|On|The|A|An|This|That|These|Those|Its|His|Her|Their|It|He|She|They|We|In|On|At|En|Dans|Selon|According|Mais|But|Et|And|Or|Alors|Puis|Ensuite|Après|Avant|After|Before|When|Lorsque|Quand|Si|If)\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+\p{Ll}/u;

// Unnamed media speaking: "les médias locaux", "state media", "la presse locale".
const MEDIA_VOICE_RE = /\b(?:médias|media|presse|press|journaux|newspapers)\b/iu;

function dedupeBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Fills a speaker's missing role and organisation from a fuller mention in the same document. */
function completeSpeakers(events: AttributionEvent[], all: AttributionEvent[]): Attribution[] {
  return events.map(({ sentence: _s, anaphoric: _a, ...a }) => {
    const fuller = all.find((o) => o.speaker === a.speaker && (o.role || o.organization));
    return { ...a, role: a.role ?? fuller?.role ?? null, organization: a.organization ?? fuller?.organization ?? null };
  });
}

/**
 * Who the claim itself says spoke ("Pour le gouvernement, …", "X said that…"), as the
 * folded content words of each voice: read by the same rules as the corpus.
 */
function claimVoices(claim: string, engine: AnalyserInput['engine']): { voices: Set<string>[]; outlets: string[] } {
  // Most claims name no voice: read them only when a frame of saying could be there.
  if (findReportingVerbs(claim).length === 0 && !/\b(?:selon|d['’]après|according\s+to)\b|^\s*pour\s/iu.test(claim)) return { voices: [], outlets: [] };
  const events = docEvents(buildDoc('claim.txt', claim), engine.outlets);
  const voices = events.attributions
    .filter((a) => a.kind !== 'vague' && !events.sources.some((src) => src.sentence === a.sentence && foldKey(src.outlet) === foldKey(a.speaker)))
    .map((a) => new Set([...foldedWordSet(a.speaker)].filter((w) => w.length >= 3 && !isStopword(w, 'fr') && !isStopword(w, 'en'))))
    .filter((v) => v.size > 0);
  // An outlet is the claim's source only when it frames the whole claim: "D'après le Baltimore Sun, …", "…, according to
  // Reuters." ("…, révélés par The Stanford Daily" gives the paper one detail, not the claim.)
  const frame = CLAIM_FRAME_RE.exec(claim)?.[0] ?? '';
  return { voices, outlets: events.sources.filter((src) => frame.includes(src.outlet)).map((src) => foldKey(src.outlet)) };
}

const CLAIM_FRAME_RE = /^\s*(?:selon|d['’]après|according\s+to)\s+[^,]+,|,\s*(?:selon|d['’]après|according\s+to)\s+[^,]+$/iu;

/** Whether an attribution names one of the claim's voices (a word of its speaker, role or organisation). */
function namesVoice(a: AttributionEvent, voices: Set<string>[]): boolean {
  const words = foldedWordSet(`${a.speaker} ${a.role ?? ''} ${a.organization ?? ''}`);
  return voices.some((v) => [...v].some((w) => words.has(w)));
}

// A lawyer's title before a name: "Me Yann Le Bras", "Maître Eve Roux".
const LAWYER_TITLE_RE = /^(?:Me|Maître)\s+\p{Lu}/u;
const LAWYER_NOUN_RE = /^(?:(?:son|sa|leur|ses|leurs|l['’]|le|la|les|his|her|their|the)\s*)?(?:avocate?s?|conseil|lawyers?|attorneys?)$/iu;

/**
 * "Selon son avocat, … « … », a insisté Me Yann Le Bras.": the unnamed lawyer is the one
 * the same passage names with a lawyer's title next.
 */
function namedLater(a: AttributionEvent, all: AttributionEvent[]): AttributionEvent {
  if (!LAWYER_NOUN_RE.test(a.speaker)) return a;
  const later = all.find((o) => o.passageId === a.passageId && o.sentence.start > a.sentence.start && LAWYER_TITLE_RE.test(o.speaker));
  return later ? { ...a, speaker: later.speaker, role: a.speaker, organization: later.organization } : a;
}

function toSource({ sentence: _s, ...src }: SourceEvent): Source {
  return src;
}

/** What the claim itself says, read once for every document: its words, its voices, its kind. */
interface ClaimReading {
  concepts: ReturnType<typeof buildConcepts>;
  /** Each concept's terms, the claim's own denial words left out. */
  conceptTerms: Array<Set<string>>;
  /** A claim about what someone said ("X a affirmé que…", "said"). */
  reportsSaying: boolean;
  claimIsDenial: boolean;
  claimsIrregularity: boolean;
  charged: string[];
  voices: Set<string>[];
  /** Outlets the claim gives as its source ("D'après le Baltimore Sun, …"), folded. */
  claimOutlets: string[];
}

const voicesOf = ({ voices, outlets }: { voices: Set<string>[]; outlets: string[] }) => ({ voices, claimOutlets: outlets });

function readClaimFor(input: AnalyserInput): ClaimReading {
  const { engine } = input;
  const concepts = input.concepts ?? buildConcepts(input.claim, input.lang, engine.index, engine.lexicon);
  // "said" is a stopword to the query, so no frame concept holds it: read the claim's verbs themselves.
  const saysInClaim = tokenize(input.claim).some((t) => reportingVerbs(t.text.toLowerCase()).some((v) => v.cls === 'say' && !v.ambiguous));
  return {
    concepts,
    // The claim's own denial words say nothing about the matter; leave them out of relevance.
    conceptTerms: concepts.filter((c) => !DENIAL_RE.test(c.word)).map((c) => new Set(c.alternatives.map((a) => a.term))),
    reportsSaying: concepts.some((c) => c.frame) || saysInClaim,
    // A claim that someone said something did not happen ("X said there were no talks") is a denial
    // too: a denial carries it rather than contests it.
    claimIsDenial: isDenialClaim(input.claim) || (saysInClaim && NONEXISTENCE_RE.test(input.claim)),
    claimsIrregularity: isIrregularity(input.claim),
    charged: chargedParty(input.claim),
    ...voicesOf(claimVoices(input.claim, engine)),
  };
}

/** One document read against the claim: which of its sentences speak to it. */
interface DocReading {
  doc: Doc;
  events: DocEvents;
  carrying: Doc['passages'];
  carryingIds: Set<string>;
  carryingSentences: SentenceRef[];
  minShared: number;
  sharedWith: (text: string) => number;
  speaks: (i: number) => boolean;
  /** A sentence that speaks to the claim, or stands next to one in its passage ("Selon l'AFP, … . Le bilan…"). */
  besideClaim: (sentence: SentenceRef) => boolean;
  /** A passage whose only sentences on the claim are links to other articles carries another story's headline. */
  linkOnly: (passageId: string) => boolean;
}

function readDoc(doc: Doc, events: DocEvents, carryingIds: Set<string>, claim: ClaimReading): DocReading {
  const sharedWith = (text: string) => {
    const terms = termSetOf(text, doc.lang === 'en' ? 'en' : 'fr');
    return claim.conceptTerms.filter((alts) => [...alts].some((t) => terms.has(t))).length;
  };
  // A sentence speaks to the claim when it shares at least half as much of it as the
  // sentence that carries it best: a long claim shares "Syrie" and "armée" with half
  // the article, and the ambassador quoted next to it said something else.
  const carryingSentences = events.sentences.filter((s) => within(s, carryingIds));
  const best = Math.max(0, ...carryingSentences.map((s) => sharedWith(s.text)));
  const minShared = Math.max(Math.min(2, claim.conceptTerms.length), Math.ceil(best / 2));
  const speaks = (i: number) => i >= 0 && i < events.sentences.length && sharedWith(events.sentences[i]!.text) >= minShared;
  const besideClaim = (sentence: SentenceRef) => {
    const i = events.sentences.indexOf(sentence);
    const same = (j: number) => events.sentences[j]?.passageId === sentence.passageId;
    return speaks(i) || (same(i - 1) && speaks(i - 1)) || (same(i + 1) && speaks(i + 1));
  };
  const linkOnly = (passageId: string) => {
    const said = carryingSentences.filter((s) => s.passageId === passageId && sharedWith(s.text) >= minShared);
    return said.length > 0 && said.every((s) => CROSS_REFERENCE_RE.test(s.text));
  };
  const carrying = doc.passages.filter((p) => carryingIds.has(p.id));
  return { doc, events, carrying, carryingIds, carryingSentences, minShared, sharedWith, speaks, besideClaim, linkOnly };
}

/**
 * Sources: the outlets named beside the claim's sentences, and the document's own chain — its
 * publisher, the lede's credits and the wires its end credits — since every passage inherits them.
 * (A lede that cites a source for its own sentence, "Selon X, Moscou et Damas ont…", sources that sentence.)
 */
function docSources(r: DocReading): Source[] {
  const { doc, events, carrying, carryingIds, linkOnly } = r;
  const lede = new Set(doc.passages.slice(0, 2).map((p) => p.id));
  const named = events.sources.filter(
    (s) =>
      // (In a carrying passage, only an outlet named beside the claim's sentence: "HTS a déclaré à Anadolu…" two sentences off is another matter.)
      (within(s.sentence, carryingIds) && !linkOnly(s.passageId) && r.besideClaim(s.sentence)) ||
      (((within(s.sentence, lede) && framesArticle(s.sentence.text)) || isWireCredits(s.sentence.text)) && carrying.some((p) => !linkOnly(p.id))) ||
      (doc.outlet && foldKey(s.outlet) === foldKey(doc.outlet)),
  );
  const out = named.map(toSource);
  // The publisher, wherever the page names it (a title, a byline, a "Source:" footer), publishes every passage.
  const claimSentence = r.carryingSentences.reduce<SentenceRef | null>((b, x) => (b === null || r.sharedWith(x.text) > r.sharedWith(b.text) ? x : b), null);
  if (doc.outlet && claimSentence && !named.some((x) => x.role === 'publisher' && foldKey(x.outlet) === foldKey(doc.outlet!))) {
    out.push({ outlet: doc.outlet, role: 'publisher', citedBy: null, quote: clip(claimSentence), passageId: claimSentence.passageId });
  }
  return out;
}

/**
 * A source stays in force until the text names another source or another speaker: a carrying passage
 * that names no outlet inherits the last one named in the passage before it (beyond, the text has moved
 * on) — unless it names media of its own ("HTS a déclaré à Anadolu…" then "Les médias locaux ont
 * rapporté…": the local media are the source now). A person quoted there still speaks in the outlet's report.
 */
function sourcesInForce(r: DocReading, own: AttributionEvent[]): Source[] {
  const { doc, events } = r;
  const out: Source[] = [];
  for (const p of r.carrying) {
    // (An outlet the passage names about something else does not end the one in force.)
    if (r.linkOnly(p.id) || events.sources.some((s) => s.passageId === p.id && r.besideClaim(s.sentence))) continue;
    if (own.some((a) => a.passageId === p.id && MEDIA_VOICE_RE.test(a.speaker))) continue;
    const window = new Set([p.n - 1].filter((n) => n >= 0).map((n) => doc.passages[n]!.id));
    const last = events.sources.filter((s) => window.has(s.passageId)).at(-1);
    if (last) out.push(toSource(last));
  }
  return out;
}

/**
 * Attributions of the carrying passages: in a passage of several sentences, only those of
 * the sentences that speak to the claim (or follow one that does: "« … », a-t-il déclaré").
 */
function ownAttributions(r: DocReading, claim: ClaimReading): AttributionEvent[] {
  const { events, speaks, sharedWith } = r;
  const samePassage = (i: number, a: AttributionEvent) => events.sentences[i]?.passageId === a.sentence.passageId;
  // A sentence that only frames the one before ("Il a ajouté.", "a-t-il dit") speaks
  // in its voice; one that names a new speaker with words of its own does not.
  const continues = (a: AttributionEvent) => a.anaphoric || a.sentence.text.split(/\s+/).length <= 8;
  // A claim about what someone said: a quotation that shares two of its words is that saying, even when
  // a summary elsewhere shares more. (The quotation itself, not the sentence that closes it: "« Il n'y a
  // aucune négociation… Nous comptons sur lui. », a assuré X" is one saying over several sentences.)
  const quotes = (a: AttributionEvent, i: number) =>
    claim.reportsSaying && a.kind === 'direct' && i >= 0 && sharedWith(a.quote) >= Math.min(2, claim.conceptTerms.length);
  const speaksToClaim = (a: AttributionEvent) => {
    const i = events.sentences.indexOf(a.sentence);
    return speaks(i) || quotes(a, i) || (samePassage(i - 1, a) && speaks(i - 1) && continues(a));
  };
  // Vague sources frame what follows them in a passage ("Des rumeurs circulent…"):
  // kept when a sentence from theirs on speaks to the claim.
  const framesClaim = (a: AttributionEvent) => {
    for (let i = events.sentences.indexOf(a.sentence); samePassage(i, a); i++) if (speaks(i)) return true;
    return false;
  };
  return events.attributions.filter((a) => within(a.sentence, r.carryingIds) && (a.kind === 'vague' ? framesClaim(a) : speaksToClaim(a)));
}

/**
 * A carrying passage with no attribution of its own is read in the voice of the one before it
 * ("…, a dit Oleg Yegorov. La frappe a tué…"); one cut inside an open quotation, in the voice
 * of whoever the next passage names.
 */
function inheritedVoices(r: DocReading, own: AttributionEvent[]): AttributionEvent[] {
  const { doc, events } = r;
  return (
    r.carrying
      // (A passage voiced by a vague source — "a diplomatic source told…" — or by an outlet it cites
      // — "according to the news site X" — has its voice: it inherits none.)
      .filter((p) => !r.linkOnly(p.id) && !own.some((a) => a.passageId === p.id) && !events.sources.some((src) => src.passageId === p.id && src.role === 'cited'))
      .flatMap((p) => {
        const next = doc.passages[p.n + 1];
        // …and only when the quotation itself speaks to the claim, not the narration before it.
        const openQuote =
          !p.text.trimEnd().endsWith('»') &&
          findQuotes(p.text).some((q) => q.outerEnd === p.text.length && p.text[q.outerStart] === '«' && r.sharedWith(p.text.slice(q.start)) >= r.minShared);
        if (openQuote && next) return events.attributions.filter((a) => a.passageId === next.id && a.kind !== 'vague').slice(0, 1);
        // An accusation or a denial answers what came before; it does not frame what follows.
        const prev = doc.passages[p.n - 1];
        // Only across plain paragraph breaks: page furniture ("Related Post") ends the voice.
        const adjoining = prev !== undefined && !/\p{L}/u.test(doc.text.slice(prev.end, p.start));
        // A sentence about a named subject of its own ("Zimmerman is charged with…" after "O'Mara said…")
        // is the text's narration, not the quoted voice going on; "La frappe a tué…" goes on.
        const best = r.carryingSentences.filter((x) => x.passageId === p.id).sort((a, b) => r.sharedWith(b.text) - r.sharedWith(a.text))[0];
        if (best && NAMED_SUBJECT_RE.test(best.text)) return [];
        return prev && adjoining
          ? events.attributions.filter(
              (a) => a.passageId === prev.id && a.kind !== 'vague' && !ACCUSATION_RE.test(a.sentence.text) && !DENIAL_RE.test(a.sentence.text),
            )
          : [];
      })
  );
}

/**
 * The speakers: the claim's own and inherited voices, less the outlets (an outlet that reports it,
 * "the state-run X news agency reported", is a source, never a speaker). When the claim names who
 * said it and the text agrees, the others near it said something else.
 */
function speakersOf(r: DocReading, claim: ClaimReading, own: AttributionEvent[]): AttributionEvent[] {
  const voiced = [...own, ...inheritedVoices(r, own)]
    .filter((a) => !isOutletVoice(a, r.events.sources))
    .map((a) => namedLater(a, r.events.attributions));
  const { voices } = claim;
  if (voices.length > 0 && voiced.some((a) => namesVoice(a, voices))) return voiced.filter((a) => namesVoice(a, voices));
  // The claim gives an outlet as its source and the document cites that outlet: the outlet is the source,
  // and the people around it are what it reports on ("D'après le Baltimore Sun, les pirates réclamaient…").
  const cited = claim.claimOutlets.some((o) => r.events.sources.some((s) => foldKey(s.outlet) === o || foldKey(s.outlet).includes(o) || o.includes(foldKey(s.outlet))));
  return voices.length === 0 && cited ? [] : voiced;
}

/** Where the claim's speaker said it is a source too: "« … », a insisté Me X à BFMTV". */
function sourcesWhereSaid(r: DocReading, speakers: AttributionEvent[]): Source[] {
  const spoke = new Set(speakers.map((a) => a.speaker));
  return r.events.attributions
    .filter((a) => within(a.sentence, r.carryingIds) && spoke.has(a.speaker))
    .flatMap((a) => r.events.sources.filter((x) => x.sentence === a.sentence).map(toSource));
}

function disputesOf(r: DocReading, claim: ClaimReading, own: AttributionEvent[]): Findings['disputes'] {
  const { doc, events, sharedWith } = r;
  const near = new Set(r.carrying.flatMap((p) => [p.n - 1, p.n, p.n + 1]).map((n) => `${doc.id}#${n}`));
  const n = claim.conceptTerms.length;
  const found = findDisputes({
    claimIsDenial: claim.claimIsDenial,
    carrying: r.carryingSentences,
    docSentences: events.sentences,
    claimSpeakers: own.map((a) => a.speaker),
    docAttributions: events.attributions,
    // A sentence speaks to the claim when it shares half its content words (at least two);
    // next to a carrying passage, one shared word is enough — it continues the same story.
    relevant: (text, isNear) => (isNear ? sharedWith(text) >= 1 : sharedWith(text) >= Math.max(2, Math.ceil(n / 2))),
    sharesSome: (text) => sharedWith(text) >= Math.max(2, Math.min(3, Math.ceil(n / 4))),
    isNear: (id) => near.has(id),
    charged: claim.charged,
  });
  // A claim of fraud is not disputed by the sentences that allege the fraud too.
  return claim.claimsIrregularity ? found.filter((d) => !isIrregularity(d.text)) : found;
}

export function analyseOffline(input: AnalyserInput): Findings {
  const { engine, passages } = input;
  const carryingIds = new Set(passages.map((p) => p.id));
  const claim = readClaimFor(input);
  const sources: Source[] = [];
  const attributions: Attribution[] = [];
  const disputes: Findings['disputes'] = [];
  for (const docId of new Set(passages.map((p) => p.docId))) {
    const doc = engine.corpus.docById.get(docId);
    if (!doc) continue;
    const r = readDoc(doc, docEvents(doc, engine.outlets), carryingIds, claim);
    const own = ownAttributions(r, claim);
    const speakers = speakersOf(r, claim, own);
    sources.push(...docSources(r), ...sourcesInForce(r, own), ...sourcesWhereSaid(r, speakers));
    const docDisputes = disputesOf(r, claim, own);
    disputes.push(...docDisputes);
    // Whoever denies it in a sentence did not say it there: "« Je n'ai jamais acheté… », a assuré X" is X's
    // dispute. (Unless the claim is about what X said: "Google said it had worked hard…" stays Google's
    // though Google, in the same breath, contests the fine — and unless the claim names someone else as
    // its voice: "Documents published by the FT suggested…" leaves the company denying it a denier.)
    const aboutTheirSaying = (a: AttributionEvent) => claim.reportsSaying && (claim.voices.length === 0 || namesVoice(a, claim.voices));
    const denied = (a: AttributionEvent) =>
      !claim.claimIsDenial &&
      !aboutTheirSaying(a) &&
      docDisputes.some((d) => d.by === a.speaker && d.passageId === a.passageId && a.sentence.text.includes(d.text));
    attributions.push(...completeSpeakers(speakers.filter((a) => !denied(a)), r.events.attributions));
  }

  return {
    summary: '',
    sources: dedupeBy(sources, (s) => `${foldKey(s.outlet)}|${s.role}|${s.citedBy ? foldKey(s.citedBy) : ''}`),
    attributions: dedupeBy(attributions, (a) => `${a.speaker}|${a.kind}|${a.passageId}|${a.quote}`),
    disputes: dedupeBy(disputes, (d) => `${d.passageId}|${d.text}`),
    hedges: findHedges(passages as ReportPassage[]),
  };
}

/**
 * Whether an attribution's speaker is an outlet: one its own sentence names ("Pravdino" in "the
 * Pravdino television network said"), or one the document names as an outlet ("…, a-t-il ajouté" after it).
 */
function isOutletVoice(a: AttributionEvent, sources: SourceEvent[]): boolean {
  const speaker = foldKey(a.speaker);
  return sources.some((s) => {
    const outlet = foldKey(s.outlet);
    return outlet === speaker || (s.sentence === a.sentence && (speaker.includes(outlet) || outlet.includes(speaker)));
  });
}

/**
 * The words naming whom a claim charges: the content words right after its charging
 * predicate ("a condamné le préfet du Pas-de-Calais" → préfet, pas, calais), or, for
 * a passive subject ("Le préfet a été condamné"), right before it. Folded, longer than two letters.
 */
function chargedParty(claim: string): string[] {
  const m = CHARGE_RE.exec(claim);
  if (!m) return [];
  const after = claim.slice(m.index + m[0].length).split(/[,;:.]/u)[0]!;
  const before = claim.slice(0, m.index).split(/[,;:]/u).at(-1)!;
  const passive = /\b(?:a\s+été|ont\s+été|est|sont|was|were|has\s+been|have\s+been|been|is|are)\s*$/iu.test(before);
  const words = (passive ? before : after).split(/\s+/u).map((w) => foldKey(w).replace(/^(?:l|d)'/u, ''));
  const content = words.filter((w) => w.length > 2 && !isStopword(w, 'fr') && !isStopword(w, 'en') && !/^(?:pour|for|of|de|sur|over|avoir|having|été|been)$/u.test(w));
  return (passive ? content.slice(-3) : content.slice(0, 3)).flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2);
}

// A document's sentences meet every claim that reaches the document: their terms are
// kept (bounded), so each claim compares instead of tokenising and stemming them again.
const TERM_SETS_LIMIT = 50_000;
const termSets = { fr: new Map<string, Set<string>>(), en: new Map<string, Set<string>>() };
function termSetOf(text: string, lang: 'fr' | 'en'): Set<string> {
  const cache = termSets[lang];
  let terms = cache.get(text);
  if (!terms) {
    if (cache.size >= TERM_SETS_LIMIT) cache.clear();
    cache.set(text, (terms = new Set(termsOfText(text, lang))));
  }
  return terms;
}

export const offlineAnalyser: Analyser = {
  name: 'offline',
  async analyse(input: AnalyserInput): Promise<AnalyserOutput> {
    return { findings: analyseOffline(input), warnings: [], analyser: 'offline' };
  },
};
