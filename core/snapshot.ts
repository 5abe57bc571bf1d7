/**
 * A persisted engine: the documents, passages, learnt outlets and index of a
 * corpus folder written to one file, so a process that opens an unchanged
 * corpus reads one file instead of tokenising every document again.
 *
 * Freshness is judged without reading the documents: the snapshot is keyed by
 * the folder's file list with sizes and modification times, and by
 * SNAPSHOT_FORMAT, which changes whenever indexing or metadata rules change.
 *
 * File layout: "CTSNAP1\n", a uint32 header length, the JSON header, then
 * 8-byte-aligned sections (document texts as UTF-8, postings, tfs, lengths,
 * token sequences).
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleCorpus, type CorpusFile } from './corpus/load.js';
import { SearchIndex, type IndexParts } from './retrieve/index.js';
import { OutletRegistry } from './text/outlets.js';
import type { Corpus, Doc, Passage } from './corpus/types.js';

/** Bump when the file layout changes; the rules that build what it holds are fingerprinted by content (rulesDigest). */
export const SNAPSHOT_FORMAT = 'claimtrail-snapshot-8';

// What a snapshot's content depends on besides the documents: tokenising, stemming,
// passage cutting, metadata and outlet rules, and the outlet gazetteer. Hashed by
// content, so a change to any of them rebuilds — no version to remember to bump.
const RULE_DIRS = ['corpus', 'text'];
const RULE_FILES = ['retrieve/index', 'retrieve/indexParts', 'snapshot'];
const GAZETTEER = fileURLToPath(new URL('../data/lexicon/outlets.txt', import.meta.url));
let rules: string | null = null;

