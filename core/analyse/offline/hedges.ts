/**
 * Hedges in the passages that carry a claim: "attaque présumée", "auraient
 * infligé", "soi-disant", "allégation", "reportedly". Each hedge is reported
 * with the words around its cue, as they stand in the passage.
 */
import { tokenize } from '../../text/tokens.js';
import { uRe } from '../../text/regex.js';
import type { Hedge, ReportPassage } from '../../schema.js';
import { HEDGE_RE, isHearsayConditional } from './cues.js';

const CONTEXT_WORDS = 2;
const CLAUSE_BREAK_RE = /[,;:.!?«»"()\n]|\s[-–—|]\s/u;
const HEDGE_GLOBAL_RE = uRe(HEDGE_RE.source, 'giu');

/** The cue with up to two words either side, cut at clause punctuation. */
function around(text: string, start: number, end: number): string {
  const words = tokenize(text);
  const first = words.findIndex((w) => w.end > start);
  let last = words.findIndex((w) => w.start >= end);
  if (last < 0) last = words.length;
  let from = Math.max(0, first - CONTEXT_WORDS);
  let to = Math.min(words.length - 1, last - 1 + CONTEXT_WORDS);
  // Stay inside the clause: no commas, quotes, sentence ends or a headline's " - Outlet" in the window.
  while (from < first && CLAUSE_BREAK_RE.test(text.slice(words[from]!.end, start))) from++;
  while (to > last - 1 && CLAUSE_BREAK_RE.test(text.slice(end, words[to]!.start))) to--;
  const s = Math.min(words[from]?.start ?? start, start);
  const e = Math.max(words[to]?.end ?? end, end);
  return text.slice(s, e);
}

export function findHedges(passages: ReportPassage[]): Hedge[] {
  const out: Hedge[] = [];
  for (const p of passages) {
    const seen = new Set<string>();
    const push = (start: number, end: number) => {
      const text = around(p.text, start, end);
      if (!seen.has(text)) {
        seen.add(text);
        out.push({ text, passageId: p.id });
      }
    };
    for (const m of p.text.matchAll(HEDGE_GLOBAL_RE)) push(m.index!, m.index! + m[0].length);
    for (const tok of tokenize(p.text)) if (isHearsayConditional(tok.text)) push(tok.start, tok.end);
  }
  return out;
}
