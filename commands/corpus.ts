/**
 * `/corpus list | add file:<attachment> | remove id:<doc>` (moderators).
 * An upload must be a .txt or .md file of UTF-8 text up to 2 MiB (the
 * loader's own limit); it is searchable at once and kept in the corpus folder.
 */
import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../bot/command.js';
import { downloadAttachment } from '../bot/attachments.js';
import { MAX_UPLOAD_BYTES, type DocSummary } from '../bot/corpus.js';
import { LIMITS, truncate } from '../bot/embedLimits.js';
import { toPayload } from '../bot/payload.js';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../bot/preconditions.js';
import { safeText } from '../bot/render.js';

const MiB = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;

function docLine(d: DocSummary): string {
  return `\`${d.id}\` · ${d.outlet ? safeText(truncate(d.outlet, 60)) : 'unknown outlet'} · ${d.passages} passages — ${safeText(truncate(d.title ?? d.file, 120))}`;
}

export const corpus: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('corpus')
    .setDescription('List, add or remove corpus documents (moderators)')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(MODERATOR_DEFAULT_PERMISSIONS)
    .addSubcommand((s) => s.setName('list').setDescription('The documents the bot searches'))
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription(`Add a document (.txt or .md, UTF-8, up to ${MiB(MAX_UPLOAD_BYTES)})`)
        .addAttachmentOption((o) => o.setName('file').setDescription('A .txt or .md file').setRequired(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Remove a document by id (see /corpus list)')
        .addStringOption((o) => o.setName('id').setDescription('Document id').setRequired(true).setMaxLength(200)),
    ),
  moderatorOnly: true,
  cooldown: 2,
  async execute(interaction, deps) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const sub = interaction.options.getSubcommand(true);
    const audit = (action: 'corpus.add' | 'corpus.remove') => async (doc: DocSummary) => {
      await deps.audit.append({
        guildId: interaction.guildId!, channelId: interaction.channelId, userId: interaction.user.id,
        action, caseId: null, claim: null, reportDigest: null, detail: doc.file,
      });
    };

    if (sub === 'list') {
      const docs = deps.corpus.list();
      const lines = docs.map(docLine);
      const body = lines.join('\n');
      const fits = body.length <= LIMITS.description;
      await interaction.editReply(
        toPayload({
          content: `${docs.length} document${docs.length === 1 ? '' : 's'} in the corpus${fits ? '' : ' (full list attached)'}.`,
          embeds: docs.length ? [{ title: 'Corpus', description: fits ? body : truncate(body, LIMITS.description) }] : [],
          files: fits ? [] : [{ name: 'corpus.txt', data: Buffer.from(docs.map((d) => `${d.id}\t${d.outlet ?? ''}\t${d.passages}\t${d.title ?? d.file}`).join('\n')) }],
        }),
      );
      return;
    }

    if (sub === 'add') {
      const file = interaction.options.getAttachment('file', true);
      const bytes = await downloadAttachment({ name: file.name, url: file.url, size: file.size }, MAX_UPLOAD_BYTES);
      const doc = await deps.corpus.add(file.name, bytes, audit('corpus.add'));
      await interaction.editReply({
        content: `Added \`${doc.id}\` (${doc.passages} passages${doc.outlet ? `, outlet ${safeText(doc.outlet)}` : ''}). It is searchable now.`,
        allowedMentions: { parse: [] },
      });
      return;
    }

    const doc = await deps.corpus.remove(interaction.options.getString('id', true).trim(), audit('corpus.remove'));
    await interaction.editReply({ content: `Removed \`${doc.id}\` from the corpus.`, allowedMentions: { parse: [] } });
  },
};
