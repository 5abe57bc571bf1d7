/**
 * Fetching an uploaded attachment with a hard byte cap: Discord tells us the
 * size, but the download is checked too, so a lying or changing file cannot
 * make the bot buffer more than the limit.
 */
import { UserError } from './errors.js';

export interface AttachmentRef {
  name: string;
  url: string;
  size: number;
}

/**
 * @param maxBytes larger files are refused before (by declared size) and during the download
 * @returns the bytes, at most `maxBytes + 1` of them (one over, so the validator reports "too large")
 */
export async function downloadAttachment(file: AttachmentRef, maxBytes: number, timeoutMs = 15_000): Promise<Uint8Array> {
  if (file.size > maxBytes) {
    throw new UserError(`"${file.name}" is too large (${file.size} bytes; the limit is ${maxBytes}).`, 'corpus.too-large');
  }
  if (!/^https?:\/\//.test(file.url)) throw new UserError(`"${file.name}" has no downloadable URL.`, 'corpus.url');
  let response: Response;
  try {
    response = await fetch(file.url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    throw new UserError(`Could not download "${file.name}"; try again.`, 'corpus.download');
  }
  if (!response.ok || !response.body) throw new UserError(`Could not download "${file.name}" (HTTP ${response.status}).`, 'corpus.download');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(total, maxBytes + 1));
  let offset = 0;
  for (const c of chunks) {
    const part = c.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
    if (offset >= bytes.length) break;
  }
  return bytes;
}
