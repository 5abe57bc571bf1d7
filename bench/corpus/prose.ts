/**
 * Which extracted paragraphs are running text. Documentation is full of option
 * lists, file paths, command lines and key-value tables that no article
 * resembles; they would make the distractors easier to tell apart than real
 * news, so they are left out.
 */

const MIN_CHARS = 60;
const MIN_WORDS = 8;
/** Paragraphs longer than this are almost always a mangled list or a licence. */
const MAX_CHARS = 3000;

export function isProse(text: string): boolean {
  if (text.length < MIN_CHARS || text.length > MAX_CHARS) return false;
  const words = text.split(' ');
  if (words.length < MIN_WORDS) return false;
  // Mostly words: letters and spaces, few symbols of code or markup.
  const letters = text.match(/[\p{L}\s]/gu)?.length ?? 0;
  if (letters / text.length < 0.85) return false;
  const codeish = text.match(/[{}[\]<>=;$\\|#@_*/~^`]/g)?.length ?? 0;
  if (codeish / text.length > 0.02) return false;
  // Words with code shape: paths, options, calls, CamelCase or snake_case identifiers.
  const codeWords = words.filter((w) => /^-{1,2}\w|\/\w|\w\(|\w\.\w+\(|[a-z][A-Z]|_\w|::|=/.test(w)).length;
  if (codeWords / words.length > 0.08) return false;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (upper / text.length > 0.15) return false;
  // A sentence ends somewhere: a list of terms has no full stop.
  if (!/[.!?:»)]\s|[.!?…»]$/u.test(text)) return false;
  // Licence boilerplate repeats across hundreds of pages; dedupe catches some, this the rest.
  if (/\b(?:GNU General Public License|Licence publique générale|Permission is granted|WITHOUT ANY WARRANTY|SANS AUCUNE GARANTIE)\b/i.test(text)) return false;
  return true;
}
