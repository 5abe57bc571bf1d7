/**
 * English synonyms for the query (data/lexicon/synonyms-en.tsv, derived from
 * WordNet 3.0 by scripts/lexicon/build-synonyms.sh): each lemma's most
 * frequent sense only, so a claim's "lawyer", "conduct" or "case" also finds
 * a passage's "attorney", "behavior" or "example". Keyed by Snowball stem, as
 * the bilingual lexicon is, so every inflection shares an entry.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { termOf } from '../text/terms.js';

export const DEFAULT_SYNONYMS_PATH = fileURLToPath(new URL('../../data/lexicon/synonyms-en.tsv', import.meta.url));

let byStem: Map<string, string[]> | null = null;

function load(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return out; // no file: no synonyms, retrieval works as before
  }
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [lemma, list] = line.split('\t');
    const stem = lemma ? termOf(lemma, 'en') : null;
    if (!stem || !list) continue;
    const known = out.get(stem) ?? [];
    for (const w of list.split('|')) if (w && !known.includes(w)) known.push(w);
    out.set(stem, known);
  }
  return out;
}

/** The synonyms of an English word (any inflection), as the file writes them. */
export function englishSynonyms(word: string, path = DEFAULT_SYNONYMS_PATH): string[] {
  byStem ??= load(path);
  const stem = termOf(word.toLowerCase(), 'en');
  return stem ? byStem.get(stem) ?? [] : [];
}
