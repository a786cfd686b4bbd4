// Pure: joins a split article. The fetch and the HTML parser are passed in (the CLI passes
// Node's fetch and jsdom, the extension passes the browser's fetch and DOMParser), so the
// core itself never touches the network.
import type { Article, FetchPage, ParseHtml } from './types';
import {
  EMPTY_ANALYSIS,
  extractArticleSteps,
  type ExtractOptions,
  type ExtractResult,
} from './extract-article';
import { findPageLinks } from './find-pages';
import { drainSteps } from './steps';
import { countWords } from './dom-text';

export interface JoinOptions extends ExtractOptions {
  fetchPage: FetchPage;
  parseHtml: ParseHtml;
  /** At most this many pages are joined. */
  maxPages?: number;
  /**
   * Runs each page's extraction steps; by default at once. The live page passes its slicer,
   * which gives the page its main thread back between steps.
   */
  runSteps?: (steps: Generator<string, ExtractResult>) => Promise<ExtractResult>;
  /** This page's own extraction when already made (the live page extracts ahead of a click). */
  first?: Promise<ExtractResult>;
}

const runAtOnce = (steps: Generator<string, ExtractResult>): Promise<ExtractResult> =>
  Promise.resolve(drainSteps(steps));

function extractPage(
  doc: Document,
  opts: JoinOptions,
  url?: string | null,
): Promise<ExtractResult> {
  const run = opts.runSteps ?? runAtOnce;
  return run(
    extractArticleSteps(doc, {
      ...opts,
      ...(url === undefined ? {} : { url }),
      analyze: undefined,
    }),
  );
}

/** Extracts the article and, when it is split, every other page, joined in order. */
export async function extractJoinedArticle(
  doc: Document,
  opts: JoinOptions,
): Promise<ExtractResult> {
  const first = await (opts.first ?? extractPage(doc, opts));
  const links = first.pagination;
  let article: ExtractResult = first;
  if (links.total > 1) {
    article =
      (await trySinglePage(first, links.singlePageUrl, opts)) ??
      (await joinEach(first, links.urls, opts));
  }
  const analysis = opts.analyze ? opts.analyze(article.text) : EMPTY_ANALYSIS;
  return { ...article, ...analysis };
}

async function trySinglePage(
  first: ExtractResult,
  url: string | null,
  opts: JoinOptions,
): Promise<ExtractResult | null> {
  if (!url) return null;
  try {
    const doc = opts.parseHtml(await opts.fetchPage(url), url);
    const all = await extractPage(doc, opts, first.url);
    if (all.text.length <= first.text.length) return null;
    const pages = Math.max(2, findPageLinks(doc, first.url, null).total);
    return { ...all, ...keepMeta(first), pages };
  } catch {
    return null;
  }
}

async function joinEach(
  first: ExtractResult,
  urls: string[],
  opts: JoinOptions,
): Promise<ExtractResult> {
  const max = opts.maxPages ?? 20;
  const texts = [first.text];
  const htmls = [first.html];
  const removed = [...first.removed];
  for (const url of urls.slice(0, max - 1)) {
    try {
      const doc = opts.parseHtml(await opts.fetchPage(url), url);
      const page = await extractPage(doc, opts, url);
      texts.push(page.text);
      htmls.push(page.html);
      removed.push(...page.removed);
    } catch {
      break; // a page that fails ends the join; what was joined so far is kept
    }
  }
  const text = texts.join('\n\n');
  return {
    ...first,
    text,
    html: htmls.join('\n'),
    wordCount: countWords(text),
    pages: texts.length,
    removed,
  };
}

function keepMeta(first: Article): Partial<Article> {
  const { title, authors, editors, published, siteName, url } = first;
  return { title, authors, editors, published, siteName, url };
}
