/** Every command and component handler the bot serves; `register` sends the same list. */
import type { CommandSet } from '../bot/command.js';
import { audit } from './audit.js';
import { disputeButton, disputeModal, passagesButton, reviewButton } from './caseActions.js';
import { config } from './config.js';
import { corpus } from './corpus.js';
import { search } from './search.js';
import { verify } from './verify.js';
import { verifyMessage } from './verifyMessage.js';

export const commandSet: CommandSet = {
  slash: [verify, search, corpus, audit, config],
  message: [verifyMessage],
  buttons: [passagesButton, reviewButton, disputeButton],
  modals: [disputeModal],
};

/** The JSON Discord stores: what `npm run register` sends. */
export function commandDefinitions() {
  return [...commandSet.slash, ...commandSet.message].map((c) => c.data.toJSON());
}
