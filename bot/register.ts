/**
 * `npm run register`: sends the command definitions to Discord — to one
 * guild when DISCORD_GUILD_ID is set (instant, for testing), else globally
 * (all servers; Discord may take a while to show changes). Separate from the
 * running bot: definitions change rarely, and registering on every start
 * would spend a rate-limited call for nothing.
 */
import { pathToFileURL } from 'node:url';
import { REST, Routes, type RESTGetCurrentApplicationResult } from 'discord.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { commandDefinitions } from '../commands/index.js';

export interface RegisterResult {
  scope: 'global' | 'guild';
  applicationId: string;
  names: string[];
}

/**
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
export async function registerCommands(config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL' | 'DISCORD_GUILD_ID'>): Promise<RegisterResult> {
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  // The application id is the token's owner: ask rather than make the user copy it.
  const app = (await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
  const body = commandDefinitions();
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(app.id, config.DISCORD_GUILD_ID) : Routes.applicationCommands(app.id);
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { scope: config.DISCORD_GUILD_ID ? 'guild' : 'global', applicationId: app.id, names: saved.map((c) => c.name) };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`register: invalid environment\n${err.problems.map((p) => `  ${p}\n`).join('')}`);
    process.exit(2);
  }
  try {
    const result = await registerCommands(config);
    const where = result.scope === 'guild' ? `guild ${config.DISCORD_GUILD_ID}` : 'all servers (global; may take a while to appear)';
    process.stdout.write(`Registered ${result.names.length} commands for ${where}: ${result.names.join(', ')}\n`);
  } catch (err) {
    const status = (err as { status?: number }).status;
    process.stderr.write(`register: ${status === 401 ? 'Discord refused the token (401): check DISCORD_TOKEN' : (err as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
