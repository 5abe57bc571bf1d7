/**
 * The labelled-claims file `eval` scores against: one JSON object per line,
 * checked with zod so a typo in a label is an error naming its line, not a
 * silently wrong score.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from './errors.js';

const strings = z.array(z.string().min(1)).default([]);

export const LabelSchema = z.strictObject({
  id: z.string().min(1),
  lang: z.enum(['fr', 'en', 'other']),
  claim: z.string().min(1),
  found: z.boolean(),
  /** Substrings of the passage(s) that carry the claim. */
  evidence: strings,
  speakers: strings,
  outlets: strings,
  disputes: strings,
  hedges: strings,
  /** Outlets a report must never name for this claim (e.g. one an injected instruction asks for). */
  forbidOutlets: strings,
});

export type Label = z.infer<typeof LabelSchema>;

export class LabelError extends UsageError {
  override name = 'LabelError';
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Parses a whole labelled file; `source` names it in errors. Blank lines are skipped. */
export function parseLabels(text: string, source: string): Label[] {
  const labels: Label[] = [];
  const ids = new Map<string, number>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    const lineNo = i + 1;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new LabelError(`${source}:${lineNo}: not valid JSON`);
    }
    const parsed = LabelSchema.safeParse(value);
    if (!parsed.success) throw new LabelError(`${source}:${lineNo}: ${describe(parsed.error)}`);
    const previous = ids.get(parsed.data.id);
    if (previous) throw new LabelError(`${source}:${lineNo}: id "${parsed.data.id}" is already used on line ${previous}`);
    ids.set(parsed.data.id, lineNo);
    labels.push(parsed.data);
  });
  if (labels.length === 0) throw new LabelError(`${source}: no labelled claims`);
  return labels;
}

export async function readLabels(file: string): Promise<Label[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read labelled claims ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return parseLabels(text, file);
}
