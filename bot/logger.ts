/**
 * Structured logs (pino). Secrets stay out: known fields are redacted, and
 * error messages and URLs are scrubbed of interaction and webhook tokens
 * (they appear in discord.js REST error URLs) and of anything that looks like
 * a bot token or an API key.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

const REDACT = [
  'token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'apiKey', '*.apiKey', 'OPENAI_API_KEY', '*.OPENAI_API_KEY',
  'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization', 'config', 'env',
];

const SECRET_PATTERNS: [RegExp, string][] = [
  // /webhooks/:app/:token and /interactions/:id/:token carry a short-lived credential.
  [/(\/(?:webhooks|interactions)\/\d+\/)[^/?\s"']+/g, '$1[token]'],
  // Bot tokens: base64 id . timestamp . hmac.
  [/[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}/g, '[token]'],
  [/\bsk-[\w-]{16,}/g, '[api-key]'],
  [/(Bot|Bearer)\s+[\w.-]{16,}/g, '$1 [token]'],
];

export function scrubSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((t, [re, to]) => t.replace(re, to), text);
}

function serializeError(err: unknown): unknown {
  const plain = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  for (const key of ['message', 'stack', 'url']) {
    if (typeof plain[key] === 'string') plain[key] = scrubSecrets(plain[key] as string);
  }
  // discord.js attaches the request body (files, payloads with user text) to API errors: not for logs.
  delete plain.requestBody;
  delete plain.rawError;
  return plain;
}

/**
 * @param level a pino level name
 * @param destination where lines go (stdout by default; tests pass a stream)
 * @param secrets exact strings (the bot token) that must never be written, whatever field they hide in
 */
export function createLogger(level: string, destination?: DestinationStream, secrets: string[] = []): Logger {
  const exact = secrets.filter((s) => s.length >= 8);
  return pino(
    {
      level,
      base: { app: 'claimtrail-bot' },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // Last line of defence for secrets pasted into a free-text field.
        streamWrite: exact.length === 0 ? undefined : (line) => exact.reduce((l, s) => l.split(s).join('[redacted]'), line),
      },
    },
    destination,
  );
}
