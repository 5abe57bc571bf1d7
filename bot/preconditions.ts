/**
 * The rules commands declare, checked centrally. A check returns a result
 * (allowed, or refused with the sentence to show) instead of throwing: a
 * refusal is an answer, not an error.
 */
import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

export type Check = { ok: true } | { ok: false; message: string };

const OK: Check = { ok: true };

/** Moderator = Manage Server or Manage Messages (Administrator implies both). */
export const MODERATOR_PERMISSIONS = [PermissionFlagsBits.ManageGuild, PermissionFlagsBits.ManageMessages];

export function isModerator(permissions: Readonly<PermissionsBitField> | null): boolean {
  return permissions?.any(MODERATOR_PERMISSIONS) ?? false;
}

export function checkModerator(rules: { moderatorOnly?: boolean }, permissions: Readonly<PermissionsBitField> | null): Check {
  if (!rules.moderatorOnly || isModerator(permissions)) return OK;
  return { ok: false, message: 'Only moderators (Manage Server or Manage Messages) can do this.' };
}

/** Per-user, per-command cooldowns, in memory (a restart forgives everyone). */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes the cooldown when allowed. */
  take(command: string, userId: string, seconds: number | undefined): Check {
    if (!seconds) return OK;
    const key = `${command}:${userId}`;
    const now = this.now();
    const until = this.until.get(key) ?? 0;
    if (until > now) return { ok: false, message: `Slow down: you can use this again in ${Math.ceil((until - now) / 1000)} s.` };
    this.until.set(key, now + seconds * 1000);
    if (this.until.size > 10_000) for (const [k, t] of this.until) if (t <= now) this.until.delete(k);
    return OK;
  }

  /** Gives a cooldown back (the request was refused before any work, e.g. "busy"). */
  release(command: string, userId: string): void {
    this.until.delete(`${command}:${userId}`);
  }
}

/**
 * What moderator-only commands register as `default_member_permissions`.
 * Discord shows such a command only to members holding every bit listed, so
 * listing both would hide it from a moderator with just one of them; Manage
 * Messages is the one moderators have, and server admins can widen access in
 * Server Settings → Integrations. The run-time check above accepts either.
 */
export const MODERATOR_DEFAULT_PERMISSIONS = PermissionFlagsBits.ManageMessages;
