/**
 * Reports as Discord messages. Pure functions from a core Report to payload
 * data (embeds, files), measured against Discord's limits: what does not fit
 * the report message goes to the case thread or to an attached Markdown file,
 * so a large report never turns into a failed reply.
 *
 * Wording: the corpus carries disinformation. A report says where a claim is
 * carried and to whom it is attributed; it never states the claim as true.
 */
import { ButtonStyle, ComponentType, escapeMarkdown, time, userMention, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Report, ReportPassage } from '../core/schema.js';
import type { AuditEntry } from './audit.js';
import type { CaseStatus } from './cases.js';
import { LIMITS, embedLength, packEmbeds, splitText, truncate } from './embedLimits.js';
import { renderReportMarkdown } from './reportMarkdown.js';
import { noteLines } from './notes.js';

export interface FileView {
  name: string;
  data: Buffer;
}

export interface MessageView {
  content?: string;
  embeds: APIEmbed[];
  files: FileView[];
}

export interface CaseInfo {
  id: number;
  status: CaseStatus;
}

export const COLOURS = { notFound: 0x95a5a6, found: 0xf1c40f, disputed: 0xe74c3c } as const;

/** At most this many thread messages per case; the rest goes to a file. */
export const MAX_THREAD_MESSAGES = 8;
const QUOTE_IN_REPORT = 500;
const NAME = 100;

/**
 * User or corpus text made inert: Markdown escaped so it reads as written,
 * and @everyone/@here broken with a zero-width space so it cannot even look
 * like a ping (payloads also carry `allowed_mentions: { parse: [] }`).
 */
export function safeText(text: string): string {
  // escapeMarkdown's look-behinds make it quadratic in the text's length; core
  // passages are short, but any longer text is escaped in slices to bound the cost.
  const slices: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + ESCAPE_SLICE);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    slices.push(escapeMarkdown(text.slice(i, end), { heading: true, bulletedList: true, numberedList: true, maskedLink: true }));
    i = end;
  }
  return slices.join('').replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@/g, '<@\u200b');
}
const ESCAPE_SLICE = 1500;

/** A Markdown block quote, every line prefixed. */
export function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

const STATUS_LABEL: Record<CaseStatus, string> = { open: 'Open', reviewed: 'Reviewed', disputed: 'Disputed' };

export function reportColour(report: Report, status: CaseStatus): number {
  if (status === 'disputed' || report.disputes.length > 0) return COLOURS.disputed;
  return report.found ? COLOURS.found : COLOURS.notFound;
}

function passageLabel(report: Report, passageId: string): string {
  const p = report.passages.find((x) => x.id === passageId);
  const outlet = p?.outlet ? ` · ${safeText(truncate(p.outlet, NAME))}` : '';
  return `\`${passageId}\`${outlet}`;
}

interface Item {
  section: string;
  /** Markdown for one finding, with the quote cut to `quoteMax`. */
  render(quoteMax: number): string;
}

function findingItems(report: Report): Item[] {
  const cut = (t: string, max: number) => safeText(truncate(t, max));
  const name = (t: string | null) => (t ? safeText(truncate(t, NAME)) : null);
  const items: Item[] = [];
  for (const s of report.sources) {
    items.push({
      section: 'Carried by',
      render: (max) =>
        `${quoteBlock(cut(s.quote, max))}\n— carried by **${name(s.outlet)}**${s.role === 'cited' && s.citedBy ? `, as cited by **${name(s.citedBy)}**` : s.role === 'cited' ? ' (cited)' : ''} · ${passageLabel(report, s.passageId)}`,
    });
  }
  for (const a of report.attributions) {
    const who = [name(a.role), name(a.organization)].filter(Boolean).join(', ');
    items.push({
      section: 'Attributed to',
      render: (max) =>
        `${quoteBlock(cut(a.quote, max))}\n— attributed to **${name(a.speaker)}**${who ? ` (${who})` : ''}, ${a.kind === 'direct' ? 'quoted directly' : a.kind === 'reported' ? 'reported speech' : 'vague attribution'} · ${passageLabel(report, a.passageId)}`,
    });
  }
  for (const d of report.disputes) {
    items.push({
      section: 'Disputed in the corpus',
      render: (max) => `${quoteBlock(cut(d.text, max))}\n— disputed${d.by ? ` by **${name(d.by)}**` : ''} · ${passageLabel(report, d.passageId)}`,
    });
  }
  for (const h of report.hedges) {
    items.push({ section: 'Hedged', render: (max) => `${quoteBlock(cut(h.text, max))}\n— hedge · ${passageLabel(report, h.passageId)}` });
  }
  return items;
}

/** What differs between the claim and its nearest passages, one short line each. */
function differenceItems(report: Report): Item[] {
  // Reports stored before the field existed have none.
  const mismatches = report.mismatches ?? [];
  return mismatches.map((m) => ({
    section: 'Differs from the claim',
    render: () =>
      `claim “${safeText(truncate(m.claimText, NAME))}” · passage “${safeText(truncate(m.passageText, NAME))}” · ${passageLabel(report, m.passageId)}`,
  }));
}

