/**
 * Reading one document file safely: a team drops files into a folder, and a
 * binary, empty, oversized or non-UTF-8 file must be skipped with a reason
 * rather than poison the index or crash the loader.
 */
import { readFile, stat } from 'node:fs/promises';

export const DOC_EXTENSIONS = ['.txt', '.md'] as const;
/** Larger files are almost always dumps, not articles; split them first. */
export const MAX_DOC_BYTES = 2 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Validates raw bytes as a text document (also used for uploads). */
export function decodeDocument(bytes: Uint8Array, maxBytes = MAX_DOC_BYTES): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `too large (${bytes.length} bytes; the limit is ${maxBytes})` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary content (NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > Math.max(8, text.length * 0.01)) return { ok: false, reason: 'binary content (control characters)' };
  if (!/\p{L}{2,}/u.test(text)) return { ok: false, reason: 'no text (no words found)' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

export async function readDocumentFile(path: string, maxBytes = MAX_DOC_BYTES): Promise<DecodeResult> {
  const info = await stat(path);
  if (info.size > maxBytes) return { ok: false, reason: `too large (${info.size} bytes; the limit is ${maxBytes})` };
  return decodeDocument(await readFile(path), maxBytes);
}
