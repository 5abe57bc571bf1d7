/** Rendered views → discord.js payloads, every one with mentions disabled. */
import { AttachmentBuilder, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { MessageView } from './render.js';

/** Pings nobody: not @everyone, not roles, not users, whatever the text says. */
export const NO_MENTIONS = { parse: [] as [] };

export function toPayload(view: MessageView, components?: APIActionRowComponent<APIButtonComponent>[]) {
  return {
    ...(view.content !== undefined ? { content: view.content } : {}),
    embeds: view.embeds,
    files: view.files.map((f) => new AttachmentBuilder(f.data, { name: f.name })),
    ...(components ? { components } : {}),
    allowedMentions: NO_MENTIONS,
  };
}
