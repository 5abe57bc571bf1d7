/**
 * The case thread: opened on a public report, it holds the full findings and
 * passages, and every later action on the case is posted there.
 */
import { ChannelType, ThreadAutoArchiveDuration, userMention, type Client, type RepliableInteraction, type ThreadChannel } from 'discord.js';
import type { Report } from '../core/schema.js';
import type { BotDeps } from './command.js';
import type { Case } from './cases.js';
import { NO_MENTIONS, toPayload } from './payload.js';
import { renderThreadMessages, threadName, type MessageView } from './render.js';

/**
 * Opens the thread on the report message and fills it. Returns the thread,
 * or null when the channel cannot hold one (then the caller attaches the file).
 */
export async function openCaseThread(
  interaction: RepliableInteraction,
  messageId: string,
  kase: Case,
  report: Report,
  deps: BotDeps,
): Promise<ThreadChannel | null> {
  const channel = interaction.channel ?? (await interaction.client.channels.fetch(interaction.channelId!));
  let thread: ThreadChannel;
  if (channel?.isThread()) {
    thread = channel; // verified inside a thread: threads do not nest, post here
  } else if (channel?.type === ChannelType.GuildText || channel?.type === ChannelType.GuildAnnouncement) {
    thread = await channel.threads.create({
      name: threadName(kase.id, kase.claim),
      startMessage: messageId,
      autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek,
      reason: `claimtrail case #${kase.id}`,
    });
  } else {
    return null;
  }
  await deps.store.cases.update(kase.id, (c) => ({ ...c, threadId: thread.id }));
  await thread.send({
    content:
      `Case #${kase.id} opened by ${userMention(kase.userId)}. Status: open.\n` +
      'The quotes below show where the corpus carries this claim and who it is attributed to; they do not show that it is true. ' +
      'Use the buttons on the report to mark it reviewed or to dispute it.',
    allowedMentions: NO_MENTIONS,
  });
  for (const view of renderThreadMessages(report, kase)) await thread.send(toPayload(view));
  return thread;
}

/** Posts to a case's thread; best effort (the thread may be gone), logged when it fails. */
export async function postToCaseThread(client: Client, kase: Case, view: MessageView, deps: BotDeps): Promise<void> {
  if (!kase.threadId) return;
  try {
    const thread = await client.channels.fetch(kase.threadId);
    if (thread?.isSendable()) await thread.send(toPayload(view));
  } catch (err) {
    deps.logger.warn({ err, caseId: kase.id, threadId: kase.threadId }, 'could not post to the case thread');
  }
}
