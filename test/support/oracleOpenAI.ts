/**
 * A "perfect" model for the LLM path: an OpenAI-compatible script that answers
 * every request from labelled claims, using only the passages the request
 * shows. For the claim in <claim>, each expected speaker, outlet, dispute and
 * hedge that stands in a shown passage is reported with a verbatim quote (the
 * sentence around it), and each carrying or candidate passage is judged
 * "carries" when it holds an evidence string. What it cannot see, it cannot
 * report — so running the labelled claims through it measures the pipeline's
 * own ceiling: `found`, the passages sent, and grounding.
 */
import { completion, type Reply, type Script } from './fakeOpenAI.js';

export interface OracleLabel {
  claim: string;
  found: boolean;
  evidence: string[];
  speakers: string[];
  outlets: string[];
  disputes: string[];
  hedges: string[];
}

interface ShownPassage {
  id: string;
  role: string;
  outlet: string | null;
  text: string;
}

/** Lower case, no accents, straight apostrophes — one character for one, so offsets map back. */
function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const f = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");
    out += f.length === c.length ? f : c;
  }
  return out;
}

const restore = (s: string) => s.replace(/\uFF1C/g, '<');

function parseRequest(body: { messages: Array<{ content: string }> }): { claim: string; passages: ShownPassage[] } {
  const text = body.messages.map((m) => m.content).join('\n');
  const claim = restore(/<claim>\n([\s\S]*?)\n<\/claim>/.exec(text)?.[1] ?? '');
  const passages: ShownPassage[] = [];
  const re = /<passage id="([^"]+)" role="([^"]+)"(?: outlet="([^"]*)")?(?: date="[^"]*")?>\n([\s\S]*?)\n<\/passage>/g;
  for (const m of text.matchAll(re)) passages.push({ id: m[1]!, role: m[2]!, outlet: m[3] ?? null, text: restore(m[4]!) });
  return { claim, passages };
}

/** The span of `needle` in `text` (folded match) and the sentence around it, both verbatim. */
function locate(text: string, needle: string): { exact: string; sentence: string } | null {
  const at = fold(text).indexOf(fold(needle));
  if (at < 0 || needle.trim() === '') return null;
  const end = at + needle.length;
  const before = text.slice(0, at);
  const starts = [...before.matchAll(/[.!?]\s+/g)];
  const start = starts.length > 0 ? starts.at(-1)!.index! + starts.at(-1)![0].length : 0;
  const next = /[.!?](?=\s|$)/.exec(text.slice(end));
  const stop = next ? end + next.index + 1 : text.length;
  return { exact: text.slice(at, end), sentence: text.slice(start, stop).trim() };
}

function firstIn(passages: ShownPassage[], needle: string): { p: ShownPassage; exact: string; sentence: string } | null {
  for (const p of passages) {
    const hit = locate(p.text, needle);
    if (hit) return { p, ...hit };
  }
  return null;
}

export function oracleAnswer(labels: OracleLabel[], body: { messages: Array<{ content: string }> }): Reply {
  const { claim, passages } = parseRequest(body);
  const label = labels.find((l) => fold(l.claim).replace(/\s+/g, ' ').trim() === fold(claim).replace(/\s+/g, ' ').trim());
  const judged = passages.filter((p) => p.role !== 'context');
  // Judged passages first: that is where a speaker of the claim stands.
  const ordered = [...judged, ...passages.filter((p) => p.role === 'context')];
  const answer = { sources: [] as unknown[], attributions: [] as unknown[], disputes: [] as unknown[], hedges: [] as unknown[], judgements: [] as unknown[] };
  if (!label) return completion(answer);

  for (const p of judged) {
    const evidence = label.found ? label.evidence.map((e) => locate(p.text, e)).find((x) => x !== null) : null;
    const quote = evidence?.sentence ?? p.text.split(/(?<=[.!?])\s+/)[0]!.trim();
    answer.judgements.push({ passageId: p.id, verdict: evidence ? 'carries' : 'mentions', quote });
  }
  if (!label.found) return completion(answer);
  for (const speaker of label.speakers) {
    const hit = firstIn(ordered, speaker);
    if (hit) answer.attributions.push({ speaker: hit.exact, role: null, organization: null, kind: 'reported', quote: hit.sentence, passageId: hit.p.id });
  }
  for (const outlet of label.outlets) {
    const publisher = ordered.find((p) => p.outlet !== null && fold(p.outlet).includes(fold(outlet)));
    if (publisher) {
      const quote = publisher.text.split(/(?<=[.!?])\s+/)[0]!.trim();
      answer.sources.push({ outlet: publisher.outlet, role: 'publisher', citedBy: null, quote, passageId: publisher.id });
      continue;
    }
    const hit = firstIn(ordered, outlet);
    if (hit) answer.sources.push({ outlet: hit.exact, role: 'cited', citedBy: null, quote: hit.sentence, passageId: hit.p.id });
  }
  for (const dispute of label.disputes) {
    const hit = firstIn(ordered, dispute);
    if (hit) answer.disputes.push({ text: hit.exact, by: null, passageId: hit.p.id });
  }
  for (const hedge of label.hedges) {
    const hit = firstIn(ordered, hedge);
    if (hit) answer.hedges.push({ text: hit.exact, passageId: hit.p.id });
  }
  return completion(answer);
}

/** The script for startFakeOpenAI. */
export function oracleScript(labels: OracleLabel[]): Script {
  return (req) => oracleAnswer(labels, req.body as { messages: Array<{ content: string }> });
}
