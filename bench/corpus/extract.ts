/**
 * Reading one unpacked package: every file a source includes, converted to a
 * Page (HTML, man page, or plain text with blank-line paragraphs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlToPage } from './html.js';
import { roffToPage } from './roff.js';
import { squash, type Page } from './blocks.js';
import type { Source } from './sources.js';

/** Regular files under `dir` (symlinks — man page aliases — skipped), sorted for a stable order. */
export function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

function readText(path: string): string {
  const bytes = readFileSync(path);
  const raw = path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
  return new TextDecoder('utf-8').decode(raw);
}

function textToPage(text: string, title: string): Page {
  const blocks = text
    .split(/\n\s*\n/)
    .map((p) => squash(p))
    .filter(Boolean)
    .map((p) => ({ kind: /^[\d.]+\s+\p{Lu}/u.test(p) && p.length < 80 ? ('heading' as const) : ('para' as const), text: p }));
  return { title, blocks };
}

export interface SourcePage {
  path: string;
  page: Page;
}

export function* pagesOf(root: string, source: Source): Generator<SourcePage> {
  const dir = join(root, source.pkg);
  for (const path of listFiles(dir)) {
    const rel = path.slice(dir.length);
    if (!source.include.test(rel) || source.exclude?.test(rel)) continue;
    let text: string;
    try {
      text = readText(path);
    } catch {
      continue;
    }
    const name = basename(rel).replace(/\.(gz|x?html?|txt)$/g, '');
    const page =
      source.kind === 'html' ? htmlToPage(text) : source.kind === 'roff' ? roffToPage(text, name) : textToPage(text, name);
    if (page) yield { path: rel, page: { ...page, title: page.title || name } };
  }
}
