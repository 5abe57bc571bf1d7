/**
 * The one `interactionCreate` listener: finds the handler, applies the rules
 * it declares (moderators only, cooldown), runs it, and turns whatever it
 * throws into an answer — a UserError or core's ClaimError as the message
 * itself, anything else as "something went wrong (ref …)" with the same ref
 * in the log. Nothing a handler does can take the process down.
 *
 * It also tracks handlers in flight, so shutdown can stop taking work and
 * wait for the verifications already started.
 */
import { MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import { ClaimError } from '../core/verify.js';
import { CorpusError } from '../core/corpus/load.js';
import type { BotDeps, CommandSet } from './command.js';
import { UserError, errorRef } from './errors.js';
import { Cooldowns, checkModerator, type Check } from './preconditions.js';
import type { Logger } from './logger.js';

type Rules = { cooldown?: number; moderatorOnly?: boolean };
type Route = { name: string; rules: Rules; run: () => Promise<void> };

export class Dispatcher {
  private readonly cooldowns = new Cooldowns();
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly commands: CommandSet,
    private readonly deps: BotDeps,
  ) {}

  /** The listener: never rejects. */
  handle = (interaction: Interaction): Promise<void> => {
    this.received.add(interaction);
    const task = this.dispatch(interaction).catch((err: unknown) => {
      this.deps.logger.error({ err, interactionId: interaction.id }, 'dispatcher failed');
    });
    this.inFlight.add(task);
    void task.finally(() => {
      this.inFlight.delete(task);
      this.received.delete(interaction);
    });
    return task;
  };

  /** Interactions received whose acknowledgement has not been sent yet. */
  private readonly received = new Set<Interaction>();

  /** Whether some interaction still waits for its acknowledgement (verifications yield to it). */
  hasUnacknowledged(): boolean {
    for (const i of this.received) {
      if (!i.isRepliable() || i.deferred || i.replied) continue;
      return true;
    }
    return false;
  }

  /** Stop taking new work (new interactions are told to retry shortly). */
  stop(): void {
    this.stopping = true;
  }

  /** Resolves when every handler in flight has finished, or after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const done = Promise.all([...this.inFlight]).then(() => true as const);
    const finished = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return finished;
  }

  private route(interaction: Interaction): Route | null {
    const deps = this.deps;
    if (interaction.isChatInputCommand()) {
      const c = this.commands.slash.find((x) => x.data.name === interaction.commandName);
      return c ? { name: c.data.name, rules: c, run: () => c.execute(interaction, deps) } : null;
    }
    if (interaction.isMessageContextMenuCommand()) {
      const c = this.commands.message.find((x) => x.data.name === interaction.commandName);
      return c ? { name: c.data.name, rules: c, run: () => c.execute(interaction, deps) } : null;
    }
    if (interaction.isButton() || interaction.isModalSubmit()) {
      const [id = '', arg = ''] = interaction.customId.split(/:(.*)/s);
      if (interaction.isButton()) {
        const h = this.commands.buttons.find((x) => x.id === id);
        return h ? { name: h.id, rules: h, run: () => h.execute(interaction, arg, deps) } : null;
      }
      const h = this.commands.modals.find((x) => x.id === id);
      return h ? { name: h.id, rules: h, run: () => h.execute(interaction, arg, deps) } : null;
    }
    return null;
  }

  private async dispatch(interaction: Interaction): Promise<void> {
    if (!interaction.isRepliable()) return; // autocomplete: none registered
    const route = this.route(interaction);
    const log = this.deps.logger.child({ interactionId: interaction.id, userId: interaction.user.id, guildId: interaction.guildId, handler: route?.name });
    if (!route) {
      log.warn({ type: interaction.type }, 'no handler for interaction');
      await answer(interaction, 'This command is not available any more; the bot may have been updated.', log);
      return;
    }
    if (this.stopping) {
      await answer(interaction, 'The bot is restarting; try again in a minute.', log);
      return;
    }
    const check = this.checkRules(route, interaction);
    if (!check.ok) {
      log.info({ refused: check.message }, 'refused by a precondition');
      await answer(interaction, check.message, log);
      return;
    }
    const started = Date.now();
    try {
      await route.run();
      log.info({ ms: Date.now() - started }, 'handled');
    } catch (err) {
      if (err instanceof UserError || err instanceof ClaimError || err instanceof CorpusError) {
        if (err instanceof UserError && err.identifier === 'verify.busy') this.cooldowns.release(route.name, interaction.user.id);
        log.info({ identifier: err instanceof UserError ? err.identifier : err.name, message: err.message }, 'user error');
        await answer(interaction, err.message, log);
        return;
      }
      const ref = errorRef();
      log.error({ err, ref, ms: Date.now() - started }, 'handler failed');
      await answer(interaction, `Something went wrong (ref ${ref}). The team running the bot can look it up with this reference.`, log);
    }
  }

  private checkRules(route: Route, interaction: RepliableInteraction): Check {
    const moderator = checkModerator(route.rules, interaction.memberPermissions);
    if (!moderator.ok) return moderator;
    if (route.rules.moderatorOnly && !interaction.inGuild()) return { ok: false, message: 'This only works in a server.' };
    return this.cooldowns.take(route.name, interaction.user.id, route.rules.cooldown);
  }
}

/**
 * Tells the user something privately, whatever state the interaction is in:
 * reply when nothing was sent yet; edit a private deferral; replace a public
 * "thinking…" (delete it, follow up privately); follow up otherwise.
 * Never throws: the interaction may have expired.
 */
export async function answer(interaction: RepliableInteraction, content: string, logger?: Logger): Promise<void> {
  const payload = { content, flags: MessageFlags.Ephemeral as const, allowedMentions: { parse: [] } };
  try {
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply(payload);
    } else if (interaction.deferred && !interaction.replied && interaction.ephemeral === true) {
      // A private deferral (commands and buttons alike): becomes the answer.
      await interaction.editReply({ content, embeds: [], components: [], files: [], allowedMentions: { parse: [] } });
    } else if (interaction.deferred && !interaction.replied && interaction.isCommand()) {
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp(payload);
    } else {
      // Components and modals deferred with deferUpdate: the message is the report; leave it, follow up.
      await interaction.followUp(payload);
    }
  } catch (err) {
    logger?.warn({ err }, 'could not answer the user');
  }
}
