/** Per-guild settings the moderators change with `/config`. */
import type Keyv from 'keyv';

export interface GuildSettings {
  /** Where audit entries are also posted; null when unset. */
  modlogChannelId: string | null;
}

const DEFAULTS: GuildSettings = { modlogChannelId: null };

export class GuildConfigStore {
  constructor(private readonly kv: Keyv) {}

  async get(guildId: string): Promise<GuildSettings> {
    return { ...DEFAULTS, ...(((await this.kv.get(`guild:${guildId}`)) as Partial<GuildSettings> | undefined) ?? {}) };
  }

  async set(guildId: string, settings: GuildSettings): Promise<void> {
    await this.kv.set(`guild:${guildId}`, settings);
  }
}
