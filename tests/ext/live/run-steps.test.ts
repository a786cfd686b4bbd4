// Extension-side tests (jsdom): the reader's article extraction on the live page runs through
// LivePage.runSteps, in timed slices queued with the declutter: the article it gives is the
// one-call pipeline's, an extraction error reaches the caller (not the page's error count), and
// a stopped page script answers with an error instead of never. articleVersion tells an
// extraction made ahead of the reader's click (content.ts) from a stale one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../utils/extract/errors';
import { extractArticle, extractArticleSteps } from '../../../utils/extract/extract-article';
import { startLivePage } from '../../../utils/live/live-page';
import { sanitizeHtml } from '../../../utils/sanitize/node';
import { findProfile } from '../../../utils/sites/registry';

const SAMPLE = readFileSync(resolve(process.cwd(), 'public/sample/contoh-berita.html'), 'utf8');
const URL_ = 'https://www.suara.com/news/2015/11/26/140500/konferensi';
const profile = findProfile(URL_);
const load = (html = SAMPLE): Document => new JSDOM(html, { url: URL_ }).window.document;

describe('LivePage.runSteps', () => {
  it('gives the one-call article, in slices of its own label', async () => {
    const doc = load();
    const live = startLivePage(doc, profile, { sliceBudgetMs: 0 });
    const opts = { url: URL_, sanitize: sanitizeHtml, sanitizeInParts: true };
    const article = await live.runSteps('extract', extractArticleSteps(doc, opts));
    expect(article).toEqual(extractArticle(doc, { url: URL_, sanitize: sanitizeHtml }));
    const slices = live.status().timing.slices.byLabel.extract;
    // A zero budget ends a slice after every step: the work did not run as one block.
    expect(slices?.count ?? 0).toBeGreaterThan(3);
    expect(live.status().errors).toBe(0);
    live.stop();
  });

  it('hands an extraction error to the caller, not to the page error count', async () => {
    const doc = load('<!doctype html><html><body><nav>Menu</nav></body></html>');
    const live = startLivePage(doc, profile);
    const steps = extractArticleSteps(doc, { url: URL_, sanitize: sanitizeHtml });
    await expect(live.runSteps('extract', steps)).rejects.toBeInstanceOf(ExtractError);
    expect(live.status().errors).toBe(0);
    live.stop();
  });

  it('answers with an error once the page script was stopped', async () => {
    const doc = load();
    const live = startLivePage(doc, profile);
    live.stop();
    const steps = extractArticleSteps(doc, { url: URL_, sanitize: sanitizeHtml });
    await expect(live.runSteps('extract', steps)).rejects.toThrow(/stopped/);
  });

  it('counts a change in the article, not one beside it (articleVersion)', async () => {
    const doc = load();
    let settled = false;
    const live = startLivePage(doc, profile, {
      observer: { delayMs: 5 },
      onFirstPass: () => (settled = true),
    });
    for (let i = 0; i < 300 && !settled; i++) await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(true);
    const start = live.articleVersion();
    const aside = doc.createElement('div');
    aside.textContent = 'Iklan yang datang terlambat di luar artikel';
    doc.body.appendChild(aside);
    await new Promise((r) => setTimeout(r, 80));
    expect(live.articleVersion()).toBe(start);
    const late = doc.createElement('p');
    late.textContent = 'Paragraf yang ditambahkan halaman ke dalam artikel.';
    doc.querySelector('.detail--content')?.appendChild(late);
    await new Promise((r) => setTimeout(r, 80));
    expect(live.articleVersion()).toBeGreaterThan(start);
    live.stop();
  });
});
