// The sanitizing boundary: a hostile article (body, title, credits, image, quotes) never puts a
// script, an event handler or a javascript: link into our DOM, and only SafeHtml may inject HTML.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/extract/types';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { click, mountView } from './harness';

let unmount: (() => void) | null = null;
afterEach(() => unmount?.());

// Our own table, in the spirit of DOMPurify's: {title, payload}; the expectation is the same
// for all (nothing active survives).
const PAYLOADS: { title: string; payload: string }[] = [
  { title: 'script tag', payload: '<p>a</p><script>window.__pwned=1</script>' },
  { title: 'img onerror', payload: '<img src=x onerror="window.__pwned=1">' },
  { title: 'svg onload', payload: '<svg onload="window.__pwned=1"><circle r=1></svg>' },
  { title: 'javascript: link', payload: '<a href="javascript:window.__pwned=1">klik</a>' },
  { title: 'entity-encoded javascript:', payload: '<a href="&#106;avascript:alert(1)">x</a>' },
  { title: 'tab inside scheme', payload: '<a href="java\tscript:alert(1)">x</a>' },
  { title: 'uppercase scheme', payload: '<a href="JAVASCRIPT:alert(1)">x</a>' },
  { title: 'data: html link', payload: '<a href="data:text/html,<script>alert(1)</script>">x</a>' },
  { title: 'iframe srcdoc', payload: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { title: 'object/embed', payload: '<object data="javascript:1"></object><embed src="x.swf">' },
  {
    title: 'form action',
    payload: '<form action="javascript:1"><button formaction="javascript:1">b</button></form>',
  },
  { title: 'style expression', payload: '<p style="background:url(javascript:alert(1))">s</p>' },
  { title: 'meta refresh', payload: '<meta http-equiv="refresh" content="0;url=javascript:1">' },
  { title: 'base href', payload: '<base href="javascript:/">' },
  { title: 'math/xlink', payload: '<math><a xlink:href="javascript:alert(1)">m</a></math>' },
  {
    title: 'mXSS noscript',
    payload: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  },
  { title: 'template', payload: '<template><img src=x onerror=alert(1)></template>' },
  {
    title: 'details ontoggle',
    payload: '<details open ontoggle="alert(1)"><summary>s</summary></details>',
  },
  { title: 'srcset/formaction', payload: '<img srcset="javascript:alert(1) 1x">' },
  { title: 'nested comment break', payload: '<!--<img src="--><img src=x onerror=alert(1)//">' },
];

/** Extra vectors copied from DOMPurify's own test table, when that fixture is in the tree. */
function loadVectors(): { title: string; payload: string }[] {
  const file = path.resolve(process.cwd(), 'tests/fixtures/xss/dompurify-vectors.json');
  if (!existsSync(file)) return [];
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const list = (data as { vectors?: unknown }).vectors;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (v): v is { title: string; payload: string } =>
      !!v && typeof (v as { payload?: unknown }).payload === 'string',
  );
}

const URL_ATTRS = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'data',
  'background',
  'poster',
];

function hostile(html: string): Article {
  return {
    schemaVersion: 1,
    url: 'https://news.detik.com/x',
    title: '<img src=x onerror=alert(1)>Judul',
    siteName: '<script>alert(1)</script>',
    authors: ['<b onclick=alert(1)>Ana</b>'],
    editors: [],
    published: '2022-12-10T13:19:00+07:00',
    lang: 'id',
    canonicalUrl: null,
    section: null,
    tags: [],
    image: 'javascript:alert(1)',
    description: null,
    text: 'Judul. "Kutipan <script>" kata Ana.',
    html,
    wordCount: 6,
    pages: 1,
    pagination: { total: 1, urls: [], singlePageUrl: null },
    removed: [],
    profile: null,
    quotes: [
      {
        text: '"Kutipan <img src=x onerror=alert(1)>"',
        start: 8,
        end: 26,
        speaker: { name: '<svg onload=alert(1)>' },
      },
    ],
    participants: [],
    summary: [{ text: '<iframe src=javascript:1>', start: 0, end: 6 }],
  };
}

