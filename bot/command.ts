/**
 * What a command file exports, and what every handler receives. Rules a
 * command needs (moderators only, a per-user cooldown) are declared here as
 * data and enforced by the dispatcher, never inside `execute`.
 */
import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Analyser } from '../core/analyse/types.js';
import type { ReportCache } from '../core/cache.js';
import type { AuditLogs } from './audit.js';
import type { CaseStore } from './cases.js';
import type { LiveCorpus } from './corpus.js';
import type { GuildConfigStore } from './guildConfig.js';
import type { Logger } from './logger.js';
import type { VerificationQueue } from './verifyQueue.js';

/** Everything a handler may use, passed in explicitly (no global container). */
export interface BotDeps {
  /** The searchable corpus; `corpus.engine` is the engine current at this moment. */
  corpus: LiveCorpus;
  analyser: Analyser;
  /** LLM reports by claim and corpus version; null when the analyser is not cached (offline). */
  reportCache: ReportCache | null;
  store: { cases: CaseStore; guilds: GuildConfigStore };
  audit: AuditLogs;
  verifications: VerificationQueue;
  logger: Logger;
}

interface Rules {
  /** Seconds a user waits between two uses. */
  cooldown?: number;
  /** Only members with Manage Server or Manage Messages. */
  moderatorOnly?: boolean;
}

interface Definition {
  name: string;
  toJSON(): RESTPostAPIApplicationCommandsJSONBody;
}

export interface SlashCommand extends Rules {
  data: Definition;
  execute(interaction: ChatInputCommandInteraction, deps: BotDeps): Promise<void>;
}

export interface MessageCommand extends Rules {
  data: Definition;
  execute(interaction: MessageContextMenuCommandInteraction, deps: BotDeps): Promise<void>;
}

/** Buttons and modals, routed by the part of `custom_id` before the first colon. */
export interface ButtonHandler extends Rules {
  id: string;
  execute(interaction: ButtonInteraction, arg: string, deps: BotDeps): Promise<void>;
}

export interface ModalHandler extends Rules {
  id: string;
  execute(interaction: ModalSubmitInteraction, arg: string, deps: BotDeps): Promise<void>;
}

export interface CommandSet {
  slash: SlashCommand[];
  message: MessageCommand[];
  buttons: ButtonHandler[];
  modals: ModalHandler[];
}
