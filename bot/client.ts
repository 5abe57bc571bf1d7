/**
 * The discord.js client: Guilds intent only (slash commands, buttons and
 * modals need no message content), mentions off by default for every
 * payload, and the REST base from the config — pointing it at a local server
 * runs the whole bot against it, since the gateway URL is asked from REST.
 */
import { Client, GatewayIntentBits } from 'discord.js';
import type { Config } from './config.js';

export function createClient(config: Pick<Config, 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.DISCORD_API_URL },
    allowedMentions: { parse: [] },
  });
}
