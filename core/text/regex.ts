/**
 * JavaScript's `\b` is ASCII-only even with the `u` flag: "déclaré\b" never
 * matches before a space, because "é" is not a word character to it. Every
 * cue pattern in this project is built through `uRe`, which rewrites `\b`
 * into a Unicode-aware boundary.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
export const UNICODE_BOUNDARY = String.raw`(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

export function uRe(source: string | RegExp, flags?: string): RegExp {
  const src = typeof source === 'string' ? source : source.source;
  let fl = flags ?? (typeof source === 'string' ? '' : source.flags);
  if (!fl.includes('u')) fl += 'u';
  return new RegExp(src.replaceAll('\\b', UNICODE_BOUNDARY), fl);
}
