/**
 * Scores the offline analyser's speakers against the treebank check set, the way
 * the Radar de Parité evaluation matches spans: a reported speaker is right when it
 * covers at least 0.3 of the gold subject's characters and contains its head word.
 */
import { buildDoc } from '../../core/corpus/load.js';
import { extractDocEvents } from '../../core/analyse/offline/events.js';
import { OutletRegistry } from '../../core/text/outlets.js';
import type { UdSentence } from './conllu.js';
import type { SpeakerExample } from './speakerSet.js';

export const MIN_OVERLAP = 0.3;

export interface Span {
  start: number;
  end: number;
}

/** Whether a reported speaker (text) matches a gold subject in the sentence. */
export function matchesGold(sentence: string, speaker: string, gold: SpeakerExample['gold']): boolean {
  const lower = sentence.toLowerCase();
  const said = speaker.toLowerCase();
  // Words as written ("porte-parole", "États-Unis") and their parts ("l'" and "armée").
  const words = new Set([...said.split(/\s+/), ...said.split(/[\s'’]+/), ...said.split(/[\s'’-]+/)]);
  const holds = (w: string) => words.has(w.toLowerCase());
  for (let at = lower.indexOf(said); at >= 0; at = lower.indexOf(said, at + 1)) {
    const overlap = Math.min(at + speaker.length, gold.end) - Math.max(at, gold.start);
    if (overlap <= 0) continue;
    // The whole subject or most of it, with its head word…
    if (holds(gold.head) && overlap / Math.max(1, gold.end - gold.start) >= MIN_OVERLAP) return true;
    // …or, inside it, the name its head stands in apposition with ("Angel Torres" of
    // "le président du club, Angel Torres"): the person a desk needs.
    const inside = at >= gold.start && at + speaker.length <= gold.end;
    if (inside && gold.names.some(holds)) return true;
  }
  return false;
}

const registry = new OutletRegistry([]);
const TITLE = 'Phrase';

/** The named (non-vague) speakers the offline analyser reports for one sentence read alone. */
export function reportedSpeakers(text: string): string[] {
  const doc = buildDoc('ud.txt', `${TITLE}\n\n${text}`);
  return extractDocEvents(doc, registry)
    .attributions.filter((a) => a.kind !== 'vague' && a.sentence.text !== TITLE)
    .map((a) => a.speaker);
}

export interface SpeakerScore {
  examples: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number;
  precision: number;
}

export interface Miss {
  sentId: string;
  text: string;
  gold: string[];
  reported: string[];
  kind: 'missed' | 'wrong';
}

export function scoreExamples(examples: SpeakerExample[]): { score: SpeakerScore; misses: Miss[] } {
  const bySentence = new Map<string, SpeakerExample[]>();
  for (const e of examples) bySentence.set(e.sentId, [...(bySentence.get(e.sentId) ?? []), e]);
  let found = 0;
  let predicted = 0;
  let correct = 0;
  const misses: Miss[] = [];
  for (const group of bySentence.values()) {
    const text = group[0]!.text;
    const reported = [...new Set(reportedSpeakers(text))];
    const golds = group.map((e) => e.gold);
    const hit = (g: SpeakerExample['gold']) => reported.some((r) => matchesGold(text, r, g));
    found += golds.filter(hit).length;
    predicted += reported.length;
    const right = reported.filter((r) => golds.some((g) => matchesGold(text, r, g)));
    correct += right.length;
    const base = { sentId: group[0]!.sentId, text, gold: golds.map((g) => g.text), reported };
    if (golds.some((g) => !hit(g))) misses.push({ ...base, kind: 'missed' });
    if (right.length < reported.length) misses.push({ ...base, kind: 'wrong' });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  return {
    score: { examples: examples.length, found, predicted, correct, recall: ratio(found, examples.length), precision: ratio(correct, predicted) },
    misses,
  };
}

/** Speakers reported per 100 sentences that hold no verb of saying at all. */
export function falseSpeakerRate(sentences: UdSentence[]): number {
  if (sentences.length === 0) return 0;
  const n = sentences.reduce((sum, s) => sum + reportedSpeakers(s.text).length, 0);
  return Math.round((n / sentences.length) * 1000) / 10;
}
