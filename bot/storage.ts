/**
 * The bot's keyv records: one namespace, keys prefixed by kind
 * (`audit:<guild>:entry:<seq>`, `case:<id>`, `guild:<id>`).
 *
 * One namespace on purpose: core's store shares a single adapter between
 * namespaces, and keyv writes the namespace of the most recently opened Keyv
 * onto that adapter, which the Redis adapter then uses to prefix every key.
 * Opening exactly one namespace, once, keeps keys where they were written.
 */
import type Keyv from 'keyv';
import type { StoreHandle } from '../core/store.js';

export const BOT_NAMESPACE = 'claimtrail-bot';

export function openBotKeyv(store: StoreHandle): Keyv {
  return store.namespace(BOT_NAMESPACE) as Keyv;
}
