/** `/config modlog [channel]` (moderators): where audit entries are also posted; no channel turns it off. */
import { ChannelType, InteractionContextType, MessageFlags, SlashCommandBuilder, channelMention } from 'discord.js';
import type { SlashCommand } from '../bot/command.js';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../bot/preconditions.js';

export const config: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('config')
    .setDescription('Bot settings for this server (moderators)')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(MODERATOR_DEFAULT_PERMISSIONS)
    .addSubcommand((s) =>
      s
        .setName('modlog')
        .setDescription('Also post every audit entry to a channel (leave empty to stop)')
        .addChannelOption((o) =>
          o.setName('channel').setDescription('A text channel the bot can post in').addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        ),
    ),
  moderatorOnly: true,
  cooldown: 2,
  async execute(interaction, deps) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const guildId = interaction.guildId!;
    const channel = interaction.options.getChannel('channel');
    const settings = await deps.store.guilds.get(guildId);
    await deps.audit.append({
      guildId, channelId: interaction.channelId, userId: interaction.user.id, action: 'config.modlog',
      caseId: null, claim: null, reportDigest: null, detail: channel ? `modlog=${channel.id}` : 'modlog=off',
    });
    await deps.store.guilds.set(guildId, { ...settings, modlogChannelId: channel?.id ?? null });
    await interaction.editReply({
      content: channel
        ? `Audit entries will also be posted to ${channelMention(channel.id)} (from this change on).`
        : 'Audit entries are no longer posted to a channel.',
      allowedMentions: { parse: [] },
    });
  },
};
