/**
 * The one rule for whether a name a finding gives (speaker, organisation,
 * outlet, disputing party) is supported by the corpus, shared by grounding
 * (core/ground.ts) and the LLM safety filter (core/llm/safety.ts) so the two
 * cannot disagree: the name is written as whole words in the cited passage or
 * earlier in its document, or it is the document's publisher as read from its
 * metadata (title suffix, "Source : X" footer) — a footer is page furniture,
 * never a passage, yet it is where many articles name their publisher.
 */
import { containsWords, foldKey } from './text/fold.js';

export interface NameEvidence {
  /** The cited passage's text. */
  passage: string;
  /** The document's text before the passage. */
  before?: string;
  /** The document's publisher from its metadata, if any. */
  docOutlet?: string | null;
}

/** Two outlet names for the same masthead: equal when folded, or one written as whole words in the other ("RT" in "RT World News"). */
export function sameOutletName(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b) || containsWords(a, b) || containsWords(b, a);
}

export function nameIsSupported(name: string, ev: NameEvidence): boolean {
  if (foldKey(name).trim() === '') return false;
  if (ev.docOutlet && sameOutletName(name, ev.docOutlet)) return true;
  return writtenIn(ev.passage, name) || writtenIn(ev.before ?? '', name);
}

/**
 * The name as whole words, or in its French contracted form: "Le Figaro" is
 * written "au Figaro" / "du Figaro", "Les Échos" "aux Échos" / "des Échos".
 */
function writtenIn(text: string, name: string): boolean {
  if (containsWords(text, name)) return true;
  const m = /^(le|les)\s+(.+)$/iu.exec(name.trim());
  if (!m) return false;
  const forms = m[1]!.toLowerCase() === 'le' ? ['au', 'du'] : ['aux', 'des'];
  return forms.some((article) => containsWords(text, `${article} ${m[2]!}`));
}
