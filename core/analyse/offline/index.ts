/**
 * The embedded default analyser: rules over French and English journalistic
 * sourcing, no key, no network. It fills the same findings the LLM path does,
 * and its output passes the same grounding check.
 */
import { foldKey } from '../../text/fold.js';
import type { Attribution, Findings, ReportPassage, Source } from '../../schema.js';
import type { Analyser, AnalyserInput, AnalyserOutput } from '../types.js';
import { docEvents, type AttributionEvent, type SourceEvent } from './events.js';
import { findHedges } from './hedges.js';
import { findDisputes } from './disputes.js';
import { isIrregularity } from './claimKind.js';
import { ACCUSATION_RE, DENIAL_RE } from './cues.js';
import { findQuotes } from './quotes.js';
import { namesVoice, readClaimFor, readDoc, within, type ClaimReading, type DocReading } from './reading.js';
import { docSources, sourcesInForce, sourcesWhereSaid } from './sources.js';

// A sentence opening on a proper name, not a determiner, a pronoun or a connective: "Zimmerman is charged…".
const NAMED_SUBJECT_RE = /^\s*(?!(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Il|Elle|Ils|Elles|On|The|A|An|This|That|These|Those|Its|His|Her|Their|It|He|She|They|We|In|On|At|En|Dans|Selon|According|Mais|But|Et|And|Or|Alors|Puis|Ensuite|Après|Avant|After|Before|When|Lorsque|Quand|Si|If)\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+\p{Ll}/u;

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

export const offlineAnalyser: Analyser = {
  name: 'offline',
  async analyse(input: AnalyserInput): Promise<AnalyserOutput> {
    return { findings: analyseOffline(input), warnings: [], analyser: 'offline' };
  },
};
