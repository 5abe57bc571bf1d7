/**
 * Rendering stays inside every Discord limit whatever the report holds, and
 * words a report so the claim is reported, never asserted.
 */
import type { APIEmbed } from 'discord.js';
import { describe, expect, test } from 'vitest';
import type { Report, ReportPassage } from '../core/schema.js';
import { LIMITS, embedLength, packEmbeds, splitText, truncate } from '../bot/embedLimits.js';
import {
  COLOURS,
  MAX_THREAD_MESSAGES,
  caseButtons,
  renderPassages,
  renderReport,
  renderThreadMessages,
  safeText,
  threadName,
  type MessageView,
} from '../bot/render.js';
import { renderReportMarkdown } from '../bot/reportMarkdown.js';

const long = (seed: string, n: number) => {
  // Markdown, mentions, newlines and astral characters: everything that changes lengths when escaped.
  const unit = `${seed} **gras** _it_ \`code\` @everyone <@&123> 😀 « guillemets »\n# titre\n- liste `;
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
};

function passage(i: number, text = long(`passage ${i}`, 2400)): ReportPassage {
  return { id: `doc${i % 7}#${i}`, docId: `doc${i % 7}`, title: long('Titre', 400), outlet: `Outlet ${i % 5} ${'x'.repeat(300)}`, date: '2023-11-06', text, score: 10 - i / 10 };
}

function hugeReport(): Report {
  const passages = Array.from({ length: 50 }, (_, i) => passage(i));
  const q = (i: number) => long(`quote ${i}`, 2000);
  return {
    claim: long('claim', 2000),
    lang: 'fr',
    found: true,
    summary: long('summary', 3000),
    passages,
    sources: passages.slice(0, 20).map((p, i) => ({ outlet: 'Tass'.repeat(80), role: i % 2 ? 'cited' : 'publisher', citedBy: i % 2 ? 'Sputnik'.repeat(40) : null, quote: q(i), passageId: p.id })),
    attributions: passages.slice(0, 20).map((p, i) => ({ speaker: 'Oleg Yegorov'.repeat(30), role: 'chef adjoint'.repeat(30), organization: 'Centre'.repeat(50), kind: 'direct', quote: q(i), passageId: p.id })),
    disputes: passages.slice(0, 10).map((p, i) => ({ text: q(i), by: 'AFP'.repeat(100), passageId: p.id })),
    hedges: passages.slice(0, 10).map((p, i) => ({ text: q(i), passageId: p.id })),
    mismatches: passages.slice(0, 10).map((p, i) => ({ claimText: q(i), passageText: q(i + 1), passageId: p.id })),
    analyser: 'offline',
    warnings: Array.from({ length: 40 }, (_, i) => long(`warning ${i}`, 300)),
    llm: null,
  };
}

const small: Report = {
  claim: "L'armée syrienne a tué 93 terroristes",
  lang: 'fr',
  found: true,
  summary: '',
  passages: [passage(1, "La frappe de représailles de l'armée syrienne a tué 93 terroristes, dont des commandants.")],
  sources: [],
  attributions: [],
  disputes: [],
  hedges: [{ text: 'a tué 93 terroristes', passageId: 'doc1#1' }],
  mismatches: [],
  analyser: 'offline',
  warnings: [],
  llm: null,
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function expectEmbedWithinLimits(e: APIEmbed): void {
  expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
  expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
  for (const f of e.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  // A lone surrogate would be replaced by Discord and could push a count over.
  for (const text of [e.title, e.description, e.footer?.text, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])]) {
    if (text) expect(LONE_SURROGATE.test(text)).toBe(false);
  }
}

