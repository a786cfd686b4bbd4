// The live page runs the extraction as steps with the body sanitized in runs (utils/live gives
// the page its main thread back between them): on every corpus page that must be the article
// the one-call pipeline gives, and a long body must really be cut into runs.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../utils/cli/parse-html';
import { extractArticle, extractArticleSteps } from '../../../utils/extract/extract-article';
import { sanitizeHtml } from '../../../utils/sanitize/node';
import { listCorpusIds, readPage } from '../../helpers/corpus';

const IDS = listCorpusIds();

function runSteps(html: string): { result: ReturnType<typeof extractArticle>; steps: string[] } {
  const gen = extractArticleSteps(parseHtml(html), {
    sanitize: sanitizeHtml,
    sanitizeInParts: true,
  });
  const steps: string[] = [];
  for (;;) {
    const r = gen.next();
    if (r.done) return { result: r.value, steps };
    steps.push(r.value);
  }
}

describe('extraction as steps, sanitized in runs', () => {
  it.each(IDS)('%s gives the same article as one call', (id) => {
    const html = readPage(id);
    const whole = extractArticle(parseHtml(html), { sanitize: sanitizeHtml });
    const { result, steps } = runSteps(html);
    expect(result).toEqual(whole);
    expect(steps).toContain('metadata: title');
    expect(steps).toContain('clean: find clutter');
    expect(steps[steps.length - 1]).toBe('credits');
  });

  it('sanitizes every run: no handler or script address survives the join', () => {
    const paras = Array.from(
      { length: 300 },
      (_, i) =>
        `<p>Paragraf ${i} <b onclick="alert(${i})">tebal</b> dan <a href="javascript:x()">tautan</a> dengan teks yang cukup panjang untuk dibaca.</p>\n`,
    ).join('');
    const page = `<!doctype html><html><head><link rel="canonical" href="https://news.detik.com/berita/d-1/uji"><title>Uji</title></head><body><div class="detail__body-text itp_bodycontent">${paras}</div></body></html>`;
    const { result, steps } = runSteps(page);
    expect(steps.filter((s) => s === 'sanitize part').length).toBeGreaterThan(3);
    expect(result.html).toBe(extractArticle(parseHtml(page), { sanitize: sanitizeHtml }).html);
    expect(result.html).toContain('Paragraf 299');
    expect(result.html).not.toMatch(/onclick|javascript:/);
  });
});
