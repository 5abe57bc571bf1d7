/**
 * Discord's message and embed limits, and the helpers that keep every payload
 * inside them: a payload over a limit is rejected whole (HTTP 400), so the
 * renderer measures before it sends instead of hoping.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
import type { APIEmbed } from 'discord.js';

export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Summed over every embed of one message. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  threadName: 100,
} as const;

/**
 * Cuts `text` to at most `max` UTF-16 units (Discord counts characters; a
 * UTF-16 count is never smaller), ending with "…" when cut, never inside a
 * surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  // A dangling backslash would escape the ellipsis, or worse, a later character.
  let head = text.slice(0, cut);
  while (head.endsWith('\\')) head = head.slice(0, -1);
  return `${head}…`;
}

/** Characters Discord counts towards the 6000 total of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += embed.footer?.text.length ?? 0;
  n += embed.author?.name.length ?? 0;
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/**
 * Splits `text` into chunks of at most `max`, preferring paragraph, line and
 * word boundaries.
 */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'));
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

/**
 * Groups embeds into messages of at most 10 embeds and 6000 characters.
 * @param maxMessages messages beyond this are not made; `dropped` says how many embeds were left out
 */
export function packEmbeds(embeds: APIEmbed[], maxMessages: number): { messages: APIEmbed[][]; dropped: number } {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  let i = 0;
  for (; i < embeds.length; i++) {
    const embed = embeds[i]!;
    const len = embedLength(embed);
    if (current.length > 0 && (current.length >= LIMITS.embedsPerMessage || size + len > LIMITS.embedsTotal)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    if (messages.length >= maxMessages) break;
    current.push(embed);
    size += len;
  }
  if (current.length > 0 && messages.length < maxMessages) messages.push(current);
  return { messages, dropped: embeds.length - i };
}