function expectMessageWithinLimits(m: MessageView): void {
  expect(m.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  expect(m.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  m.embeds.forEach(expectEmbedWithinLimits);
  expect(m.embeds.length > 0 || (m.content ?? '').length > 0 || m.files.length > 0).toBe(true);
}

describe('a huge report never exceeds a limit', () => {
  const report = hugeReport();
  const kase = { id: 123456, status: 'disputed' as const };

  test('the report message, for the thread and for a file', () => {
    for (const overflow of ['thread', 'file'] as const) {
      const { main, truncated } = renderReport(report, kase, overflow);
      expectMessageWithinLimits(main);
      expect(truncated).toBe(true);
      const fields = main.embeds[0]!.fields!;
      expect(fields.at(-1)!.name).toBe('More');
      expect(fields.at(-1)!.value).toContain(overflow === 'thread' ? 'case thread' : 'attached file');
      expect(main.files.map((f) => f.name)).toEqual(overflow === 'file' ? ['case-123456.md'] : []);
    }
  });

  test('the thread messages, the passages answer, the thread name', () => {
    const thread = renderThreadMessages(report, kase);
    expect(thread.length).toBeLessThanOrEqual(MAX_THREAD_MESSAGES + 1);
    thread.forEach(expectMessageWithinLimits);
    // Beyond the thread's budget the full report is attached, not lost.
    expect(thread.at(-1)!.files.map((f) => f.name)).toEqual(['case-123456.md']);
    const passages = renderPassages(report, kase);
    expectMessageWithinLimits(passages);
    expect(passages.files).toHaveLength(1);
    expect(threadName(kase.id, report.claim).length).toBeLessThanOrEqual(LIMITS.threadName);
  });

  test('the attached file holds every quote and passage in full', () => {
    const md = renderReportMarkdown(report, kase);
    for (const p of report.passages) expect(md).toContain(p.text.split('\n')[0]);
    expect(md).toContain(report.sources[19]!.quote.split('\n')[0]);
  });

  test('passages made of thousands of short lines still split within limits', () => {
    const lines = { ...small, passages: [passage(2, 'a\n'.repeat(6000)), passage(3, '😀'.repeat(5000))] };
    renderThreadMessages(lines, kase).forEach(expectMessageWithinLimits);
    expectMessageWithinLimits(renderPassages(lines, kase));
  });
});

describe('wording, escaping and colour', () => {
  test('the claim is shown as a quoted submission, never as a finding', () => {
    const { main } = renderReport({ ...small, claim: 'Le **président** a menti @everyone <@123>' }, { id: 7, status: 'open' }, 'thread');
    const e = main.embeds[0]!;
    expect(e.title).toBe('Case #7 · carried by 1 document of the corpus');
    expect(e.description).toContain('Claim submitted for verification** (as pasted; this report does not say it is true)');
    expect(e.description).toContain('> Le \\*\\*président\\*\\* a menti @\u200beveryone <@\u200b123>');
    expect(e.fields![0]).toEqual({ name: 'Status', value: 'Open', inline: true });
    expect(e.fields![1]!.name).toBe('Hedged');
    expect(e.fields![1]!.value).toContain('> a tué 93 terroristes\n— hedge · `doc1#1` · Outlet 1');
  });

  test('a private report that fits attaches nothing and points to the Passages button', () => {
    const { main, truncated } = renderReport(small, { id: 3, status: 'open' }, 'file');
    expect(truncated).toBe(false);
    expect(main.files).toEqual([]);
    expect(main.embeds[0]!.fields!.at(-1)).toEqual({ name: 'More', value: 'Full passages: the **Passages** button.' });
  });

  test('colour follows the result: not found, found, disputed', () => {
    const colour = (r: Report, status: 'open' | 'disputed' = 'open') => renderReport(r, { id: 1, status }, 'thread').main.embeds[0]!.color;
    expect(colour({ ...small, found: false })).toBe(COLOURS.notFound);
    expect(colour(small)).toBe(COLOURS.found);
    expect(colour(small, 'disputed')).toBe(COLOURS.disputed);
    expect(colour({ ...small, disputes: [{ text: '93 terroristes', by: null, passageId: 'doc1#1' }] })).toBe(COLOURS.disputed);
  });

  test('a report not found lists nearest passages as references only', () => {
    const { main } = renderReport({ ...small, found: false, hedges: [] }, { id: 2, status: 'open' }, 'thread');
    const e = main.embeds[0]!;
    expect(e.title).toBe('Case #2 · not found in the corpus');
    expect(e.fields!.some((f) => f.name.startsWith('Nearest passages (for reference; they do not carry the claim)'))).toBe(true);
  });

  test('a near miss says briefly what differs, quoting claim and passage, before the nearest passages', () => {
    const nearMiss: Report = {
      ...small,
      claim: "L'armée syrienne a tué 193 terroristes",
      found: false,
      hedges: [],
      mismatches: [{ claimText: '193', passageText: '93', passageId: 'doc1#1' }],
    };
    const { main } = renderReport(nearMiss, { id: 3, status: 'open' }, 'thread');
    const fields = main.embeds[0]!.fields!;
    const differs = fields.findIndex((f) => f.name === 'Differs from the claim');
    expect(differs).toBeGreaterThan(-1);
    expect(fields[differs]!.value).toMatch(/^claim “193” · passage “93” · `doc1#1`/);
    expect(differs).toBeLessThan(fields.findIndex((f) => f.name.startsWith('Nearest passages')));
    expect(renderReportMarkdown(nearMiss, { id: 3, status: 'open' })).toMatch(/## Differs from the claim\n\n- claim “193” · passage “93” · `doc1#1`/);
    // A report stored before the field existed renders without it.
    const { mismatches: _dropped, ...old } = nearMiss;
    expect(renderReport(old as Report, { id: 4, status: 'open' }, 'thread').main.embeds[0]!.fields!.some((f) => f.name === 'Differs from the claim')).toBe(false);
  });

  test('buttons: a public report can be reviewed and disputed, a private one only read', () => {
    const ids = (p: boolean) => caseButtons(9, p)[0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids(false)).toEqual(['case-passages:9', 'case-review:9', 'case-dispute:9']);
    expect(ids(true)).toEqual(['case-passages:9']);
  });

  test('safeText neutralises markdown and mentions', () => {
    expect(safeText('@here **x** [a](http://e)')).toBe('@\u200bhere \\*\\*x\\*\\* \\[a](http://e)');
  });
});

describe('limit helpers', () => {
  test('truncate never splits a surrogate pair and never ends on an escape', () => {
    expect(truncate('😀😀😀', 4)).toBe('😀…');
    expect(truncate('abc\\*def', 5)).toBe('abc…');
    expect(truncate('short', 10)).toBe('short');
  });

  test('splitText prefers line boundaries and keeps everything', () => {
    const text = 'line one\nline two\n'.repeat(100);
    const chunks = splitText(text, 100);
    expect(chunks.every((c) => c.length <= 100)).toBe(true);
    expect(chunks.join('\n').replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
  });

  test('packEmbeds respects 10 embeds and 6000 characters per message', () => {
    const embeds = Array.from({ length: 35 }, (_, i) => ({ title: `t${i}`, description: 'x'.repeat(1500) }));
    const { messages, dropped } = packEmbeds(embeds, 3);
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
    expect(dropped).toBe(35 - messages.flat().length);
  });
});