const READING: Record<string, string> = { carries: 'reads as carrying the claim', contradicts: 'reads as contradicting the claim', mentions: 'only mentions the matter' };

/** The model's per-passage readings (LLM path only), each with its grounded quote. */
function readingItems(report: Report): Item[] {
  return (report.judgements ?? []).map((j) => ({
    section: "Model's reading",
    render: (max) => `${quoteBlock(safeText(truncate(j.quote, max)))}\n— ${READING[j.verdict]} · ${passageLabel(report, j.passageId)}`,
  }));
}

function passageItems(report: Report): Item[] {
  // Ranked passages are not all carriers (the report does not mark which are), so say "ranked".
  const section = report.found ? 'Passages ranked for this claim' : 'Nearest passages (for reference; they do not carry the claim)';
  return report.passages.map((p) => ({
    section,
    render: (max) => `${quoteBlock(safeText(truncate(p.text, max)))}\n— ${passageLabel(report, p.id)}`,
  }));
}

function headline(report: Report): string {
  if (!report.found) return 'not found in the corpus';
  // Count only documents a grounded finding quotes: nearer-miss passages are ranked too.
  const cited = new Set([...report.sources, ...report.attributions, ...report.disputes, ...report.hedges].map((f) => f.passageId));
  const docs = new Set(report.passages.filter((p) => cited.has(p.id)).map((p) => p.docId)).size;
  return docs === 0 ? 'found in the corpus' : `carried by ${docs} document${docs === 1 ? '' : 's'} of the corpus`;
}

function description(report: Report): string {
  const parts = [
    `**Claim submitted for verification** (as pasted; this report does not say it is true):\n${quoteBlock(safeText(truncate(report.claim, 1500)))}`,
  ];
  if (report.summary) parts.push(`**Summary:** ${safeText(truncate(report.summary, 1500))}`);
  else if (report.found) parts.push('Passages of the corpus carry this claim; the passages ranked for it follow.');
  return truncate(parts.join('\n\n'), LIMITS.description);
}

/**
 * The report message: one embed within every limit, plus what overflowed.
 * @param overflow where findings that do not fit are said to be: the case thread, or an attached file
 */
export function renderReport(report: Report, kase: CaseInfo, overflow: 'thread' | 'file'): { main: MessageView; truncated: boolean } {
  const embed: APIEmbed = {
    title: truncate(`Case #${kase.id} · ${headline(report)}`, LIMITS.title),
    description: description(report),
    color: reportColour(report, kase.status),
    fields: [{ name: 'Status', value: STATUS_LABEL[kase.status], inline: true }],
    footer: { text: truncate(`Case #${kase.id} · analyser: ${report.analyser} · ${report.passages.length} passages ranked`, LIMITS.footer) },
  };
  const fields = embed.fields!;
  const findings = findingItems(report);
  const items = [...findings, ...differenceItems(report), ...readingItems(report), ...(findings.length === 0 ? passageItems(report) : [])];
  const moreField = (n: number, toFile: boolean): APIEmbedField => ({
    name: 'More',
    value:
      overflow === 'thread' || toFile
        ? `${n > 0 ? `${n} more finding${n === 1 ? '' : 's'} and ` : ''}full quotes and passages are ${overflow === 'thread' ? 'in the case thread' : 'in the attached file'}.`
        : 'Full passages: the **Passages** button.',
  });
  const reserve = moreField(999, true).name.length + moreField(999, true).value.length;
  let used = embedLength(embed);
  let omitted = 0;
  let cut = false;
  let current: APIEmbedField | null = null;
  for (const item of items) {
    const full = item.render(Number.MAX_SAFE_INTEGER);
    let text = item.render(QUOTE_IN_REPORT);
    if (text.length > LIMITS.fieldValue) text = truncate(text, LIMITS.fieldValue);
    if (text !== full) cut = true;
    const room = LIMITS.embedsTotal - reserve - used;
    if (current && current.name.startsWith(item.section) && current.value.length + 2 + text.length <= LIMITS.fieldValue && text.length + 2 <= room) {
      current.value += `\n\n${text}`;
      used += text.length + 2;
      continue;
    }
    const name = truncate(fields.some((f) => f.name === item.section) ? `${item.section} (cont.)` : item.section, LIMITS.fieldName);
    if (fields.length >= LIMITS.fields - 1 || name.length + text.length > room) {
      omitted += 1;
      current = null;
      continue;
    }
    current = { name, value: text };
    fields.push(current);
    used += name.length + text.length;
  }
  const notes = noteLines(report.warnings);
  if (notes.length > 0) {
    const value = truncate(notes.map((w) => `• ${safeText(w)}`).join('\n'), LIMITS.fieldValue);
    if (fields.length < LIMITS.fields - 1 && used + 5 + value.length <= LIMITS.embedsTotal - reserve) {
      fields.push({ name: 'Notes', value });
      used += 5 + value.length;
    } else cut = true;
  }
  // Passages are always shown in full elsewhere (thread or file), so say where.
  const truncated = omitted > 0 || cut;
  if (truncated || report.passages.length > 0) fields.push(moreField(omitted, truncated));
  const files = overflow === 'file' && truncated ? [markdownFile(report, kase)] : [];
  return { main: { embeds: [embed], files }, truncated };
}

