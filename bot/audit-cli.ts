/**
 * `npm run audit -- <command>`: the audit log from a terminal, without Discord.
 *
 *   verify [--guild ID]        recompute every chain (or one); exit 1 if one is broken
 *   recent [N] --guild ID      the last N entries (default 10) as JSON Lines
 *   export --guild ID          every entry as JSON Lines, on stdout
 *
 * Reads STORE_URL like the bot. Stop the bot first or run it read-only:
 * appends are serialised inside the bot's process only.
 */
import { openStore } from '../core/store.js';
import { AuditLogs } from './audit.js';
import { ConfigError, loadStoreConfig } from './config.js';
import { openBotKeyv } from './storage.js';

const USAGE = 'usage: npm run audit -- verify [--guild ID] | recent [N] --guild ID | export --guild ID\n';

function parseArgs(argv: string[]): { command: string; guild: string | null; n: number } {
  const [command = '', ...rest] = argv;
  let guild: string | null = null;
  let n = 10;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--guild') guild = rest[++i] ?? null;
    else if (arg.startsWith('--guild=')) guild = arg.slice('--guild='.length);
    else if (/^\d+$/.test(arg)) n = Number(arg);
    else throw new Error(`unknown argument ${arg}`);
  }
  return { command, guild, n };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!['verify', 'recent', 'export'].includes(args.command) || (args.command !== 'verify' && !args.guild)) {
    process.stderr.write(USAGE);
    return 2;
  }
  let env;
  try {
    env = loadStoreConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`audit: invalid environment\n${err.problems.map((p) => `  ${p}\n`).join('')}`);
    return 2;
  }
  const store = await openStore(env.STORE_URL);
  try {
    const logs = new AuditLogs(openBotKeyv(store));
    if (args.command === 'verify') {
      const guilds = args.guild ? [args.guild] : await logs.guilds();
      if (guilds.length === 0) process.stdout.write('no audit log in this store\n');
      let broken = 0;
      for (const guild of guilds) {
        const check = await logs.forGuild(guild).verify();
        if (check.ok) {
          process.stdout.write(`guild ${guild}: intact, ${check.count} entries, head #${check.head.seq} ${check.head.hash}\n`);
        } else {
          broken += 1;
          process.stdout.write(`guild ${guild}: BROKEN at entry #${check.firstBadSeq}: ${check.reason}` + (check.head ? ` (stored head #${check.head.seq} ${check.head.hash})` : '') + '\n');
        }
      }
      return broken > 0 ? 1 : 0;
    }
    const log = logs.forGuild(args.guild!);
    if (args.command === 'recent') {
      for (const e of await log.recent(args.n)) process.stdout.write(`${JSON.stringify(e)}\n`);
    } else {
      for await (const e of log.entries()) process.stdout.write(`${JSON.stringify(e)}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
