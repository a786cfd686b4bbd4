// Extension-only: the live page. On every profile's domains (patterns generated from the
// profiles) and, on demand, on any page through activeTab + scripting (background / popup).
// All work happens in utils/live; this file wires storage, messages and invalidation, and
// catches every exception so that none reaches the page.
import { buildMatchPatterns, findProfile } from '@/utils/sites/registry';
import {
  isRequest,
  type AnalyzeRequest,
  type DeclutterStatus,
  type Request,
  type ResponseMap,
} from '@/utils/messaging';
import { startLivePage, type LivePage } from '@/utils/live/live-page';
import { extractLiveArticle, extractThisPage } from '@/utils/live/extract-live';
import { EMPTY_ANALYSIS, type ExtractResult } from '@/utils/extract/extract-article';
import { declutterOffSites, isDeclutterOn, setDeclutterOn, siteKeyOf } from '@/utils/storage';
import { installTestHook } from '@/utils/live/test-hook';
import type { Analysis } from '@/utils/extract/types';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Set once per isolated world: an on-demand injection into a page already running us is a no-op. */
const RUNNING = '__jernihLive';
/**
 * Extract the article ahead of the reader's click, on profile pages (the generic path's
 * Readability is one long step: it runs only when the reader asks).
 */
const PREPARE_AHEAD = true;

export default defineContentScript({
  matches: buildMatchPatterns(),
  runAt: 'document_start',
  main(ctx) {
    try {
      const scope = globalThis as Record<string, unknown>;
      if (scope[RUNNING]) return;
      scope[RUNNING] = true;
      run(ctx);
    } catch (err) {
      report(err);
    }
  },
});

function report(err: unknown): void {
  try {
    console.debug('[jernih] caught', err);
  } catch {
    // nothing left to do
  }
}

function run(ctx: ContentScriptContext): void {
  const url = location.href;
  const profile = findProfile(url);
  const live: LivePage = startLivePage(document, profile, {
    onError: report,
    readyAt: domContentLoadedAt,
    // Once the declutter is done and the page idle: this page's article, in steps of a few ms
    // (one step of the older, coarser steps took 55.5 ms on a poisoned page, bound 50 ms).
    onFirstPass:
      PREPARE_AHEAD && profile
        ? () => whenIdle(() => void thisPage(false, 'prepare').article.catch(() => undefined))
        : undefined,
  });
  // "extract": the reader asked (reported apart); "prepare": ahead of the click, on every page
  // load, so bounded like the declutter's own slices.
  const runSteps = (steps: Generator<string, ExtractResult>) => live.runSteps('extract', steps);
  const prepareSteps = (steps: Generator<string, ExtractResult>) => live.runSteps('prepare', steps);

  // This page's article, extracted in slices ahead of the click (PREPARE_AHEAD, profile pages)
  // or when the reader asks, so the reading view need not wait for it. Kept
  // while the page leaves the article as it was (live.articleVersion); no other page is fetched
  // before the reader asks.
  type Made = {
    version: number;
    generic: boolean;
    why: 'prepare' | 'asked';
    article: Promise<ExtractResult>;
  };
  let made: Made | null = null;
  const thisPage = (generic: boolean, why: Made['why']): Made => {
    const version = live.articleVersion();
    if (made && made.version === version && made.generic === generic) return made;
    const steps = why === 'prepare' ? prepareSteps : runSteps;
    const entry: Made = {
      version,
      generic,
      why,
      article: extractThisPage(document, generic, steps),
    };
    made = entry;
    // A failure is never kept: the page may not have had its article yet (built by script).
    entry.article.catch(() => {
      if (made === entry) made = null;
    });
    return entry;
  };
  const site = siteKeyOf(url, profile);

  // Remembered per site: the sheet went in synchronously (no flash on the usual "on"), and a
  // site the reader turned off gets it taken out as soon as storage answers.
  if (site) {
    isDeclutterOn(site)
      .then((on) => {
        if (!on) live.setEnabled(false);
      })
      .catch(report);
    const unwatch = declutterOffSites.watch((off) => {
      try {
        live.setEnabled(!(off ?? []).includes(site));
      } catch (err) {
        report(err);
      }
    });
    ctx.onInvalidated(unwatch);
  }

  const handle = async (req: Request): Promise<ResponseMap[Request['type']]> => {
    switch (req.type) {
      case 'get-status':
        return toStatus(live);
      case 'set-declutter':
        live.setEnabled(req.enabled);
        if (site) await setDeclutterOn(site, req.enabled);
        return toStatus(live);
      case 'restore-block':
        live.restore(req.index);
        return toStatus(live);
      case 'get-article': {
        const generic = req.generic ?? !profile;
        const ready = thisPage(generic, 'asked');
        // One made ahead that fails is made again, now that the reader asks; one the reader
        // asked for is not (its failure is the answer).
        const first =
          ready.why === 'prepare'
            ? ready.article.catch(() => thisPage(generic, 'asked').article)
            : ready.article;
        const analyze = req.analysis === false ? skipAnalysis : analyzeInBackground;
        return extractLiveArticle(document, generic, analyze, runSteps, first);
      }
    }
  };

  // Each message's synchronous part is one slice of ours; the article extraction for
  // get-article runs in slices of its own ("extract"), between which the page runs.
  const timed = (req: Request): Promise<ResponseMap[Request['type']]> =>
    live.time(`message ${req.type}`, () => handle(req));

  const onMessage = (msg: unknown): Promise<unknown> | undefined => {
    if (!isRequest(msg)) return undefined;
    return timed(msg).catch((err: unknown) => {
      report(err);
      return { ok: false, code: 'internal', message: String(err) };
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    live.stop();
  });
  // Test builds only (`--mode e2e`): the same handler driven from the page, for Firefox where
  // WebDriver BiDi cannot reach an extension page. Compiled out of release builds.
  if (import.meta.env.MODE === 'e2e') installTestHook(document, timed, report);
}

function toStatus(live: LivePage): DeclutterStatus {
  const s = live.status();
  const status: DeclutterStatus = {
    enabled: s.enabled,
    profile: s.profile,
    hidden: s.hidden,
    restored: s.restored,
    declutterMs: s.declutterMs,
    errors: s.errors,
  };
  // Test and bench builds: every slice of our main-thread work, for the 50 ms bound (issue 7).
  if (import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'bench') {
    return Object.assign(status, { timing: s.timing });
  }
  return status;
}

const skipAnalysis = (): Promise<Analysis> => Promise.resolve(EMPTY_ANALYSIS);

async function analyzeInBackground(text: string): Promise<Analysis> {
  const req: AnalyzeRequest = { type: 'analyze-text', text };
  return (await browser.runtime.sendMessage(req)) as Analysis;
}

/** Runs `fn` when the page is idle (requestIdleCallback; within 2 s at the latest). */
function whenIdle(fn: () => void): void {
  const guarded = (): void => {
    try {
      fn();
    } catch (err) {
      report(err);
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(guarded, { timeout: 2000 });
  else setTimeout(guarded, 200);
}

/** performance.now() at DOMContentLoaded, from the navigation timing entry. */
function domContentLoadedAt(): number | null {
  const nav = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  return nav && nav.domContentLoadedEventStart > 0 ? nav.domContentLoadedEventStart : null;
}
