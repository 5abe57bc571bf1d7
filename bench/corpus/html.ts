/**
 * HTML documentation pages to blocks, with regular expressions rather than a
 * parser: the pages are generated (DocBook, Sphinx, LibreOffice's help
 * compiler), well formed, and we only need their running text. Code, tables,
 * navigation and scripts are dropped whole; inline markup is unwrapped.
 */
import { decodeEntities, squash, type Block, type Page } from './blocks.js';

// Elements whose content is never running text.
const DROP_RE =
  /<(script|style|pre|table|info|screen|synopsis|programlisting|nav|header|footer|aside|noscript|svg|math|button|select|textarea|form|object|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT_RE = /<!--[\s\S]*?-->/g;
const HEADING_RE = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi;
// Closing or opening any of these ends a paragraph.
const BLOCK_TAG_RE =
  /<\/?(?:p|div|li|ul|ol|dl|dt|dd|br|hr|tr|td|th|blockquote|section|article|figure|figcaption|caption|main|body|html|title|h[1-6]|center|address|details|summary)\b[^>]*>/gi;
const TAG_RE = /<[^>]+>/g;
const HEADING_MARK = '\u0001H';

function inlineText(html: string): string {
  return squash(decodeEntities(html.replace(TAG_RE, ' ')));
}

export function htmlToPage(html: string): Page {
  const titleMatch = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = titleMatch ? inlineText(titleMatch[1]!) : '';
  const bodyStart = html.search(/<body\b/i);
  let body = bodyStart >= 0 ? html.slice(bodyStart) : html;
  // Nested drops (a <pre> inside a <table>) need more than one pass.
  body = body.replace(COMMENT_RE, ' ');
  for (let i = 0; i < 3; i++) body = body.replace(DROP_RE, '\n\n');
  body = body.replace(HEADING_RE, (_m, level: string, inner: string) =>
    Number(level) <= 3 ? `\n\n${HEADING_MARK}${inlineText(inner)}\n\n` : `\n\n${inlineText(inner)}\n\n`,
  );
  body = body.replace(BLOCK_TAG_RE, '\n\n').replace(TAG_RE, '');
  const blocks: Block[] = [];
  for (const chunk of body.split(/\n\s*\n/)) {
    if (chunk.startsWith(HEADING_MARK)) {
      const text = squash(chunk.slice(HEADING_MARK.length));
      if (text) blocks.push({ kind: 'heading', text });
      continue;
    }
    const text = squash(decodeEntities(chunk));
    if (text) blocks.push({ kind: 'para', text });
  }
  return { title, blocks };
}
