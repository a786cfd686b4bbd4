// Extension pages: asks the tab's content script for its article and turns the answer into the
// view's state. Kept apart from the component so the first request can start before Preact
// renders anything (time to content).
import { browser } from 'wxt/browser';
import type { ViewState } from '../../components/ReaderView';
import { ensureLiveScript } from '../../utils/live/inject';
import type { Article } from '../../utils/extract/types';
import {
  isAnalysis,
  type AnalyzeRequest,
  type DeclutterStatus,
  type Request,
  type ResponseMap,
} from '../../utils/messaging';
import { describeMessagingError, classifyRefusal, isRestrictedUrl, readTabIdParam } from './target';

class RefusedError extends Error {
  constructor(readonly why: 'restricted' | 'no-access') {
    super(why);
  }
}

export interface Fetched {
  tabId: number | null;
  state: ViewState;
  /** The live page's declutter status; it may come after the article. */
  status: Promise<DeclutterStatus | null>;
  /**
   * The article with its quotes, participants and summary, asked of the background once the
   * article is in (the view shows the article meanwhile); null without an article, and the
   * article as it came (empty analysis) when the background does not answer.
   */
  analyzed: Promise<Article | null>;
}

export function ask<R extends Request>(
  tabId: number,
  req: R,
): Promise<ResponseMap[R['type']] | undefined> {
  return browser.tabs.sendMessage(tabId, req) as Promise<ResponseMap[R['type']] | undefined>;
}

async function findTab(): Promise<{ id: number; url?: string } | null> {
  const fromParam = readTabIdParam(location.search);
  if (fromParam !== null) {
    const tab = await browser.tabs.get(fromParam).catch(() => null);
    return { id: fromParam, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

const NO_STATUS = Promise.resolve(null);
const NO_ARTICLE = Promise.resolve(null);

/** A view state that carries no article (so nothing to analyse). */
const noArticle = (
  tabId: number | null,
  state: ViewState,
  status: Promise<DeclutterStatus | null> = NO_STATUS,
): Fetched => ({ tabId, state, status, analyzed: NO_ARTICLE });

/** The background's analysis of the article's text, merged in. */
async function analyze(article: Article): Promise<Article> {
  const req: AnalyzeRequest = { type: 'analyze-text', text: article.text };
  const res: unknown = await browser.runtime.sendMessage(req).catch(() => null);
  if (!isAnalysis(res)) return article;
  return { ...article, quotes: res.quotes, participants: res.participants, summary: res.summary };
}

export async function fetchView(generic: boolean): Promise<Fetched> {
  const tab = await findTab().catch(() => null);
  if (!tab) return noArticle(null, { kind: 'error', reason: 'no-tab' });
  if (isRestrictedUrl(tab.url)) return noArticle(tab.id, { kind: 'restricted' });
  const req: Request = generic
    ? { type: 'get-article', generic: true, analysis: false }
    : { type: 'get-article', analysis: false };
  performance.mark('jr-ask');
  // Profile pages already run the content script: ask at once, with the declutter status
  // alongside. Any other page has none until asked: inject it (activeTab), then ask again.
  let status: Promise<DeclutterStatus | null> = ask(tab.id, { type: 'get-status' }).then(
    (s) => s ?? null,
    () => null,
  );
  try {
    const res = await ask(tab.id, req).catch(async (err: unknown) => {
      if (describeMessagingError(err) !== 'no-script') throw err;
      const injected = await ensureLiveScript(tab.id).catch((why: unknown) => {
        // Without activeTab the address is unknown; the refusal to inject tells us instead.
        const refusal = classifyRefusal(why);
        if (refusal) throw new RefusedError(refusal);
        return null;
      });
      if (!injected) throw err;
      status = Promise.resolve(injected);
      return ask(tab.id, req);
    });
    performance.mark('jr-answer');
    const answer = res && typeof res === 'object' && 'ok' in res ? res : null;
    const state: ViewState = !answer
      ? { kind: 'error', reason: 'no-script' }
      : answer.ok
        ? { kind: 'article', article: answer.article, analyzing: true }
        : answer.code === 'no-article'
          ? { kind: 'no-article', generic }
          : { kind: 'error', reason: answer.message || answer.code };
    const analyzed = answer?.ok ? analyze(answer.article) : NO_ARTICLE;
    return { tabId: tab.id, state, status, analyzed };
  } catch (err) {
    if (err instanceof RefusedError && err.why === 'restricted') {
      return noArticle(tab.id, { kind: 'restricted' });
    }
    if (err instanceof RefusedError) {
      return noArticle(tab.id, { kind: 'error', reason: 'no-access' });
    }
    return noArticle(tab.id, { kind: 'error', reason: describeMessagingError(err) }, status);
  }
}
