// Node-only: the Markdown export, its front matter read back by the `yaml` package.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatMarkdown } from '../../../utils/export/markdown.ts';
import type { ExportItem } from '../../../utils/export/types.ts';
import { buildItemFromGold, PAGES_DIR, POISON, POISON_NAMES, readGold } from './fixtures.ts';

const GOLD = readGold();
const BASE = buildItemFromGold(GOLD[0]!);

/** The front matter block parsed with `yaml` (1.2 core schema, or 1.1 as older tools read). */
function readFrontMatter(
  markdown: string,
  version: '1.1' | '1.2' = '1.2',
): Record<string, unknown> {
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('---');
  const close = lines.indexOf('---', 1);
  expect(close).toBeGreaterThan(0);
  const doc = parseDocument(lines.slice(1, close).join('\n'), { version, uniqueKeys: true });
  expect(doc.errors).toEqual([]);
  expect(doc.warnings).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

function expectFrontMatterMatches(item: ExportItem, version: '1.1' | '1.2' = '1.2'): void {
  const meta = readFrontMatter(formatMarkdown(item), version);
  expect(meta.title).toBe(item.title);
  expect(meta.url).toBe(item.url);
  expect(meta.outlet).toBe(item.siteName ?? undefined);
  expect(meta.authors).toEqual(item.authors.length > 0 ? item.authors : undefined);
  expect(meta.published).toBe(item.published ?? undefined);
  expect(meta.user_tags).toEqual(item.userTags);
  expect(meta.clipped).toBe(item.clippedAt);
  expect(meta.pages).toBe(item.pages);
}

describe('Markdown front matter', () => {
  it.each(GOLD.map((g) => [g.id, g] as const))('round-trips the gold metadata of %s', (_, g) => {
    const item = buildItemFromGold(g);
    expectFrontMatterMatches(item);
    const meta = readFrontMatter(formatMarkdown(item));
    // The offset is kept verbatim and named: every corpus page is in WIB (+07:00).
    expect(meta.published).toMatch(/\+07:00$/);
    expect(meta.published_zone).toBe('WIB');
  });

  it.each(POISON.map((p) => [JSON.stringify(p), p] as const))(
    'round-trips the poisoned title %s under YAML 1.2 and 1.1',
    (_, title) => {
      const item = { ...BASE, title, authors: [title], userTags: [title, 'ok'], siteName: title };
      expectFrontMatterMatches(item, '1.2');
      expectFrontMatterMatches(item, '1.1');
    },
  );

  it('round-trips poisoned author names and user tags', () => {
    const item = { ...BASE, authors: [...POISON_NAMES], userTags: [...POISON] };
    expectFrontMatterMatches(item);
  });

  it('names the zone for WITA and WIT and keeps other offsets without a name', () => {
    const at = (published: string): Record<string, unknown> =>
      readFrontMatter(formatMarkdown({ ...BASE, published }));
    expect(at('2020-01-02T10:00:00+08:00').published_zone).toBe('WITA');
    expect(at('2020-01-02T10:00:00+09:00').published_zone).toBe('WIT');
    expect(at('2020-01-02T10:00:00Z').published_zone).toBeUndefined();
    expect(at('2020-01-02').published).toBe('2020-01-02');
  });

  it('round-trips any Unicode title (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (title) => {
        expect(readFrontMatter(formatMarkdown({ ...BASE, title })).title).toBe(title);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the front matter closed even when the title holds a --- line', () => {
    const markdown = formatMarkdown({ ...BASE, title: 'x\n---\ny: 1' });
    const lines = markdown.split('\n');
    const close = lines.indexOf('---', 1);
    expect(lines.slice(close + 1).find((line) => line.startsWith('# '))).toBe('# x --- y: 1');
    expect(readFrontMatter(markdown).y).toBeUndefined();
  });
});

describe('Markdown body and sections', () => {
  it('writes the Indonesian sections with quotes, speakers, highlights and the note', () => {
    const g = GOLD.find((x) => (x.quotes ?? []).some((q) => q.speaker && q.role))!;
    const item = buildItemFromGold(g, {
      summary: [{ text: g.mustContain[1]!, start: 0, end: 1 }],
    });
    const markdown = formatMarkdown(item);
    const quote = g.quotes!.find((q) => q.speaker && q.role)!;
    expect(markdown).toContain('## Kutipan');
    expect(markdown).toContain(`— ${quote.speaker}, ${quote.role}`);
    expect(markdown).toContain('## Ringkasan');
    expect(markdown).toContain('## Sorotan');
    expect(markdown).toContain('Komentar: penting');
    expect(markdown).toContain(`## Catatan\n\n${item.note}`);
    expect(formatMarkdown({ ...item, lang: 'en' })).toContain('## Quotes');
  });

  it('escapes quote and highlight text so it cannot start a list or heading', () => {
    const texts = ['# not a heading', '1. not a list', '- not a bullet', '<b>not html</b>'];
    const quotes = texts.map((text) => ({ text, start: 0, end: 1, speaker: null }));
    const highlights = [{ text: '## not a heading\n- nor a bullet' }];
    const markdown = formatMarkdown({ ...BASE, quotes, highlights });
    expect(markdown).toContain('> \\# not a heading');
    expect(markdown).toContain('> 1\\. not a list');
    expect(markdown).toContain('> \\- not a bullet');
    expect(markdown).toContain('> \\<b>not html\\</b>');
    expect(markdown).toContain('> \\## not a heading\n> \\- nor a bullet');
  });

  // Real bodies: Readability + DOMPurify over corpus pages (what the extractor will hand over),
  // then every paragraph's text must survive turndown.
  const SAMPLE = GOLD.filter((_, i) => i % 6 === 0);
  it.each(SAMPLE.map((g) => [g.id, g] as const))(
    'keeps every paragraph of the real body of %s',
    (_, g) => {
      const html = readFileSync(path.join(PAGES_DIR, `${g.id}.html`), 'utf8');
      const dom = new JSDOM(html, { url: g.url });
      const parsed = new Readability(dom.window.document).parse();
      expect(parsed?.content).toBeTruthy();
      const purify = createDOMPurify(
        dom.window as unknown as Parameters<typeof createDOMPurify>[0],
      );
      const body = purify.sanitize(parsed!.content!);
      const markdown = formatMarkdown(buildItemFromGold(g, { html: body }));
      const plain = normalizeMarkdown(markdown);
      const bodyDoc = new JSDOM(`<body>${body}</body>`).window.document;
      const paragraphs = [...bodyDoc.querySelectorAll('p')]
        .map((p) => squash(p.textContent ?? ''))
        .filter((text) => text.length > 25);
      expect(paragraphs.length).toBeGreaterThan(2);
      for (const paragraph of paragraphs) expect(plain).toContain(paragraph);
    },
  );
});

// Whitespace is compared away: a <p> whose lines are <br>-separated links has none in its
// textContent, while Markdown puts line breaks there.
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Markdown back to plain text: links to their text, escapes and emphasis marks dropped. */
function normalizeMarkdown(markdown: string): string {
  return squash(
    markdown
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[((?:\\.|[^\]\\])*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\*\*|(?<!\\)_/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|<])/g, '$1'),
  );
}
