/** Message menu "Verify claim": `/verify` on the text of the message it is used on. */
import { ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType } from 'discord.js';
import type { MessageCommand } from '../bot/command.js';
import { UserError } from '../bot/errors.js';
import { runVerification } from '../bot/verification.js';

export const verifyMessage: MessageCommand = {
  data: new ContextMenuCommandBuilder()
    .setName('Verify claim')
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild),
  cooldown: 10,
  async execute(interaction, deps) {
    const text = interaction.targetMessage.content.trim();
    if (!text) throw new UserError('That message has no text to verify (only attachments or embeds).', 'verify.no-text');
    await runVerification(interaction, text, false, deps);
  },
};
