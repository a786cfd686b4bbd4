// Node-only: DOMPurify's public XSS payload table (tests/fixtures/xss/dompurify-vectors.json,
// copied with attribution) through the whole Node pipeline: parse (jsdom), extract, sanitize,
// and every export. Issue 7: no active content in `article.html` or any export, and the
// citation formats stay well-formed whatever the page says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../utils/cli/parse-html';
import { ExtractError } from '../../../utils/extract/errors';
import { extractArticle } from '../../../utils/extract/extract-article';
import type { Article } from '../../../utils/extract/types';
import { analyzeText } from '../../../utils/analyze/index';
import type { ExportItem } from '../../../utils/export/types';
import { sanitizeHtml } from '../../../utils/sanitize/node';
import { checkExports, findActiveContent } from './active-content';
import { buildArticlePage, injectIntoCorpusBody } from './pages';

interface Vector {
  title: string;
  payload: string;
}

const TABLE = JSON.parse(
  readFileSync(path.resolve(process.cwd(), 'tests/fixtures/xss/dompurify-vectors.json'), 'utf8'),
) as { source: { repository: string; commit: string }; vectors: Vector[] };
const VECTORS = TABLE.vectors;
// A small real page (antaranews, 49 kB): parsing a big one per vector costs ~0.5 s.
const CORPUS_PAGE = readFileSync(
  path.resolve(process.cwd(), 'tests/fixtures/corpus/pages/antaranews-1.html'),
  'utf8',
);
const CORPUS_BODY = '<div id="content_news"';
const CORPUS_URL = 'https://www.antaranews.com/berita/3900000/uji';
// Vectors planted together in one corpus page: cheaper, and a hostile mix of its own.
const BATCH = 8;

const OPTS = { sanitize: sanitizeHtml, analyze: analyzeText };

/** The article as a clip, with a highlight taken from its (hostile) text. */
function toClip(article: Article): ExportItem {
  return {
    ...article,
    id: 'xss',
    clippedAt: '2025-01-15T03:04:05.000Z',
    accessed: '2025-01-15',
    userTags: ['uji'],
    note: '',
    highlights: [{ text: article.text.slice(0, 300), start: 0, end: 300 }],
    extractorVersion: 'test',
  };
}

interface Outcome {
  extracted: boolean;
  problems: string[];
}

function runPipeline(html: string, url: string | null): Outcome {
  let article: Article;
  try {
    article = extractArticle(parseHtml(html, url), { ...OPTS, url });
  } catch (err) {
    if (err instanceof ExtractError) return { extracted: false, problems: [] };
    throw err;
  }
  const problems = findActiveContent(article.html).map((p) => `article.html: ${p}`);
  problems.push(...checkExports([toClip(article)]));
  return { extracted: true, problems };
}

describe(`DOMPurify payload table (${VECTORS.length} vectors, ${TABLE.source.commit.slice(0, 7)})`, () => {
  it('has the whole table', () => {
    expect(VECTORS.length).toBeGreaterThan(200);
    expect(TABLE.source.repository).toBe('https://github.com/cure53/DOMPurify');
  });

  const tally = { everywhere: 0, body: 0 };

  it.each(VECTORS.map((v, i) => [i, v.title, v] as const))('#%i %s', (_i, _title, vector) => {
    const places = {
      // title, og/meta tags, canonical, JSON-LD, byline, caption and a body paragraph at once
      everywhere: runPipeline(buildArticlePage(vector.payload, 'everywhere'), null),
      // only the body, so a payload that breaks the head cannot hide a body problem
      body: runPipeline(
        buildArticlePage(vector.payload, 'body'),
        'https://berita.contoh.id/2024/01/15/uji',
      ),
    };
    for (const [place, outcome] of Object.entries(places)) {
      expect(outcome.problems, `${place}: ${vector.payload.slice(0, 120)}`).toEqual([]);
      if (outcome.extracted) tally[place as keyof typeof tally] += 1;
    }
    // The body placement carries a full article: the payload cannot make it vanish.
    expect(places.body.extracted).toBe(true);
  });

  const batches: Vector[][] = [];
  for (let i = 0; i < VECTORS.length; i += BATCH) batches.push(VECTORS.slice(i, i + BATCH));
  it.each(batches.map((b, i) => [i * BATCH, i * BATCH + b.length - 1, b] as const))(
    'vectors #%i-#%i inside a real outlet page (profile path)',
    (_from, _to, batch) => {
      let page = CORPUS_PAGE;
      for (const vector of batch) page = injectIntoCorpusBody(page, CORPUS_BODY, vector.payload);
      const outcome = runPipeline(page, CORPUS_URL);
      expect(outcome.extracted).toBe(true);
      expect(outcome.problems).toEqual([]);
    },
  );

  it('extracted an article for (nearly) every vector in every placement', () => {
    console.log(`xss: articles extracted per placement, of ${VECTORS.length} vectors`, tally);
    expect(tally.body).toBe(VECTORS.length);
    expect(tally.everywhere).toBeGreaterThan(VECTORS.length * 0.9);
  });
});
