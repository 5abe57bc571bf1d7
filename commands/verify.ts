/** `/verify claim:<text> [private:<bool>]`: where the corpus carries a claim, and who it is attributed to. */
import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../bot/command.js';
import { runVerification } from '../bot/verification.js';

export const verify: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('verify')
    .setDescription('Find where the corpus carries a claim, who it is attributed to, and who disputes it')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) =>
      o
        .setName('claim')
        .setDescription('The claim as it circulates (a sentence or a short paragraph)')
        .setRequired(true)
        // Discord's own maximum: longer claims are cut by the core at MAX_CLAIM_CHARS, with a note in the report.
        .setMaxLength(6000),
    )
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the report (no case thread)')),
  cooldown: 10,
  async execute(interaction, deps) {
    await runVerification(interaction, interaction.options.getString('claim', true), interaction.options.getBoolean('private') ?? false, deps);
  },
};
