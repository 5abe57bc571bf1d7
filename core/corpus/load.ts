/**
 * Loading a corpus folder: every `.txt`/`.md` file is a document; unreadable
 * files are skipped with a warning that names them, and the rest loads.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { extname, basename, join, resolve } from 'node:path';
import { detectLang } from '../lang.js';
import { contentLines, dateInText, outletOf, titleOf } from './metadata.js';
import { cutPassages } from './passages.js';
import { DOC_EXTENSIONS, MAX_DOC_BYTES, readDocumentFile } from './files.js';
import type { Corpus, Doc } from './types.js';

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
    date: headerDate ?? dateInText(lines.map((l) => l.text).join('\n')),
    lang: detectLang(lines.slice(0, 20).map((l) => l.text).join(' ').slice(0, 4000)),
    text,
    passages,
  };
}

export function assembleCorpus(dir: string, docs: Doc[], warnings: string[]): Corpus {
  docs.sort((a, b) => a.id.localeCompare(b.id));
  const hash = createHash('sha256');
  for (const d of docs) hash.update(d.id).update('\0').update(d.text).update('\0');
  const passages = docs.flatMap((d) => d.passages);
  return {
    dir,
    docs,
    passages,
    docById: new Map(docs.map((d) => [d.id, d])),
    passageById: new Map(passages.map((p) => [p.id, p])),
    version: hash.digest('hex').slice(0, 16),
    warnings,
  };
}

export interface LoadOptions {
  maxBytes?: number;
}

export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const root = resolve(dir);
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true, recursive: true });
  } catch (err) {
    throw new CorpusError(`cannot read corpus folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const docs: Doc[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
  for (const path of files) {
    const rel = path.slice(root.length + 1);
    if (!(DOC_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) {
      // Licence and README files often sit beside data; only warn about likely documents.
      if (!/^(readme|license|licence|copying)/i.test(basename(path))) {
        warnings.push(`skipped ${rel}: not a .txt or .md file`);
      }
      continue;
    }
    const id = docIdOf(path);
    const clash = seen.get(id);
    if (clash) {
      warnings.push(`skipped ${rel}: document id "${id}" is already used by ${clash}`);
      continue;
    }
    const result = await readDocumentFile(path, options.maxBytes ?? MAX_DOC_BYTES);
    if (!result.ok) {
      warnings.push(`skipped ${rel}: ${result.reason}`);
      continue;
    }
    const doc = buildDoc(rel, result.text);
    if (doc.passages.length === 0) {
      warnings.push(`skipped ${rel}: no content lines`);
      continue;
    }
    seen.set(id, rel);
    docs.push(doc);
  }
  return assembleCorpus(root, docs, warnings);
}

/** A corpus problem the user can fix (wrong folder, unreadable directory). */
export class CorpusError extends Error {
  override name = 'CorpusError';
}
