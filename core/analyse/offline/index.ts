/**
 * The embedded default analyser: rules over French and English journalistic
 * sourcing, no key, no network. It fills the same findings the LLM path does,
 * and its output passes the same grounding check.
 */
import { foldKey } from '../../text/fold.js';
import { termsOfText } from '../../retrieve/index.js';
import { buildConcepts } from '../../retrieve/query.js';
import type { Attribution, Findings, ReportPassage, Source } from '../../schema.js';
import type { Analyser, AnalyserInput, AnalyserOutput } from '../types.js';
import { docEvents, type AttributionEvent, type SourceEvent, type SentenceRef } from './events.js';
import { findHedges } from './hedges.js';
import { findDisputes } from './disputes.js';
import { summarise } from './summary.js';

const within = (s: SentenceRef, ids: Set<string>) => ids.has(s.passageId);

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

function toSource({ sentence: _s, ...src }: SourceEvent): Source {
  return src;
}

export function analyseOffline(input: AnalyserInput): Findings {
  const { engine, passages } = input;
  const carryingIds = new Set(passages.map((p) => p.id));
  const docIds = [...new Set(passages.map((p) => p.docId))];
  const concepts = buildConcepts(input.claim, input.lang, engine.index, engine.lexicon);
  const conceptTerms = concepts.map((c) => new Set(c.alternatives.map((a) => a.term)));

  const sources: Source[] = [];
  const attributions: Attribution[] = [];
  const disputes: Findings['disputes'] = [];
  for (const docId of docIds) {
    const doc = engine.corpus.docById.get(docId);
    if (!doc) continue;
    const events = docEvents(doc, engine.outlets);
    const carrying = doc.passages.filter((p) => carryingIds.has(p.id));

    // Sources: the outlets named in the carrying passages, and the document's own
    // chain — its publisher and what its lede cites — since a passage inherits them.
    const lede = new Set(doc.passages.slice(0, 2).map((p) => p.id));
    const docSources = events.sources.filter(
      (s) => within(s.sentence, carryingIds) || within(s.sentence, lede) || (doc.outlet && foldKey(s.outlet) === foldKey(doc.outlet)),
    );
    sources.push(...docSources.map(toSource));

    // Attributions: those in the carrying passages; a passage with none of its own
    // is read in the voice of the one before it ("…, a dit Oleg Yegorov. La frappe a tué…").
    const own = events.attributions.filter((a) => within(a.sentence, carryingIds));
    const inherited = carrying
      .filter((p) => !own.some((a) => a.passageId === p.id) && p.n > 0)
      .flatMap((p) => events.attributions.filter((a) => a.passageId === doc.passages[p.n - 1]!.id && a.kind !== 'vague'));
    attributions.push(...completeSpeakers([...own, ...inherited], events.attributions));

    const near = new Set(carrying.flatMap((p) => [p.n - 1, p.n, p.n + 1]).map((n) => `${doc.id}#${n}`));
    const relevant = (text: string) => {
      const terms = new Set(termsOfText(text, doc.lang === 'en' ? 'en' : 'fr'));
      const shared = conceptTerms.filter((alts) => [...alts].some((t) => terms.has(t))).length;
      return shared >= 2;
    };
    disputes.push(
      ...findDisputes({
        carrying: events.sentences.filter((s) => within(s, carryingIds)),
        docSentences: events.sentences,
        claimSpeakers: own.map((a) => a.speaker),
        docAttributions: events.attributions,
        relevant: (text) => relevant(text),
      }).filter((d) => near.has(d.passageId) || carryingIds.has(d.passageId) || d.by !== null),
    );
  }

  const hedges = findHedges(passages as ReportPassage[]);
  const findings: Findings = {
    summary: '',
    sources: dedupeBy(sources, (s) => `${foldKey(s.outlet)}|${s.role}|${s.citedBy ? foldKey(s.citedBy) : ''}`),
    attributions: dedupeBy(attributions, (a) => `${a.speaker}|${a.kind}|${a.passageId}|${a.quote}`),
    disputes: dedupeBy(disputes, (d) => `${d.passageId}|${d.text}`),
    hedges,
  };
  findings.summary = summarise(findings, passages);
  return findings;
}

export const offlineAnalyser: Analyser = {
  name: 'offline',
  async analyse(input: AnalyserInput): Promise<AnalyserOutput> {
    return { findings: analyseOffline(input), warnings: [], analyser: 'offline' };
  },
};
