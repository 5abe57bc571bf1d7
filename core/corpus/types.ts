import type { Lang } from '../schema.js';

export interface Passage {
  /** `<docId>#<n>`, n counted from 0 within its document: adding a document never renumbers another's. */
  id: string;
  docId: string;
  n: number;
  /** Character offsets into the document text. */
  start: number;
  end: number;
  text: string;
}

export interface Doc {
  /** The file name without its extension. */
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  lang: Lang;
  text: string;
  passages: Passage[];
}

export interface Corpus {
  dir: string;
  docs: Doc[];
  passages: Passage[];
  docById: Map<string, Doc>;
  passageById: Map<string, Passage>;
  /** Content hash of every loaded file: caches key on it, so a changed corpus invalidates them. */
  version: string;
  /** One line per skipped file, naming it and why. */
  warnings: string[];
}
