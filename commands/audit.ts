/**
 * `/audit recent [n] | export | verify` (moderators): read the guild's audit
 * chain, download it as JSON Lines, or recompute it and say where it breaks.
 */
import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../bot/command.js';
import { LIMITS, truncate } from '../bot/embedLimits.js';
import { toPayload } from '../bot/payload.js';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../bot/preconditions.js';
import { auditLine } from '../bot/render.js';

/** Discord refuses bigger uploads on unboosted servers; the CLI exports any size. */
const MAX_EXPORT_BYTES = 8 * 1024 * 1024;

export const audit: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('audit')
    .setDescription('The audit log of verifications, reviews, disputes and changes (moderators)')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(MODERATOR_DEFAULT_PERMISSIONS)
    .addSubcommand((s) =>
      s
        .setName('recent')
        .setDescription('The latest entries')
        .addIntegerOption((o) => o.setName('n').setDescription('How many (default 10)').setMinValue(1).setMaxValue(25)),
    )
    .addSubcommand((s) => s.setName('export').setDescription('The whole log as a JSON Lines file'))
    .addSubcommand((s) => s.setName('verify').setDescription('Recompute the hash chain and say where it breaks')),
  moderatorOnly: true,
  cooldown: 3,
  async execute(interaction, deps) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const log = deps.audit.forGuild(interaction.guildId!);
    const sub = interaction.options.getSubcommand(true);

    if (sub === 'recent') {
      const entries = await log.recent(interaction.options.getInteger('n') ?? 10);
      if (entries.length === 0) {
        await interaction.editReply({ content: 'The audit log is empty.', allowedMentions: { parse: [] } });
        return;
      }
      const lines = entries.map(auditLine);
      // Keep the newest when the list is too long for one embed.
      while (lines.join('\n').length > LIMITS.description) lines.shift();
      await interaction.editReply(toPayload({ embeds: [{ title: `Audit log: last ${lines.length} entries`, description: lines.join('\n') }], files: [] }));
      return;
    }

    if (sub === 'export') {
      const lines: string[] = [];
      let bytes = 0;
      for await (const e of log.entries()) {
        const line = `${JSON.stringify(e)}\n`;
        bytes += Buffer.byteLength(line);
        lines.push(line);
      }
      // Over the upload limit: send the newest entries and say so.
      let dropped = 0;
      while (bytes > MAX_EXPORT_BYTES && lines.length > 0) {
        bytes -= Buffer.byteLength(lines.shift()!);
        dropped += 1;
      }
      const head = await log.head();
      await interaction.editReply(
        toPayload({
          content:
            `${lines.length} entries; head #${head?.seq ?? 0} \`${head?.hash ?? '—'}\`.` +
            (dropped ? ` The oldest ${dropped} entries did not fit; \`npm run audit -- export --guild ${interaction.guildId}\` exports everything.` : ''),
          embeds: [],
          files: [{ name: `audit-${interaction.guildId}-${new Date().toISOString().slice(0, 10)}.jsonl`, data: Buffer.from(lines.join(''), 'utf8') }],
        }),
      );
      return;
    }

    const check = await log.verify();
    const content = check.ok
      ? `The audit chain is intact: ${check.count} entries. Head #${check.head.seq} \`${check.head.hash}\`.`
      : `The audit chain is broken at entry #${check.firstBadSeq}: ${check.reason}. Entries before it verify (${check.count}).` +
        (check.head ? ` Stored head: #${check.head.seq} \`${check.head.hash}\`.` : '');
    await interaction.editReply({ content, allowedMentions: { parse: [] } });
  },
};
