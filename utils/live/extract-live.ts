// Extension-side (content script): the article of the live page, split pages joined through a
// same-origin fetch - the only network request the extension makes.
import { extractJoinedArticle, type JoinOptions } from '../extract/join-pages';
import { ExtractError } from '../extract/errors';
import { extractArticleSteps, type ExtractResult } from '../extract/extract-article';
import { sanitizeHtml } from '../sanitize/browser';
import type { Analysis } from '../extract/types';
import type { ArticleResponse } from '../messaging';

/** The options of the live page's extraction (the joins' fetches are same-origin only). */
function liveOptions(doc: Document, generic: boolean, runSteps?: JoinOptions['runSteps']) {
  const here = doc.location?.href ?? doc.URL;
  return {
    url: here,
    generic,
    sanitize: sanitizeHtml,
    fetchPage: (url: string) => fetchSameOrigin(url, here),
    parseHtml: parseWithBase,
    sanitizeInParts: true,
    runSteps,
  } satisfies JoinOptions;
}

/**
 * This page's own extraction (no other page fetched, no analysis), in the slices `runSteps`
 * gives it: made ahead of the reader's click and reused by `extractLiveArticle`.
 */
export function extractThisPage(
  doc: Document,
  generic: boolean,
  runSteps: NonNullable<JoinOptions['runSteps']>,
): Promise<ExtractResult> {
  return runSteps(extractArticleSteps(doc, liveOptions(doc, generic)));
}

/**
 * `analyze` is asked of the background (see AnalyzeRequest); the join runs first, then the
 * analysis over the joined text. `first` is this page's extraction when already made.
 */
export async function extractLiveArticle(
  doc: Document,
  generic: boolean,
  analyze: (text: string) => Promise<Analysis>,
  runSteps?: JoinOptions['runSteps'],
  first?: Promise<ExtractResult>,
): Promise<ArticleResponse> {
  try {
    const article = await extractJoinedArticle(doc, {
      ...liveOptions(doc, generic, runSteps),
      first,
    });
    return { ok: true, article: { ...article, ...(await analyze(article.text)) } };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, code: err.code, message: err.message };
    return {
      ok: false,
      code: 'internal',
      message: err instanceof Error ? err.message : String(err),
    };
  }
}

/** Fetches another page of this article; anything off this origin is refused, not fetched. */
export async function fetchSameOrigin(url: string, pageUrl: string): Promise<string> {
  const target = new URL(url, pageUrl);
  if (target.origin !== new URL(pageUrl).origin) {
    throw new ExtractError('fetch', `not fetched: ${target.origin} is another site`);
  }
  const res = await fetch(target.href, { credentials: 'same-origin', redirect: 'follow' });
  if (!res.ok) throw new ExtractError('fetch', `page ${target.href}: HTTP ${res.status}`);
  return res.text();
}

/** DOMParser documents resolve links against the parsing page: give them their own base. */
function parseWithBase(html: string, url: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc;
}
