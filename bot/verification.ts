/**
 * One verification, shared by `/verify` and the "Verify claim" message menu:
 * check the claim and the queue (answers that must come at once), defer,
 * run the core in the queue, open a case, write the audit entry, then show
 * the report — and, when public, open the case thread.
 */
import {
  DiscordAPIError,
  MessageFlags,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { verifyWithCache } from '../core/cache.js';
import { DEFAULT_TOP, prepareClaim } from '../core/verify.js';
import type { Report } from '../core/schema.js';
import type { BotDeps } from './command.js';
import type { Case } from './cases.js';
import { openCaseThread } from './caseThread.js';
import { reportDigest } from './digest.js';
import { UserError } from './errors.js';
import { toPayload } from './payload.js';
import { caseButtons, markdownFile, renderReport } from './render.js';

/** An interaction token lives 15 minutes; a verification gets well under that. */
export const VERIFY_TIMEOUT_MS = 5 * 60_000;

type VerifyInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

export async function runVerification(interaction: VerifyInteraction, rawClaim: string, isPrivate: boolean, deps: BotDeps): Promise<void> {
  if (!interaction.inGuild()) throw new UserError('Verification works in a server channel, where the team can review it.', 'verify.dm');
  // Both checks are instant and their answers private: before deferring, so they arrive as ephemeral replies.
  prepareClaim(rawClaim);
  deps.verifications.assertRoom();
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});

  // The engine is taken when the run starts: a corpus change while queued is already searched.
  const report = await deps.verifications.run(() =>
    verifyWithCache(deps.reportCache, deps.corpus.engine, rawClaim, deps.analyser, { top: DEFAULT_TOP, signal: AbortSignal.timeout(VERIFY_TIMEOUT_MS) }),
  );
  const digest = reportDigest(report);
  const base = { guildId: interaction.guildId, channelId: interaction.channelId, userId: interaction.user.id };
  const kase = await deps.store.cases.create({ ...base, claim: report.claim, report, reportDigest: digest, private: isPrivate });
  await deps.audit.append({
    ...base,
    action: 'verify',
    caseId: kase.id,
    claim: report.claim,
    reportDigest: digest,
    detail: `${report.found ? 'found' : 'not found'}${isPrivate ? ', private' : ''}`,
  });

  const messageId = await showReport(interaction, report, kase, isPrivate, deps);
  // The report is shown and audited: from here a failure must not reach the dispatcher,
  // whose error path would replace the public report with an error message.
  try {
    await deps.store.cases.update(kase.id, (c) => ({ ...c, messageId }));
    if (isPrivate) return;
    const thread = await openCaseThread(interaction, messageId, kase, report, deps);
    if (!thread) await noThread(interaction, report, kase, 'this channel cannot hold threads');
  } catch (err) {
    deps.logger.warn({ err, caseId: kase.id }, 'could not complete the case after showing its report');
    const reason = err instanceof DiscordAPIError && err.status === 403 ? 'the bot lacks the Create Public Threads permission here' : 'an error, logged for the team';
    await noThread(interaction, report, kase, reason).catch((e: unknown) => deps.logger.warn({ err: e }, 'could not tell the user'));
  }
}

/** Edits the deferred reply into the report; falls back to a file if Discord refuses the embed. Returns the message id. */
async function showReport(interaction: VerifyInteraction, report: Report, kase: Case, isPrivate: boolean, deps: BotDeps): Promise<string> {
  const view = renderReport(report, kase, isPrivate ? 'file' : 'thread');
  const components = caseButtons(kase.id, isPrivate);
  try {
    return (await interaction.editReply(toPayload(view.main, components))).id;
  } catch (err) {
    if (!(err instanceof DiscordAPIError) || err.status !== 400) throw err;
    // Never a failed reply: whatever Discord disliked, the Markdown file carries the report.
    deps.logger.warn({ err, caseId: kase.id }, 'report embed refused; sending it as a file');
    const fallback = {
      content: `Case #${kase.id}: the report did not fit in a message; it is attached.`,
      embeds: [],
      files: [markdownFile(report, kase)],
    };
    return (await interaction.editReply(toPayload(fallback, components))).id;
  }
}

async function noThread(interaction: VerifyInteraction, report: Report, kase: Case, reason: string): Promise<void> {
  if (kase.private) return;
  await interaction.followUp({
    ...toPayload({ content: `No complete case thread for case #${kase.id} (${reason}); the full report is attached.`, embeds: [], files: [markdownFile(report, kase)] }),
    flags: MessageFlags.Ephemeral,
  });
}
