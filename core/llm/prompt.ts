/**
 * Prompts are files under `prompts/` (`<name>.<version>.<part>.md`, with the
 * version repeated in front matter); this module loads them and renders the
 * messages. Rendering is a pure function of the templates and the data.
 *
 * The claim and the passages go in as delimited data — `<claim>…</claim>`,
 * `<passage id="…" …>…</passage>` — and anything inside the data that looks
 * like one of those delimiters, or like a chat-template token, is neutralised
 * (its `<` becomes a full-width `＜`), so corpus text cannot close a passage
 * and speak outside it. Model output is mapped back before grounding.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../schema.js';

export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));
export const ANALYSE_PROMPT_NAME = 'analyse.v2';

const PARTS = ['system', 'user', 'json', 'repair'] as const;
type Part = (typeof PARTS)[number];

export interface PromptTemplates {
  /** From the front matter, e.g. "analyse.v2": what the report records. */
  version: string;
  /** Short hash of the four templates: an edited prompt never hits an old cache entry. */
  hash: string;
  system: string;
  user: string;
  /** Appended to the system prompt when the server lacks `json_schema` support; has `{{schema}}`. */
  json: string;
  /** Follow-up message after an answer that failed validation; has `{{error}}`. */
  repair: string;
}

export class PromptTemplateError extends Error {
  override name = 'PromptTemplateError';
}

/** Splits `---\nversion: x\n---\nbody` into its version and body. */
export function parseTemplate(source: string, file: string): { version: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!m) throw new PromptTemplateError(`${file}: missing front matter (---\\nversion: …\\n---)`);
  const version = /^version:\s*(\S+)\s*$/m.exec(m[1]!)?.[1];
  if (!version) throw new PromptTemplateError(`${file}: front matter has no version`);
  return { version, body: m[2]!.replace(/\s+$/, '') };
}

/** Loads `<dir>/<name>.<part>.md` for every part; the front-matter versions must equal `name`. */
export function loadPromptTemplates(name = ANALYSE_PROMPT_NAME, dir = PROMPTS_DIR): PromptTemplates {
  const hash = createHash('sha256');
  const bodies = {} as Record<Part, string>;
  for (const part of PARTS) {
    const file = `${name}.${part}.md`;
    const source = readFileSync(`${dir.replace(/\/?$/, '/')}${file}`, 'utf8');
    const { version, body } = parseTemplate(source, file);
    if (version !== name) throw new PromptTemplateError(`${file}: front matter says version ${version}, the file name ${name}`);
    hash.update(file).update('\0').update(source).update('\0');
    bodies[part] = body;
  }
  return { version: name, hash: hash.digest('hex').slice(0, 12), ...bodies };
}

let defaultTemplates: PromptTemplates | null = null;
/** The shipped analysis prompt, read once. */
export function analysePrompt(): PromptTemplates {
  defaultTemplates ??= loadPromptTemplates();
  return defaultTemplates;
}

/** Fills `{{name}}` placeholders in one pass: a value containing `{{x}}` is never expanded again. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new PromptTemplateError(`template placeholder {{${key}}} has no value`);
    return v;
  });
}

// Delimiters the prompt uses, role names, and chat-template tokens ("<|im_start|>", "<<SYS>>", "</s>").
const DELIMITER_LOOKALIKE =
  /<(?=\s*\/?\s*(?:claim|passages?|document|data|system|user|assistant|developer|instructions?|s|sys|inst)\b|\||<\s*\/?\s*sys\b)/giu;
const NEUTRAL_LT = '\uFF1C';
const NEUTRALISED = /\uFF1C(?=\s*\/?\s*(?:claim|passages?|document|data|system|user|assistant|developer|instructions?|s|sys|inst)\b|\||[<\uFF1C]\s*\/?\s*sys\b)/giu;

/** Makes data text unable to open or close a delimiter of the prompt. */
export function neutralise(text: string): string {
  return text.replace(DELIMITER_LOOKALIKE, NEUTRAL_LT);
}

/** Undoes `neutralise` in text the model copied from the data (quotes), before grounding compares it. */
export function restoreNeutralised(text: string): string {
  return text.replace(NEUTRALISED, '<');
}

/** Attribute values carry metadata only: no quotes, brackets or line breaks. */
function attr(value: string): string {
  return value.replace(/["<>\r\n\t]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export type PassageRole = 'carrying' | 'candidate' | 'context';

export interface PromptPassage {
  id: string;
  outlet: string | null;
  date: string | null;
  text: string;
  /**
   * "carrying": retrieval judged it to carry the claim; "candidate": it may (the
   * alignment left `found` undecided, and the model is asked); "context": the rest
   * of a document, where a source or an antecedent stands.
   */
  role: PassageRole;
}

export interface PromptInput {
  claim: string;
  lang: Lang;
  /** In the order they are to be shown (document by document, reading order). */
  passages: PromptPassage[];
}

export type ResponseMode = 'json_schema' | 'json_object' | 'text';

export interface RenderedPrompt {
  system: string;
  user: string;
}

const LANG_NAMES: Record<Lang, string> = { fr: 'French', en: 'English', other: 'the language of the claim' };

export function renderPassage(p: PromptPassage): string {
  const attrs = [`id="${attr(p.id)}"`, `role="${p.role}"`];
  if (p.outlet) attrs.push(`outlet="${attr(p.outlet)}"`);
  if (p.date) attrs.push(`date="${attr(p.date)}"`);
  return `<passage ${attrs.join(' ')}>\n${neutralise(p.text.trim())}\n</passage>`;
}

/**
 * The system and user messages for one claim. In `json_object` and `text`
 * modes (servers without structured outputs) the JSON Schema goes into the
 * system prompt instead of the request.
 */
export function renderPrompt(
  templates: PromptTemplates,
  input: PromptInput,
  options: { mode: ResponseMode; jsonSchema?: Record<string, unknown> },
): RenderedPrompt {
  const lang = LANG_NAMES[input.lang];
  let system = fill(templates.system, { lang });
  if (options.mode !== 'json_schema') {
    if (!options.jsonSchema) throw new PromptTemplateError(`mode ${options.mode} needs the JSON Schema`);
    system += `\n\n${fill(templates.json, { schema: JSON.stringify(options.jsonSchema, null, 2) })}`;
  }
  const user = fill(templates.user, {
    lang,
    claim: neutralise(input.claim),
    passages: input.passages.map(renderPassage).join('\n\n'),
  });
  return { system, user };
}

/** The follow-up message after an answer that failed validation. */
export function renderRepair(templates: PromptTemplates, error: string): string {
  return fill(templates.repair, { error: neutralise(error) });
}
