/**
 * "Tell the user" errors. A handler throws a UserError when the message is
 * the whole story (bad input, a refusal, a busy queue); the dispatcher shows
 * it ephemerally and logs nothing alarming. Anything else is a bug: the user
 * gets a reference and the log gets the stack.
 */
import { randomBytes } from 'node:crypto';

export class UserError extends Error {
  override name = 'UserError';
  /**
   * @param message shown to the user as is (already worded for them)
   * @param identifier a stable machine name for tests and logs, e.g. `corpus.binary`
   * @param context anything worth logging alongside
   */
  constructor(
    message: string,
    readonly identifier = 'user',
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A short reference the user can quote and an operator can grep for. */
export function errorRef(): string {
  return randomBytes(3).toString('hex').toUpperCase();
}
