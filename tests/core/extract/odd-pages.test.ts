// Node-only: pages that are not a plain news article (issue 7 "Robustness"): an AMP edition of a
// real corpus article, a frameset, an article in another language, a page in two scripts.
// Each gives a valid article or a clear ExtractError, never another exception.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze/index';
import { parseHtml } from '../../../utils/cli/parse-html';
import { ExtractError } from '../../../utils/extract/errors';
import { extractArticle } from '../../../utils/extract/extract-article';
import { sanitizeHtml } from '../../../utils/sanitize/node';
import { normalizeForScoring as norm, readGold, readPage } from '../../helpers/corpus';

const opts = { sanitize: sanitizeHtml, analyze: analyzeText };

/**
 * The AMP form of a real page: the ⚡ attribute, AMP's runtime script and custom style,
 * <amp-img> for every image, an <amp-sidebar> menu and <amp-ad> slots between paragraphs.
 */
function toAmp(html: string): string {
  return html
    .replace(/<html\b/i, '<html ⚡')
    .replace(
      /<head([^>]*)>/i,
      '<head$1><script async src="https://cdn.ampproject.org/v0.js"></script>' +
        '<style amp-custom>body{font-family:sans-serif}</style>',
    )
    .replace(/<img\b([^>]*?)\/?>/gi, '<amp-img layout="responsive"$1></amp-img>')
    .replace(
      /<body([^>]*)>/i,
      '<body$1><amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li>' +
        '<li><a href="/berita">Berita</a></li><li><a href="/terpopuler">Terpopuler</a></li></ul>' +
        '</amp-sidebar>',
    )
    .replace(/<\/p>/gi, '</p><amp-ad width="300" height="250" type="doubleclick"></amp-ad>');
}

describe('pages that are not a plain article', () => {
  it.each(['detik-1', 'kompas-1', 'tribunnews-1'])(
    '%s as an AMP page: the same body, profile and generic path',
    (id) => {
      const gold = readGold(id);
      const amp = toAmp(readPage(id));
      expect(amp).toContain('<amp-img');
      for (const generic of [false, true]) {
        const article = extractArticle(parseHtml(amp, gold.url), {
          ...opts,
          url: gold.url,
          generic,
        });
        const text = norm(article.text);
        for (const s of gold.mustContain) expect(text, `${id} ${generic}`).toContain(norm(s));
        if (!generic) {
          for (const s of gold.mustNotContain) expect(text, id).not.toContain(norm(s));
        }
        expect(article.html).not.toMatch(/<amp-|<script/i);
      }
    },
  );

  it('a frameset has no article: a clear no-article error', () => {
    const html =
      '<html><head><title>Bingkai</title></head><frameset cols="50%,50%"><frame src="a.html">' +
      '<frame src="b.html"><noframes><p>Peramban Anda tidak mendukung frame.</p></noframes>' +
      '</frameset></html>';
    let caught: unknown = null;
    try {
      extractArticle(parseHtml(html, 'https://example.id/bingkai'), opts);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ExtractError);
    expect((caught as ExtractError).code).toBe('no-article');
  });

  it('an English article keeps every paragraph, its language, and gets no Indonesian clutter rules wrong', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n}: heavy rain flooded large parts of the Indonesian capital on Monday, officials said, forcing thousands of residents to leave their homes.</p>`;
    const html =
      '<html lang="en"><head><title>Floods hit Jakarta</title></head><body>' +
      '<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Floods hit Jakarta</h1>' +
      [1, 2, 3, 4, 5, 6].map(para).join('') +
      '</article><footer>Copyright 2026</footer></body></html>';
    const article = extractArticle(parseHtml(html, 'https://example.com/floods'), opts);
    expect(article.lang).toBe('en');
    expect(article.title).toBe('Floods hit Jakarta');
    for (const n of [1, 2, 3, 4, 5, 6]) expect(article.text).toContain(`Paragraph ${n}:`);
    expect(article.text).not.toContain('Copyright');
  });

  it('an article in Chinese script is read whole, with no invented participants', () => {
    const para = `<p>${'雅加达周一遭遇暴雨，多个地区被洪水淹没，数千名居民被迫撤离家园。'.repeat(3)}</p>`;
    const html = `<html lang="zh"><head><title>雅加达洪水</title></head><body><article>${para.repeat(5)}</article></body></html>`;
    const article = extractArticle(parseHtml(html, 'https://example.cn/a'), opts);
    expect(article.lang).toBe('zh');
    expect(article.text.split('\n\n')).toHaveLength(5);
    expect(article.participants).toEqual([]);
  });
});
