/**
 * Copies audit entries to the guild's mod-log channel, when one is set: a
 * place outside the store where every entry's hash is witnessed, so a rewrite
 * of the whole stored log still shows. Best effort and in order; a failure is
 * logged, never shown to the user who acted (their action is already recorded).
 */
import type { Client } from 'discord.js';
import type { AuditEntry } from './audit.js';
import type { GuildConfigStore } from './guildConfig.js';
import type { Logger } from './logger.js';
import { NO_MENTIONS } from './payload.js';
import { auditLine } from './render.js';
import { SerialQueue } from './serial.js';

export class ModLog {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly client: Client,
    private readonly guilds: GuildConfigStore,
    private readonly logger: Logger,
  ) {}

  post(entry: AuditEntry): Promise<void> {
    return this.queue.run(async () => {
      try {
        const { modlogChannelId } = await this.guilds.get(entry.guildId);
        if (!modlogChannelId) return;
        const channel = await this.client.channels.fetch(modlogChannelId);
        if (!channel?.isSendable()) throw new Error('mod-log channel is not a channel the bot can post in');
        await channel.send({ content: `${auditLine(entry)}\nhash \`${entry.hash}\``, allowedMentions: NO_MENTIONS });
      } catch (err) {
        this.logger.warn({ err, guildId: entry.guildId, seq: entry.seq }, 'could not post an audit entry to the mod-log channel');
      }
    });
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }
}
