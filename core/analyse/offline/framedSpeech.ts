/**
 * The ways news frames a speaker with a single pattern, each read on its own:
 * "Reuters quoted the minister as saying", "a-t-on appris auprès de X",
 * "Says X, role: « … »", "X has sent a letter", "Pour l'économiste X, …",
 * "rapportée par X". Each returns whom the sentence gives as speaking, or
 * null; the document reader records it and makes it the next antecedent.
 */
import type { Attribution } from '../../schema.js';
import { VAGUE_SOURCE_RE } from './cues.js';
import { clip, type Sentence } from './eventTypes.js';
import { cleanSubject, isPronoun, parseSpeaker, type SpeakerParts } from './speakers.js';
import {
  LEARNT_FROM_RE,
  PASSIVE_RE,
  QUOTED_AS_SAYING_RE,
  SENT_DOCUMENT_RE,
  VERB_FIRST_RE,
  VIEW_HOLDER_RE,
  VIEWPOINT_RE,
} from './sentencePatterns.js';

export interface FramedSpeech {
  parts: SpeakerParts;
  kind: Attribution['kind'];
  quote: string;
}

export type Frame = (ctx: Sentence) => FramedSpeech | null;

const reported = (ctx: Sentence, parts: SpeakerParts | null): FramedSpeech | null => (parts ? { parts, kind: 'reported', quote: clip(ctx.s) } : null);
const namesOutlet = (ctx: Sentence, np: string) => ctx.ordered.some((o) => np.includes(o.name));

/** "Reuters quoted the minister as saying…": the agency cites, the minister speaks. */
const quotedAsSaying: Frame = (ctx) => {
  const quotedAs = ctx.found.length === 0 && ctx.lower.includes(' as ') ? QUOTED_AS_SAYING_RE.exec(ctx.s.text) : null;
  return reported(ctx, quotedAs ? parseSpeaker(quotedAs[1]!) : null);
};

/** "…, a-t-on appris auprès de son avocat, Me Luc Roux": the one the news was learnt from speaks. */
const learntFrom: Frame = (ctx) => {
  const learnt = ctx.found.length === 0 && ctx.lower.includes('appris') ? LEARNT_FROM_RE.exec(ctx.s.text) : null;
  const np = learnt?.[1]?.trim();
  if (!np || namesOutlet(ctx, np) || VAGUE_SOURCE_RE.test(np)) return null;
  return reported(ctx, parseSpeaker(np));
};

/** "Says Rakesh Verma, the district magistrate: « … »": the speaker after a sentence-initial verb. */
const verbFirst: Frame = (ctx) => {
  const first = ctx.found.length === 0 ? VERB_FIRST_RE.exec(ctx.s.text) : null;
  const parts = first ? parseSpeaker(first[1]!) : null;
  if (!parts) return null;
  const q = ctx.quotes.find((x) => x.outerStart >= ctx.s.start && x.outerStart < ctx.s.end);
  return q ? { parts, kind: 'direct', quote: ctx.passage.text.slice(q.start, q.end) } : reported(ctx, parts);
};

/** "Tony Webster has sent a letter to the parents…": whoever sends a letter or a statement speaks through it. */
const sentDocument: Frame = (ctx) => {
  const sent = ctx.found.length === 0 && ctx.verbs.length === 0 ? SENT_DOCUMENT_RE.exec(ctx.s.text) : null;
  if (!sent) return null;
  const subject = cleanSubject(ctx.s.text.slice(0, sent.index).trim());
  if (!subject || isPronoun(subject) || /[«»“”"]/u.test(subject)) return null;
  return reported(ctx, parseSpeaker(subject));
};

/**
 * A viewpoint opening the sentence: "Pour le ministère public, les arguments ne tiennent pas",
 * "Pour l'économiste Jean Roux, la hausse…" — French gives the holder of a view this way.
 */
const viewpoint: Frame = (ctx) => {
  const view = ctx.found.length === 0 ? VIEWPOINT_RE.exec(ctx.s.text) : null;
  if (!view) return null;
  const np = view[1]!.trim();
  // Only a person or a body that holds views: "Pour les assurances épargne-pension, le fisc…" is a topic.
  // A person's name, or a body's of several capitalised words ("Pour Santé publique France, …").
  const named = /^(?:M\.|Me|Mme)?\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(np) || (/^\p{Lu}/u.test(np) && !/\d/u.test(np) && (np.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length >= 2);
  const holder = VIEW_HOLDER_RE.test(np) || named;
  return reported(ctx, !holder || namesOutlet(ctx, np) ? null : parseSpeaker(np));
};

/** Passive: "rapportée par le groupe des Casques blancs". */
const passive: Frame = (ctx) => {
  const m = / par | by /.test(ctx.lower) ? PASSIVE_RE.exec(ctx.s.text) : null;
  if (!m) return null;
  const np = (m[1] ?? m[2] ?? m[3] ?? '').trim();
  // "reported by several media outlets": an unnamed source, which the vague step records.
  if (VAGUE_SOURCE_RE.test(np)) return null;
  const parts = parseSpeaker(np);
  return parts && !ctx.found.some((f) => f.speaker === parts.speaker) && !namesOutlet(ctx, np) ? reported(ctx, parts) : null;
};

// "defense attorney Mark O'Mara's contention that…", "the ministry's claim that…": the possessor said it.
const POSSESSED_SAYING_RE = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}(?:[\p{L}.-]|['’](?=\p{L}{2}))*|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)['’]s\s+(?:contentions?|claims?|assertions?|allegations?|arguments?|insistence|statements?|accounts?|account)\s+that\b/u;

/** "countering Mark O'Mara's contention that Zimmerman shot…": the one whose contention it is speaks. */
const possessedSaying: Frame = (ctx) => {
  const m = ctx.lower.includes("'s ") || ctx.lower.includes('’s ') ? POSSESSED_SAYING_RE.exec(ctx.s.text) : null;
  if (!m || namesOutlet(ctx, m[1]!)) return null;
  const parts = parseSpeaker(m[1]!);
  return parts && !ctx.found.some((f) => f.speaker === parts.speaker) ? reported(ctx, parts) : null;
};

/** Frames read before the subject-verb step (a sentence's only speaker when they match). */
export const FRAMES_BEFORE_VERBS: readonly Frame[] = [quotedAsSaying, learntFrom, verbFirst, sentDocument];
/** Frames read after the verbs and "selon": a speaker the sentence gives besides. */
export const FRAMES_AFTER_VERBS: readonly Frame[] = [viewpoint, passive, possessedSaying];
