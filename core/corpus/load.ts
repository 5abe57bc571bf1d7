/**
 * Loading a corpus folder: every `.txt`/`.md` file is a document; unreadable
 * files are skipped with a warning that names them, and the rest loads.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { extname, basename, join, resolve, sep } from 'node:path';
import { detectLang } from '../lang.js';
import { contentLines, dateInText, outletOf, titleOf, DATELINE_CHARS, type Line } from './metadata.js';
import { cutPassages } from './passages.js';
import { DOC_EXTENSIONS, MAX_DOC_BYTES, readDocumentFile } from './files.js';
import type { Corpus, Doc } from './types.js';

/** The first `chars` characters of a document's content lines: what metadata reads. */
function leadText(lines: Line[], chars: number): string {
  let out = '';
  for (const l of lines) {
    if (out.length >= chars) break;
    out += (out ? '\n' : '') + l.text;
  }
  return out.slice(0, chars);
}

export function docIdOf(file: string): string {
  return basename(file, extname(file));
}

/** Builds one document from its text: metadata, language, passages. */
export function buildDoc(file: string, text: string): Doc {
  const id = docIdOf(file);
  const { lines, date: headerDate } = contentLines(text);
  const title = titleOf(lines);
  const passages = cutPassages(id, text, lines);
  return {
    id,
    file,
    title,
    outlet: outletOf(text, lines, title),
    date: headerDate ?? dateInText(leadText(lines, DATELINE_CHARS)),
    lang: detectLang(leadText(lines, 1000)),
    text,
    passages,
  };
}

/**
 * @param version the content hash when already known (a snapshot stores it), else computed.
 */
export function assembleCorpus(dir: string, docs: Doc[], warnings: string[], version?: string): Corpus {
  docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (version === undefined) {
    const hash = createHash('sha256');
    for (const d of docs) hash.update(d.id).update('\0').update(d.text).update('\0');
    version = hash.digest('hex').slice(0, 16);
  }
  const passages = docs.flatMap((d) => d.passages);
  return {
    dir,
    docs,
    passages,
    docById: new Map(docs.map((d) => [d.id, d])),
    passageById: new Map(passages.map((p) => [p.id, p])),
    version,
    warnings,
  };
}

export interface LoadOptions {
  maxBytes?: number;
}

export interface CorpusFile {
  path: string;
  /** Path relative to the corpus folder. */
  rel: string;
  id: string;
  size: number;
  mtimeMs: number;
}

/**
 * The document files of a folder (recursively), sorted, with size and mtime —
 * enough to tell whether a persisted index is still current without reading
 * them. Files that cannot be documents are listed in `warnings`.
 */
export async function listCorpusFiles(dir: string): Promise<{ root: string; files: CorpusFile[]; warnings: string[] }> {
  const root = resolve(dir);
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true, recursive: true });
  } catch (err) {
    throw new CorpusError(`cannot read corpus folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  const candidates: Array<{ path: string; rel: string; id: string }> = [];
  const paths = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
  for (const path of paths) {
    const rel = path.slice(root.length + 1);
    if (rel.split(sep).some((part) => part.startsWith('.'))) continue;
    if (!(DOC_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) {
      // Licence and README files often sit beside data; only warn about likely documents.
      if (!/^(readme|license|licence|copying)/i.test(basename(path))) warnings.push(`skipped ${rel}: not a .txt or .md file`);
      continue;
    }
    const id = docIdOf(path);
    const clash = seen.get(id);
    if (clash) {
      warnings.push(`skipped ${rel}: document id "${id}" is already used by ${clash}`);
      continue;
    }
    seen.set(id, rel);
    candidates.push({ path, rel, id });
  }
  // Synchronous on purpose: 20k stats take a tenth of a second this way and four
  // times that through the promise API's thread pool.
  const files: CorpusFile[] = [];
  for (const c of candidates) {
    try {
      const info = statSync(c.path);
      files.push({ ...c, size: info.size, mtimeMs: info.mtimeMs });
    } catch (err) {
      warnings.push(`skipped ${c.rel}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
  }
  return { root, files, warnings };
}

/** Reads and builds the listed files; a file that cannot be a document is a warning, not an error. */
export async function readCorpusFiles(
  root: string,
  files: CorpusFile[],
  warnings: string[],
  options: LoadOptions = {},
): Promise<Corpus> {
  const built = await mapLimit(files, READ_CONCURRENCY, async (f) => {
    const result = await readDocumentFile(f.path, options.maxBytes ?? MAX_DOC_BYTES);
    if (!result.ok) return `skipped ${f.rel}: ${result.reason}`;
    const doc = buildDoc(f.rel, result.text);
    return doc.passages.length === 0 ? `skipped ${f.rel}: no content lines` : doc;
  });
  const docs: Doc[] = [];
  const all = [...warnings];
  for (const b of built) {
    if (typeof b === 'string') all.push(b);
    else docs.push(b);
  }
  return assembleCorpus(root, docs, all);
}

export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const { root, files, warnings } = await listCorpusFiles(dir);
  return readCorpusFiles(root, files, warnings, options);
}

/** Many small files: reading several at once hides the file system's latency. */
const READ_CONCURRENCY = 16;

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** A corpus problem the user can fix (wrong folder, unreadable directory). */
export class CorpusError extends Error {
  override name = 'CorpusError';
}
