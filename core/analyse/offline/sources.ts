/**
 * The sources of a claim in one document: the outlets named beside the claim's sentences,
 * the document's own chain (publisher, lede credits, wires credited at the end), the outlet
 * still in force from the passage before, and the outlet where the claim's speaker said it.
 */
import { foldKey } from '../../text/fold.js';
import { isCreditLine, isWireCredits } from '../../corpus/metadata.js';
import { findReportingVerbs } from '../../text/verbs.js';
import type { Source } from '../../schema.js';
import { clip } from './eventTypes.js';
import type { AttributionEvent, SentenceRef, SourceEvent } from './events.js';
import { within, type DocReading } from './reading.js';

// A lede line that credits the whole story: "Avec AFP", "Article rédigé par franceinfo avec AFP"
// (a short line with no verb), or one that points back at it ("C'est ce qu'a publié X, citant Y").
const STORY_FRAME_RE = /^\s*(?:c['’]est\s+ce\s+qu['’](?:a|ont|avait|avaient)\s+(?:publié|rapporté|annoncé|affirmé|révélé|écrit|indiqué)|(?:this|that)\s+is\s+what\b|so\s+(?:reported|said)\b)/iu;
const FINITE_OR_SAYING_RE = /\b(?:est|sont|a|ont|était|is|are|was|were|has|have|had)\b/iu;

function framesArticle(sentence: string): boolean {
  if (STORY_FRAME_RE.test(sentence) || isCreditLine(sentence)) return true;
  const words = sentence.trim().split(/\s+/u);
  return words.length <= 8 && !FINITE_OR_SAYING_RE.test(sentence) && findReportingVerbs(sentence).length === 0;
}

// Unnamed media speaking: "les médias locaux", "state media", "la presse locale".
const MEDIA_VOICE_RE = /\b(?:médias|media|presse|press|journaux|newspapers)\b/iu;

export function toSource({ sentence: _s, ...src }: SourceEvent): Source {
  return src;
}

/**
 * Sources: the outlets named beside the claim's sentences, and the document's own chain — its
 * publisher, the lede's credits and the wires its end credits — since every passage inherits them.
 * (A lede that cites a source for its own sentence, "Selon X, Moscou et Damas ont…", sources that sentence.)
 */
export function docSources(r: DocReading): Source[] {
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
export function sourcesInForce(r: DocReading, own: AttributionEvent[]): Source[] {
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

/** Where the claim's speaker said it is a source too: "« … », a insisté Me X à BFMTV". */
export function sourcesWhereSaid(r: DocReading, speakers: AttributionEvent[]): Source[] {
  const spoke = new Set(speakers.map((a) => a.speaker));
  return r.events.attributions
    .filter((a) => within(a.sentence, r.carryingIds) && spoke.has(a.speaker))
    .flatMap((a) => r.events.sources.filter((x) => x.sentence === a.sentence).map(toSource));
}
