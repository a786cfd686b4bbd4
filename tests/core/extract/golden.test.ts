// Golden tests: every corpus page against its hand-made gold (the contract). Snippets are
// checked per page; metadata against the floors, with the misses listed.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze/index';
import { parseHtml } from '../../../utils/cli/parse-html';
import { extractArticle, type ExtractResult } from '../../../utils/extract/extract-article';
import { sanitizeHtml } from '../../../utils/sanitize/node';
import {
  dayOf,
  listCorpusIds,
  normalizeForScoring as norm,
  readGold,
  readPage,
} from '../../helpers/corpus';

const IDS = listCorpusIds();
const results = new Map<string, ExtractResult>();

beforeAll(() => {
  for (const id of IDS) {
    const doc = parseHtml(readPage(id));
    results.set(id, extractArticle(doc, { sanitize: sanitizeHtml, analyze: analyzeText }));
  }
});

describe('corpus snippets', () => {
  it.each(IDS)('%s keeps the body and drops the clutter', (id) => {
    const gold = readGold(id);
    const text = norm(results.get(id)?.text ?? '');
    const missing = gold.mustContain.filter((s) => !text.includes(norm(s)));
    const leaked = gold.mustNotContain.filter((s) => text.includes(norm(s)));
    expect({ missing, leaked }).toEqual({ missing: [], leaked: [] });
  });

  it('uses a site profile for every corpus page', () => {
    const generic = IDS.filter((id) => results.get(id)?.profile === null);
    expect(generic).toEqual([]);
  });
});

describe('corpus metadata', () => {
  const share = (pred: (id: string) => boolean): { share: number; misses: string[] } => {
    const misses = IDS.filter((id) => !pred(id));
    return { share: 1 - misses.length / IDS.length, misses };
  };

  it('title is the headline on at least 95% of pages', () => {
    const r = share((id) => norm(results.get(id)?.title ?? '') === norm(readGold(id).title));
    expect(r.share, `misses: ${r.misses.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('published day is right on at least 95% of pages', () => {
    const r = share(
      (id) => dayOf(results.get(id)?.published ?? null) === dayOf(readGold(id).published),
    );
    expect(r.share, `misses: ${r.misses.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('authors are right on at least 85% of pages', () => {
    const r = share((id) => {
      const got = new Set((results.get(id)?.authors ?? []).map(norm));
      const want = new Set(readGold(id).authors.map(norm));
      return got.size === want.size && [...want].every((a) => got.has(a));
    });
    expect(r.share, `misses: ${r.misses.join(', ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('every result keeps the Article contract', () => {
    for (const [id, a] of results) {
      expect(a.schemaVersion, id).toBe(1);
      expect(a.text.length, id).toBeGreaterThan(100);
      expect(a.wordCount, id).toBeGreaterThan(10);
      expect(a.pages, id).toBe(1);
      expect(a.text.includes('\n\n\n'), id).toBe(false);
      for (const span of [...a.quotes, ...a.summary]) {
        expect(a.text.slice(span.start, span.end), id).toBe(span.text);
      }
    }
  });
});
