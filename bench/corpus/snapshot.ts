/**
 * A corpus as claimtrail loaded it (documents, metadata, passages), saved as
 * JSON so each benchmark worker starts from the same passages without paying
 * for `loadCorpus` again. Passage texts are restored from their offsets.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { assembleCorpus } from '../../core/corpus/load.js';
import type { Corpus, Doc, Passage } from '../../core/corpus/types.js';

type StoredPassage = Omit<Passage, 'text'>;
type StoredDoc = Omit<Doc, 'passages'> & { passages: StoredPassage[] };

interface Snapshot {
  dir: string;
  warnings: string[];
  docs: StoredDoc[];
}

export function saveSnapshot(path: string, corpus: Corpus): void {
  const snapshot: Snapshot = {
    dir: corpus.dir,
    warnings: corpus.warnings,
    docs: corpus.docs.map((d) => ({ ...d, passages: d.passages.map(({ text: _t, ...p }) => p) })),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(snapshot));
}

export function loadSnapshot(path: string): Corpus {
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  const docs: Doc[] = snapshot.docs.map((d) => ({
    ...d,
    passages: d.passages.map((p) => ({ ...p, text: d.text.slice(p.start, p.end) })),
  }));
  return assembleCorpus(snapshot.dir, docs, snapshot.warnings);
}