function assertInert(root: Element): void {
  expect(
    root.querySelector(
      'script, iframe, object, embed, form, meta, base, style, template, svg, math, noscript',
    ),
  ).toBeNull();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.toLowerCase().startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      // Our root carries the theme as custom properties; page content never has a style.
      if (el.closest('.jr-body')) expect(attr.name.toLowerCase()).not.toBe('style');
      if (URL_ATTRS.includes(attr.name.toLowerCase())) {
        // Browsers ignore tabs, newlines and leading control characters inside a scheme.
        // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers skip
        const squeezed = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        expect(squeezed, `${el.tagName} ${attr.name}`).not.toMatch(/^(javascript|vbscript):/);
        // data: is inert as an image source (DOMPurify keeps it on img) but not as a link target.
        if (!['src', 'srcset'].includes(attr.name.toLowerCase())) {
          expect(squeezed, `${el.tagName} ${attr.name}`).not.toMatch(/^data:/);
        }
      }
    }
  }
  for (const a of Array.from(root.querySelectorAll('.jr-body a[href]'))) {
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toContain('noopener');
  }
}

describe('sanitizing boundary', () => {
  const all = [...PAYLOADS, ...loadVectors()];
  it(`renders ${all.length} hostile bodies inert (own table + DOMPurify vectors when present)`, () => {
    expect(all.length).toBeGreaterThanOrEqual(PAYLOADS.length);
    // Both image modes: deferred images (the default) and images loaded with the article.
    for (const images of ['click', 'auto'] as const) {
      for (const { title, payload } of all) {
        const v = mountView({
          state: { kind: 'article', article: hostile(payload) },
          settings: { ...DEFAULT_SETTINGS, images },
        });
        try {
          expect(v.el.querySelector('.jr-body'), title).not.toBeNull();
          assertInert(v.el);
          // Loading every deferred image must not bring anything active in either.
          for (const b of Array.from(v.el.querySelectorAll('.jr-body .jr-img-defer'))) click(b);
          assertInert(v.el);
        } finally {
          v.unmount();
        }
      }
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('page text in the title, credits, quotes and summary stays text', () => {
    const v = mountView({ state: { kind: 'article', article: hostile('<p>ok</p>') } });
    unmount = v.unmount;
    expect(v.el.querySelector('.jr-title')?.textContent).toBe('<img src=x onerror=alert(1)>Judul');
    expect(v.el.querySelector('.jr-byline')?.textContent).toContain('<b onclick=alert(1)>Ana</b>');
    expect(v.el.querySelector('.jr-lead')).toBeNull(); // javascript: image dropped
    assertInert(v.el);
  });

  it('links in a clean body open in a new tab without an opener', () => {
    const v = mountView({
      state: { kind: 'article', article: hostile('<p><a href="https://example.org/a">a</a></p>') },
    });
    unmount = v.unmount;
    const a = v.el.querySelector('.jr-body a');
    expect(a?.getAttribute('href')).toBe('https://example.org/a');
    expect(a?.getAttribute('target')).toBe('_blank');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('only components/SafeHtml.tsx injects HTML (no other innerHTML in the view code)', () => {
    const roots = [
      'components',
      'entrypoints/popup',
      'entrypoints/sidepanel',
      'entrypoints/reader',
    ];
    const offenders: string[] = [];
    for (const dir of roots) {
      for (const f of readdirSync(path.resolve(process.cwd(), dir), { recursive: true })) {
        const file = path.join(dir, String(f));
        if (!/\.(tsx?|html)$/.test(file)) continue;
        const src = readFileSync(path.resolve(process.cwd(), file), 'utf8');
        if (/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(src)) {
          offenders.push(file);
        }
      }
    }
    expect(offenders).toEqual(['components/SafeHtml.tsx']);
  });
});
