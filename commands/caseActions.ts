/**
 * The buttons on a report: Passages (anyone, private answer), Mark reviewed
 * (moderators), Dispute (anyone, with a reason asked in a modal). Reviews and
 * disputes change the case status, are written to the audit log before the
 * report shows the new status, and are posted in the case thread.
 */
import {
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  userMention,
  type ButtonInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { BotDeps, ButtonHandler, ModalHandler } from '../bot/command.js';
import type { Case, CaseStatus } from '../bot/cases.js';
import { postToCaseThread } from '../bot/caseThread.js';
import { UserError } from '../bot/errors.js';
import { toPayload } from '../bot/payload.js';
import { caseButtons, quoteBlock, renderPassages, renderReport, safeText } from '../bot/render.js';

const REASON_MAX = 1000;

async function caseFor(interaction: ButtonInteraction | ModalSubmitInteraction, arg: string, deps: BotDeps): Promise<Case> {
  const id = Number(arg);
  const kase = Number.isSafeInteger(id) ? await deps.store.cases.get(id) : undefined;
  // A case from another server is as unknown here as a missing one.
  if (!kase || kase.guildId !== interaction.guildId) throw new UserError('This case no longer exists.', 'case.unknown');
  return kase;
}

/** Moves a case to `status`, audit entry first; the report message is then redrawn and the thread told. */
async function changeStatus(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  arg: string,
  status: Exclude<CaseStatus, 'open'>,
  reason: string | null,
  deps: BotDeps,
): Promise<void> {
  const known = await caseFor(interaction, arg, deps);
  const kase = await deps.store.cases.update(known.id, async (c) => {
    if (status === 'reviewed' && c.status === 'reviewed') throw new UserError(`Case #${c.id} is already marked reviewed.`, 'case.already-reviewed');
    await deps.audit.append({
      guildId: c.guildId, channelId: interaction.channelId, userId: interaction.user.id,
      action: status === 'reviewed' ? 'case.review' : 'case.dispute', caseId: c.id, claim: c.claim, reportDigest: c.reportDigest, detail: reason,
    });
    c.status = status;
    c.history.push(deps.store.cases.event(status, interaction.user.id, reason));
    return c;
  });
  const view = renderReport(kase.report, kase, kase.private ? 'file' : 'thread');
  // Only the embeds change: the attachments already on the message stay.
  await interaction.editReply({ embeds: view.main.embeds, components: caseButtons(kase.id, kase.private), allowedMentions: { parse: [] } });
  const by = userMention(interaction.user.id);
  const content =
    status === 'reviewed'
      ? `Case #${kase.id} marked **reviewed** by ${by}.`
      : `Case #${kase.id} **disputed** by ${by}. Reason:\n${quoteBlock(safeText(reason ?? ''))}`;
  await postToCaseThread(interaction.client, kase, { content, embeds: [], files: [] }, deps);
}

export const passagesButton: ButtonHandler = {
  id: 'case-passages',
  cooldown: 2,
  async execute(interaction, arg, deps) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const kase = await caseFor(interaction, arg, deps);
    await interaction.editReply(toPayload(renderPassages(kase.report, kase)));
  },
};

export const reviewButton: ButtonHandler = {
  id: 'case-review',
  moderatorOnly: true,
  async execute(interaction, arg, deps) {
    await interaction.deferUpdate();
    await changeStatus(interaction, arg, 'reviewed', null, deps);
  },
};

export const disputeButton: ButtonHandler = {
  id: 'case-dispute',
  cooldown: 5,
  async execute(interaction, arg, deps) {
    // A modal must be the first answer, so no deferral here; nothing slow happens before it.
    const kase = await caseFor(interaction, arg, deps);
    const modal = new ModalBuilder()
      .setCustomId(`case-dispute-modal:${kase.id}`)
      .setTitle(`Dispute case #${kase.id}`)
      .addLabelComponents(
        new LabelBuilder()
          .setLabel('Why is this report wrong or incomplete?')
          .setTextInputComponent(
            new TextInputBuilder().setCustomId('reason').setStyle(TextInputStyle.Paragraph).setMinLength(5).setMaxLength(REASON_MAX).setRequired(true),
          ),
      );
    await interaction.showModal(modal);
  },
};

export const disputeModal: ModalHandler = {
  id: 'case-dispute-modal',
  async execute(interaction, arg, deps) {
    if (interaction.isFromMessage()) await interaction.deferUpdate();
    else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const reason = interaction.fields.getTextInputValue('reason').trim().slice(0, REASON_MAX);
    if (!reason) throw new UserError('A dispute needs a reason.', 'case.no-reason');
    await changeStatus(interaction, arg, 'disputed', reason, deps);
    await interaction.followUp({ content: 'Your dispute is recorded and posted in the case thread.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  },
};
