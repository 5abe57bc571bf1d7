/**
 * The report's warnings as Discord shows them. A warning about a dropped
 * finding quotes what was dropped — a fabricated quote, an invented outlet —
 * which is useful in the JSON a maintainer reads and harmful in a channel,
 * where it would put the invented source in front of the team after all.
 * Such warnings become one line that counts them; the rest pass through.
 */
// (A model's reading that was set aside quotes the model too.)
const DROPPED_RE = /^(?:dropped|cleared the role|removed the role|ignored (?:a|the) reading)\b/;

export function noteLines(warnings: string[]): string[] {
  const dropped = warnings.filter((w) => DROPPED_RE.test(w)).length;
  const kept = warnings.filter((w) => !DROPPED_RE.test(w));
  if (dropped > 0) {
    kept.push(
      `${dropped} finding${dropped === 1 ? '' : 's'} of the analyser did not pass the grounding check (not verbatim in, or not named by, the passage cited) and ${dropped === 1 ? 'was' : 'were'} left out.`,
    );
  }
  return kept;
}
