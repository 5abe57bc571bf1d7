/**
 * Pages to distractor documents the size of an article: a title line, then a
 * few prose paragraphs, one per line. A page is cut at its section headings
 * once a document has some body, and at TARGET_CHARS regardless; paragraphs
 * seen before (licence notes, repeated warnings, shared chapters) are dropped.
 */
import { isProse } from './prose.js';
import type { Page } from './blocks.js';

export interface DistractorDoc {
  /** File name without extension; unique in the pool. */
  name: string;
  lang: 'fr' | 'en';
  pkg: string;
  title: string;
  paragraphs: string[];
}

const TARGET_CHARS = 4000;
/** A heading closes a document only once it has this much body. */
const MIN_CUT_CHARS = 1200;

export function slug(text: string, max = 40): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || 'page'
  );
}

/** Key under which two paragraphs count as the same. */
export function paragraphKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export class DocCutter {
  readonly docs: DistractorDoc[] = [];
  private readonly seen = new Set<string>();
  private readonly names = new Set<string>();

  add(page: Page, pkg: string, lang: 'fr' | 'en'): void {
    let section = '';
    let body: string[] = [];
    let size = 0;
    const flush = () => {
      if (body.length > 0) this.push(pkg, lang, section ? `${page.title} — ${section}` : page.title, body);
      body = [];
      size = 0;
    };
    for (const block of page.blocks) {
      if (block.kind === 'heading') {
        if (size >= MIN_CUT_CHARS) flush();
        if (body.length === 0 && block.text !== page.title) section = block.text.slice(0, 120);
        continue;
      }
      if (!isProse(block.text)) continue;
      const key = paragraphKey(block.text);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      body.push(block.text);
      size += block.text.length;
      if (size >= TARGET_CHARS) flush();
    }
    flush();
  }

  private push(pkg: string, lang: 'fr' | 'en', title: string, paragraphs: string[]): void {
    const base = `x-${slug(pkg, 16)}-${slug(title)}`;
    let name = base;
    for (let i = 2; this.names.has(name); i++) name = `${base}-${i}`;
    this.names.add(name);
    this.docs.push({ name, lang, pkg, title: title.slice(0, 200), paragraphs });
  }
}

/** The file a document is written as: title line, then one paragraph a line. */
export function docText(doc: DistractorDoc): string {
  return `${doc.title}\n${doc.paragraphs.join('\n')}\n`;
}