export function markdownFile(report: Report, kase: CaseInfo): FileView {
  return { name: `case-${kase.id}.md`, data: Buffer.from(renderReportMarkdown(report, kase), 'utf8') };
}

function findingEmbeds(report: Report): APIEmbed[] {
  const colour = reportColour(report, 'open');
  // Everything the report message may have sent to the thread: findings, differences, the model's reading.
  return [...findingItems(report), ...differenceItems(report), ...readingItems(report)].flatMap((item) =>
    splitText(item.render(Number.MAX_SAFE_INTEGER), LIMITS.description).map((chunk, i) => ({
      title: i === 0 ? item.section : `${item.section} (cont.)`,
      description: chunk,
      color: colour,
    })),
  );
}

function passageEmbeds(report: Report): APIEmbed[] {
  return report.passages.flatMap((p: ReportPassage) => {
    // Split after quoting (every line gains "> "); a chunk cut mid-line gets its marker back.
    const chunks = splitText(quoteBlock(safeText(p.text)), LIMITS.description - 2).map((c) => (c.startsWith('>') ? c : `> ${c}`));
    const footer = truncate([p.title && `“${p.title}”`, p.date, p.score > 0 ? `score ${p.score}` : 'context'].filter(Boolean).join(' · '), 300);
    return chunks.map((chunk, i) => ({
      title: truncate(`${p.id}${p.outlet ? ` · ${p.outlet}` : ''}${i > 0 ? ' (cont.)' : ''}`, LIMITS.title),
      description: chunk,
      footer: { text: footer },
    }));
  });
}

/**
 * What the case thread holds: every finding in full, then every passage.
 * Beyond MAX_THREAD_MESSAGES the last message carries the full report as a file.
 */
export function renderThreadMessages(report: Report, kase: CaseInfo): MessageView[] {
  const embeds = [...findingEmbeds(report), ...passageEmbeds(report)];
  const { messages, dropped } = packEmbeds(embeds, MAX_THREAD_MESSAGES);
  const views: MessageView[] = messages.map((m) => ({ embeds: m, files: [] }));
  if (dropped > 0) {
    views.push({ content: `${dropped} more sections did not fit in the thread; the full report is attached.`, embeds: [], files: [markdownFile(report, kase)] });
  }
  return views;
}

/** The Passages button's answer: one message, with the full text attached when it does not fit. */
export function renderPassages(report: Report, kase: CaseInfo): MessageView {
  if (report.passages.length === 0) return { content: 'This report lists no passages.', embeds: [], files: [] };
  const { messages, dropped } = packEmbeds(passageEmbeds(report), 1);
  if (dropped === 0) return { embeds: messages[0] ?? [], files: [] };
  return { content: 'More passages than fit here: all of them are in the attached file.', embeds: messages[0] ?? [], files: [markdownFile(report, kase)] };
}

/** "Verify #12: <claim…>", at most 100 characters, on one line. */
export function threadName(caseId: number, claim: string): string {
  // Thread names never ping, but "@everyone" there would still read like one.
  const oneLine = claim.replace(/\s+/g, ' ').trim().replace(/@(everyone|here)/gi, '@\u200b$1');
  return truncate(`Verify #${caseId}: ${oneLine}`, LIMITS.threadName);
}

/** The report's buttons; a private report gets only Passages (there is no thread to post reviews in). */
export function caseButtons(caseId: number, isPrivate: boolean): APIActionRowComponent<APIButtonComponent>[] {
  const button = (id: string, label: string, style: ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger): APIButtonComponent => ({
    type: ComponentType.Button,
    custom_id: `${id}:${caseId}`,
    label,
    style,
  });
  const buttons = [button('case-passages', 'Passages', ButtonStyle.Secondary)];
  if (!isPrivate) buttons.push(button('case-review', 'Mark reviewed', ButtonStyle.Success), button('case-dispute', 'Dispute', ButtonStyle.Danger));
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

/** One audit entry on one line (for `/audit recent` and the mod-log). */
export function auditLine(e: AuditEntry): string {
  const when = time(new Date(e.time), 'f');
  const kase = e.caseId !== null ? ` · case #${e.caseId}` : '';
  const detail = e.detail ? ` · ${truncate(e.detail.replace(/\s+/g, ' '), 60)}` : '';
  return `\`#${e.seq}\` ${when} · **${e.action}**${kase} · ${userMention(e.userId)}${safeText(detail)} · \`${e.hash.slice(0, 12)}\``;
}
