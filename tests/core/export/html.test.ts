// Node-only: the standalone HTML export: escaped metadata, a strict CSP, no active content.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../../utils/export/html.ts';
import type { ExportItem } from '../../../utils/export/types.ts';
import { buildItemFromGold, PAGES_DIR, POISON, POISON_NAMES, readGold } from './fixtures.ts';

const GOLD = readGold();
const ITEMS = GOLD.map((g) => buildItemFromGold(g));

function expectInert(html: string): Document {
  expect(html).not.toMatch(/<script/i);
  const doc = new JSDOM(html).window.document;
  expect(doc.querySelectorAll('script, iframe, object, embed, base, form').length).toBe(0);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name).not.toMatch(/^on/i);
      if (['href', 'src', 'action', 'formaction'].includes(attr.name)) {
        expect(attr.value.trim()).not.toMatch(/^(javascript|vbscript|data:text\/html)/i);
      }
    }
  }
  const metas = [...doc.head.querySelectorAll('meta')];
  expect(metas[0]?.getAttribute('charset')).toBe('utf-8');
  const csp = doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
  expect(csp?.getAttribute('content')).toBe(
    "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'",
  );
  return doc;
}

describe('HTML export', () => {
  it('renders each corpus article with its escaped metadata', () => {
    for (const item of ITEMS) {
      const doc = expectInert(formatHtml(item));
      expect(doc.querySelector('h1')?.textContent).toBe(item.title);
      expect(doc.title).toBe(item.title);
      expect(doc.querySelector('a')?.getAttribute('href')).toBe(item.canonicalUrl);
      expect(doc.querySelector('time')?.getAttribute('datetime')).toBe(item.published);
      expect(doc.querySelector('time')?.textContent).toContain('(WIB)');
    }
  });

  it('keeps poisoned metadata as text: no tags, attributes or links come out of it', () => {
    const items: ExportItem[] = POISON.map((title) => ({
      ...ITEMS[0]!,
      title,
      siteName: title,
      authors: [title, ...POISON_NAMES],
      lang: title,
      url: 'javascript:alert(1)',
      canonicalUrl: null,
      note: title,
      highlights: [{ text: title, comment: title }],
    }));
    const doc = expectInert(formatHtml(items));
    const headings = [...doc.querySelectorAll('h1')].map((h) => h.textContent);
    // An HTML parser turns CR LF into LF before anything else (the input stream rules).
    expect(headings).toEqual(POISON.map((p) => p.replace(/\r\n?/g, '\n')));
    // A javascript: address is shown, never linked.
    expect(doc.querySelectorAll('a').length).toBe(0);
    expect(doc.querySelectorAll('img').length).toBe(0);
  });

  it('embeds a real sanitized body unchanged', () => {
    const g = GOLD[4]!;
    const dom = new JSDOM(readFileSync(path.join(PAGES_DIR, `${g.id}.html`), 'utf8'), {
      url: g.url,
    });
    const content = new Readability(dom.window.document).parse()?.content ?? '';
    const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
    const body = purify.sanitize(content);
    const html = formatHtml(buildItemFromGold(g, { html: body }));
    expect(html).toContain(body);
    const doc = expectInert(html);
    const text = doc.body.textContent?.replace(/\s+/g, ' ') ?? '';
    for (const snippet of g.mustContain.slice(0, 3)) expect(text).toContain(snippet);
  });
});
