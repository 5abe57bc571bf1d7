/**
 * The corpus the bot searches, changeable at run time by `/corpus add|remove`.
 *
 * A change is staged on disk under a hidden name (the loader skips dot
 * files), then recorded (the audit entry), then committed: renamed into
 * place and the engine rebuilt, so the next search sees it and a restart
 * keeps it. If recording fails the staged file is dropped and nothing
 * changed. Changes run one at a time.
 */
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { buildEngine, openEngine, type Engine } from '../core/engine.js';
import { warmUp } from '../core/warm.js';
import { assembleCorpus, buildDoc } from '../core/corpus/load.js';
import { DOC_EXTENSIONS, MAX_DOC_BYTES, decodeDocument } from '../core/corpus/files.js';
import type { Doc } from '../core/corpus/types.js';
import { UserError } from './errors.js';
import { SerialQueue } from './serial.js';

/** Uploads obey the loader's own limit, so whatever is accepted also loads after a restart. */
export const MAX_UPLOAD_BYTES = MAX_DOC_BYTES;

export interface DocSummary {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  passages: number;
}

const summarize = (d: Doc): DocSummary => ({ id: d.id, file: d.file, title: d.title, outlet: d.outlet, passages: d.passages.length });

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * A safe file name for an upload: letters, digits, `._-` only, no leading dot,
 * so it cannot leave the corpus folder or hide from the loader.
 */
export function uploadFileName(name: string): string {
  const ext = extname(name).toLowerCase();
  if (!(DOC_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new UserError(`Only ${DOC_EXTENSIONS.join(' and ')} files can be added (got "${name}").`, 'corpus.extension');
  }
  const base = name
    .slice(0, name.length - ext.length)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 100);
  if (!base) throw new UserError(`"${name}" does not make a usable document name; rename the file.`, 'corpus.name');
  return `${base}${ext}`;
}

export class LiveCorpus {
  private readonly writer = new SerialQueue();

  private constructor(
    readonly dir: string,
    private current: Engine,
  ) {}

  /** Loads the folder (creating it if absent: an empty corpus can be filled with `/corpus add`). */
  static async open(dir: string): Promise<LiveCorpus> {
    const root = resolve(dir);
    await mkdir(root, { recursive: true });
    const engine = await openEngine(root);
    await warmUp(engine);
    return new LiveCorpus(root, engine);
  }

  get engine(): Engine {
    return this.current;
  }

  list(): DocSummary[] {
    return this.current.corpus.docs.map(summarize);
  }

  /**
   * Validates an upload and adds it as a document.
   * @param record called once the document is valid and staged, before it is applied; if it throws, nothing changes
   */
  add(fileName: string, bytes: Uint8Array, record: (doc: DocSummary) => Promise<void>): Promise<DocSummary> {
    return this.writer.run(async () => {
      const file = uploadFileName(fileName);
      const decoded = decodeDocument(bytes, MAX_UPLOAD_BYTES);
      if (!decoded.ok) throw new UserError(`"${fileName}" was not added: ${decoded.reason}.`, 'corpus.invalid');
      const doc = buildDoc(file, decoded.text);
      if (doc.passages.length === 0) throw new UserError(`"${fileName}" was not added: it has no content lines.`, 'corpus.empty');
      const target = join(this.dir, file);
      if (this.current.corpus.docById.has(doc.id) || (await exists(target))) {
        throw new UserError(`A document "${doc.id}" already exists; remove it first or rename the file.`, 'corpus.exists');
      }
      const staged = join(this.dir, `.staged-${process.pid}-${Date.now()}-${file}`);
      await writeFile(staged, decoded.text, { flag: 'wx' });
      try {
        await record(summarize(doc));
      } catch (err) {
        await unlink(staged).catch(() => undefined);
        throw err;
      }
      await rename(staged, target);
      this.rebuild([...this.current.corpus.docs, doc]);
      return summarize(doc);
    });
  }

  /** Removes a document; `record` as for `add`. */
  remove(docId: string, record: (doc: DocSummary) => Promise<void>): Promise<DocSummary> {
    return this.writer.run(async () => {
      const doc = this.current.corpus.docById.get(docId);
      if (!doc) throw new UserError(`No document "${docId}" in the corpus; \`/corpus list\` shows the ids.`, 'corpus.unknown');
      const path = join(this.dir, doc.file);
      const parked = join(this.dir, `.removing-${process.pid}-${Date.now()}-${doc.id}`);
      await rename(path, parked);
      try {
        await record(summarize(doc));
      } catch (err) {
        await rename(parked, path).catch(() => undefined);
        throw err;
      }
      await unlink(parked);
      this.rebuild(this.current.corpus.docs.filter((d) => d.id !== docId));
      return summarize(doc);
    });
  }

  private rebuild(docs: Doc[]): void {
    const engine = buildEngine(assembleCorpus(this.dir, [...docs], this.current.corpus.warnings), this.current.lexicon);
    this.current = engine;
    // Not awaited: the change is live at once; warming only moves a one-off cost off the next user.
    void warmUp(engine);
  }
}
