// Extension-side (content script): the article of the live page, split pages joined through a
// same-origin fetch - the only network request the extension makes.
import { extractJoinedArticle, type JoinOptions } from '../extract/join-pages';
import { ExtractError } from '../extract/errors';
import { sanitizeHtml } from '../sanitize/browser';
import type { Analysis } from '../extract/types';
import type { ArticleResponse } from '../messaging';

/**
 * `analyze` is asked of the background (see AnalyzeRequest); the join runs first, then the
 * analysis over the joined text.
 */
export async function extractLiveArticle(
  doc: Document,
  generic: boolean,
  analyze: (text: string) => Promise<Analysis>,
  runSteps?: JoinOptions['runSteps'],
): Promise<ArticleResponse> {
  const here = doc.location?.href ?? doc.URL;
  try {
    const article = await extractJoinedArticle(doc, {
      url: here,
      generic,
      sanitize: sanitizeHtml,
      fetchPage: (url) => fetchSameOrigin(url, here),
      parseHtml: parseWithBase,
      sanitizeInParts: true,
      runSteps,
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
