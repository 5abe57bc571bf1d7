/**
 * What kind of claim it is, for the disputes: a denial ("X has always denied Y"), a claim that
 * something did not happen, or a claim of irregularity (fraud, illegality, staging) — which a
 * denial disputes and another allegation of the same kind does not.
 */
import { DENIAL_RE } from './cues.js';

// That something was not, or did not happen: "there were no talks", "il n'y a eu aucune frappe", "no civilians
// were killed", "never happened". (Not a failing: "n'a tenu aucun engagement" accuses, and a denial contests it.)
export const NONEXISTENCE_RE =
  /\b(?:there\s+(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+no|no\s+[\p{L}-]+\s+(?:was|were|had\s+been|have\s+been|has\s+been)|n['’]y\s+(?:a|avait|aurait)\s+(?:eu\s+)?(?:aucune?|pas|jamais|ni)|aucune?\s+[\p{L}-]+\s+n['’](?:a|ont|avait|avaient|est|était)\s+(?:été|eu)|never\s+(?:happened|took\s+place|existed)|did\s+not\s+(?:happen|take\s+place|exist)|n['’](?:a|ont)\s+jamais\s+eu\s+lieu)\b/iu;

// A claim of irregularity contests an outcome ("the vote was tainted by fraud", "a fait appel"):
// a denial of it disputes the claim. Only a verb of denying makes such a claim a denial itself.
// (Staging too: a claim of staged attacks or provocations agrees with "attaques mises en scène".)
const IRREGULARITY_RE = /\b(?:fraud\p{L}*|irregularit\p{L}*|irrégularités?|truqu\p{L}*|rigg(?:ed|ing)|appeal\p{L}*|appel|cassation|illégal\p{L}*|illegal\p{L}*|unlawful\p{L}*|mise?s?\s+en\s+scène|provocations?|fausse\s+bannière|faux\s+drapeau|false[\s-]flag|staged)\b/iu;
const DENYING_VERB_RE = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|ni(?:e|ent|é|ée|er|ait)|démen\p{L}*|rejet\p{L}*|réfut\p{L}*|contest\p{L}*)\b/iu;

/** Whether a text alleges an irregularity without denying anything. */
export function isIrregularity(text: string): boolean {
  return IRREGULARITY_RE.test(text) && !DENYING_VERB_RE.test(text);
}

export function isDenialClaim(claim: string): boolean {
  return DENIAL_RE.test(claim) && !isIrregularity(claim);
}
