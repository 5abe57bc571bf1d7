/**
 * The bot's environment, validated once at start-up. A bad variable stops the
 * process with one line per problem, before anything connects.
 */
import { z } from 'zod';

// An unset variable and an empty one (`FOO=` in a .env file) mean the same: the default.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

const storeUrl = z
  .string()
  .regex(/^(sqlite|redis|rediss|postgres|postgresql):\/\//, 'must start with sqlite://, redis:// or postgres://');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const StoreEnvSchema = z.object({
  STORE_URL: optional(storeUrl),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)).default('info'),
});

export const EnvSchema = StoreEnvSchema.extend({
  DISCORD_TOKEN: z
    .string({ error: 'is required: the bot token from the Developer Portal (Bot → Reset Token)' })
    .trim()
    .min(1, 'is required: the bot token from the Developer Portal (Bot → Reset Token)'),
  DISCORD_GUILD_ID: optional(snowflake),
  /** REST base without the version; the gateway URL is then asked from it (`GET /gateway/bot`). */
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })).default(
    'https://discord.com/api',
  ),
  CLAIMTRAIL_CORPUS: optional(z.string()).default('data/corpus'),
  /** Verifications run at once; the rest wait in the queue. */
  VERIFY_CONCURRENCY: optional(z.coerce.number().int().min(1).max(64)).default(4),
  /** Verifications allowed to wait; beyond this a request is answered "busy" at once. */
  VERIFY_QUEUE_LIMIT: optional(z.coerce.number().int().min(0).max(1000)).default(16),
});

export type Config = z.infer<typeof EnvSchema>;
export type StoreConfig = z.infer<typeof StoreEnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

function parseWith<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  // One line per variable, never the value: a mistyped token must not reach a terminal log.
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
  throw new ConfigError([...new Set(problems)]);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return parseWith(EnvSchema, env);
}

/** What the audit CLI needs: the store, not Discord. */
export function loadStoreConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  return parseWith(StoreEnvSchema, env);
}