/** A digest of the indexing rules' sources and the gazetteer, computed once per process. */
export function rulesDigest(): string {
  if (rules) return rules;
  const here = dirname(fileURLToPath(import.meta.url));
  const isSource = (f: string) => /\.(?:ts|js)$/.test(f) && !f.endsWith('.d.ts');
  const files = [
    ...RULE_DIRS.flatMap((d) => readdirSync(join(here, d)).filter(isSource).map((f) => join(here, d, f))),
    ...RULE_FILES.flatMap((f) => ['.ts', '.js'].map((ext) => join(here, `${f}${ext}`)).filter((x) => existsSync(x))),
    GAZETTEER,
  ].sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.slice(here.length)}\0`).update(readFileSync(f)).update('\0');
  return (rules = hash.digest('hex'));
}
const MAGIC = Buffer.from('CTSNAP1\n');

export const DEFAULT_SNAPSHOT_DIR = fileURLToPath(new URL('../data/store/index/', import.meta.url));

export function snapshotPath(root: string, dir = DEFAULT_SNAPSHOT_DIR): string {
  return join(dir, `${createHash('sha256').update(root).digest('hex').slice(0, 16)}.snap`);
}

export function corpusFingerprint(files: CorpusFile[], warnings: string[], maxBytes: number): string {
  const hash = createHash('sha256').update(SNAPSHOT_FORMAT).update(`\0${rulesDigest()}\0${maxBytes}\0`);
  for (const f of files) hash.update(`${f.rel}\0${f.size}\0${f.mtimeMs}\0`);
  for (const w of warnings) hash.update(`${w}\0`);
  return hash.digest('hex');
}

interface Header {
  fingerprint: string;
  dir: string;
  version: string;
  warnings: string[];
  outlets: string[];
  docs: Array<Omit<Doc, 'text' | 'passages'> & { textBytes: number; passages: number[] }>;
  terms: string[];
  sections: { texts: number; offsets: number; docs: number; tfs: number; lengths: number; seqOffsets: number; seqStems: number; seqNames: number };
}

export interface Snapshot {
  corpus: Corpus;
  index: SearchIndex;
  outlets: OutletRegistry;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

export async function writeSnapshot(path: string, fingerprint: string, snap: Snapshot, outletNames: string[]): Promise<void> {
  const { corpus, index } = snap;
  const parts = index.toParts();
  const texts = corpus.docs.map((d) => Buffer.from(d.text, 'utf8'));
  const textBlob = Buffer.concat(texts);
  const header: Header = {
    fingerprint,
    dir: corpus.dir,
    version: corpus.version,
    warnings: corpus.warnings,
    outlets: outletNames,
    docs: corpus.docs.map((d, i) => ({
      id: d.id,
      file: d.file,
      title: d.title,
      outlet: d.outlet,
      date: d.date,
      lang: d.lang,
      textBytes: texts[i]!.length,
      passages: d.passages.flatMap((p) => [p.start, p.end]),
    })),
    terms: parts.terms,
    sections: {
      texts: textBlob.length,
      offsets: parts.offsets.byteLength,
      docs: parts.docs.byteLength,
      tfs: parts.tfs.byteLength,
      lengths: parts.lengths.byteLength,
      seqOffsets: parts.seqOffsets.byteLength,
      seqStems: parts.seqStems.byteLength,
      seqNames: parts.seqNames.byteLength,
    },
  };
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBuf.length);
  const chunks: Buffer[] = [MAGIC, len, headerBuf];
  let offset = MAGIC.length + 4 + headerBuf.length;
  const pad = () => {
    const p = align8(offset) - offset;
    if (p) chunks.push(Buffer.alloc(p));
    offset += p;
  };
  for (const section of [textBlob, parts.offsets, parts.docs, parts.tfs, parts.lengths, parts.seqOffsets, parts.seqStems, parts.seqNames]) {
    pad();
    const buf = Buffer.isBuffer(section) ? section : Buffer.from(section.buffer, section.byteOffset, section.byteLength);
    chunks.push(buf);
    offset += buf.length;
  }
  await mkdir(dirname(path), { recursive: true });
  // Written beside and renamed over: a reader never sees half a snapshot.
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(tmp, Buffer.concat(chunks));
    await rename(tmp, path);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** The snapshot at `path` if it exists, is well-formed and matches `fingerprint`; else null. */
export async function readSnapshot(path: string, fingerprint: string): Promise<Snapshot | null> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch {
    return null;
  }
  try {
    if (buf.length < MAGIC.length + 4 || !buf.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const headerLen = buf.readUInt32LE(MAGIC.length);
    let offset = MAGIC.length + 4;
    const header = JSON.parse(buf.toString('utf8', offset, offset + headerLen)) as Header;
    if (header.fingerprint !== fingerprint) return null;
    offset += headerLen;
    const take = (bytes: number) => {
      offset = align8(offset);
      const start = offset;
      offset += bytes;
      if (offset > buf.length) throw new Error('truncated snapshot');
      return start;
    };
    // Copy into a fresh aligned buffer only if Node's pool gave an unaligned one.
    const base = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    const view = <T>(Ctor: new (b: ArrayBufferLike, o: number, n: number) => T, bytes: number, size: number): T =>
      new Ctor(base.buffer, base.byteOffset + take(bytes), bytes / size);
    const s = header.sections;
    const textStart = take(s.texts);
    const parts: IndexParts = {
      terms: header.terms,
      offsets: view(Uint32Array, s.offsets, 4),
      docs: view(Uint32Array, s.docs, 4),
      tfs: view(Uint16Array, s.tfs, 2),
      lengths: view(Float32Array, s.lengths, 4),
      seqOffsets: view(Uint32Array, s.seqOffsets, 4),
      seqStems: view(Int32Array, s.seqStems, 4),
      seqNames: view(Int32Array, s.seqNames, 4),
    };
    let pos = textStart;
    const docs: Doc[] = header.docs.map(({ textBytes, passages: bounds, ...meta }) => {
      const text = base.toString('utf8', pos, pos + textBytes);
      pos += textBytes;
      const passages: Passage[] = [];
      for (let k = 0; k < bounds.length; k += 2) {
        const start = bounds[k]!;
        const end = bounds[k + 1]!;
        const n = k / 2;
        passages.push({ id: `${meta.id}#${n}`, docId: meta.id, n, start, end, text: text.slice(start, end) });
      }
      return { ...meta, text, passages };
    });
    // The file is renamed into place whole, so its content hash need not be recomputed.
    const corpus = assembleCorpus(header.dir, docs, header.warnings, header.version);
    if (corpus.passages.length !== parts.lengths.length) return null;
    return { corpus, index: SearchIndex.fromParts(corpus.passages, parts), outlets: new OutletRegistry(header.outlets) };
  } catch {
    // A damaged or foreign file is only a cache miss: the corpus is rebuilt from its files.
    return null;
  }
}
