// Node-only e2e helper: every request that left the browser (the proxy sees them all) is put
// down to who made it - the web page, an extension page, the extension's service worker, our
// content script, or the browser's own services - and the extension's are checked: nothing but
// the same-site fetch of a split article's other pages (issue 7: nothing leaves the machine).
// Chromium: CDP on every tab (the document and the initiator's stack: a content script's fetch
// runs in the page's frame, with our chrome-extension:// script on its stack) and Playwright's
// service-worker requests. Firefox (WebDriver BiDi gives no initiator): every request of a tab
// other than the article tab is an extension page's (the harness opens only extension pages
// there, with newPage), and a content script's fetch is told by its headers - Firefox sends it from the
// add-on's sandbox without a Referer (a cors fetch with an empty destination), where the
// page's own fetches carry the page as Referer.
import type { BrowserContext, Page as PwPage } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import type { SeenRequest } from './proxy-server';

export type Initiator =
  'page' | 'extension page' | 'service worker' | 'content script' | 'browser' | 'unattributed';

const EXTENSION: readonly Initiator[] = ['extension page', 'service worker', 'content script'];

/** The browsers' own update, time and settings services (never the pages' ad hosts). */
const BROWSER_SERVICES =
  /^(clients\d*\.google\.com|update\.googleapis\.com|accounts\.google\.com|[a-z0-9-]+\.gvt1\.com|optimizationguide-pa\.googleapis\.com|content-autofill\.googleapis\.com|safebrowsing[a-z0-9-]*\.googleapis\.com|[a-z0-9.-]+\.services\.mozilla\.com|[a-z0-9.-]+\.mozilla\.(net|org|com)|detectportal\.firefox\.com)$/;

/** The harness's own control request from an extension page (must be seen as one). */
export const PROBE_URL = 'https://probe.invalid/__harness-probe';

export interface RequestLog {
  /** Browser-side sightings: url -> who. */
  seenBy: Map<string, Initiator>;
  /** The article tab (Firefox), for telling the page's requests from an extension page's. */
  articleTab?: PpPage;
}

export function createRequestLog(): RequestLog {
  return { seenBy: new Map() };
}

interface CdpRequest {
  request: { url: string };
  documentURL?: string;
  initiator?: { url?: string; stack?: CdpStack };
}
interface CdpStack {
  callFrames: { url: string }[];
  parent?: CdpStack;
}

function stackHasExtension(stack: CdpStack | undefined): boolean {
  for (let s = stack; s; s = s.parent) {
    if (s.callFrames.some((f) => f.url.startsWith('chrome-extension://'))) return true;
  }
  return false;
}

/** Chromium: CDP on every tab, now and later, and the service worker's requests. */
export async function watchChromium(context: BrowserContext, log: RequestLog): Promise<void> {
  const attach = async (page: PwPage): Promise<void> => {
    try {
      const cdp = await context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (e: CdpRequest) => {
        const doc = e.documentURL ?? '';
        const who: Initiator = doc.startsWith('chrome-extension://')
          ? 'extension page'
          : stackHasExtension(e.initiator?.stack) ||
              (e.initiator?.url ?? '').startsWith('chrome-extension://')
            ? 'content script'
            : 'page';
        log.seenBy.set(e.request.url, who);
      });
      await cdp.send('Network.enable');
    } catch {
      // a tab closed before it could be watched
    }
  };
  for (const p of context.pages()) await attach(p);
  context.on('page', (p) => void attach(p));
  context.on('request', (req) => {
    if (req.serviceWorker()) log.seenBy.set(req.url(), 'service worker');
  });
}

/**
 * Firefox: BiDi request events of the article tab (the page and its frames) and of every tab
 * the harness opens with newPage() (only ever extension pages: popup, library, probe).
 */
export async function watchFirefox(browser: Browser, log: RequestLog): Promise<void> {
  const attach = (page: PpPage, who: Initiator): void => {
    page.on('request', (req) => {
      // an extension page's sighting wins over the page's (the same image URL in both)
      if (who === 'extension page' || !log.seenBy.has(req.url())) log.seenBy.set(req.url(), who);
    });
  };
  const first = (await browser.pages())[0];
  if (first) attach(first, 'page');
  log.articleTab = first;
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const page = await newPage(...args);
    attach(page, 'extension page');
    return page;
  };
}

/**
 * Firefox's content-script fetch: a script fetch (cors, empty destination) with no Referer, to
 * any site - so a fetch of ours elsewhere is caught, not put down to the page. A page's own
 * fetch carries a Referer unless it opts out; one that did would fail here loudly (counted as
 * ours), never pass silently.
 */
function looksLikeSandboxFetch(r: SeenRequest): boolean {
  return !r.referer && r.secFetchMode === 'cors' && r.secFetchDest === 'empty';
}

export interface RequestVerdict {
  byInitiator: Record<string, number>;
  /** Extension requests that are the same-site fetch of a split article (allowed). */
  splitFetches: string[];
  /** Extension requests anywhere else, and unattributed ones: each one fails. */
  leaks: string[];
  probes: number;
}

/**
 * `pageHosts`: the hosts of the pages the run opened (a content script may fetch its own page's
 * host only). `firefox` turns on the header rule for content-script fetches.
 */
export function judgeRequests(
  seen: readonly SeenRequest[],
  log: RequestLog,
  pageHosts: ReadonlySet<string>,
  firefox: boolean,
): RequestVerdict {
  const byInitiator: Record<string, number> = {};
  const splitFetches: string[] = [];
  const leaks: string[] = [];
  let probes = 0;
  for (const r of seen) {
    let host = '';
    try {
      host = new URL(r.url).host;
    } catch {
      // not a URL: left unattributed below
    }
    let who: Initiator = log.seenBy.get(r.url) ?? 'unattributed';
    if (firefox && who !== 'extension page' && looksLikeSandboxFetch(r)) who = 'content script';
    if (who === 'unattributed' && BROWSER_SERVICES.test(host)) who = 'browser';
    // A frame or worker of a web page the browser events missed: its Referer is a web page
    // (an extension page's requests carry none, or its own extension URL).
    if (who === 'unattributed' && /^https?:/.test(r.referer ?? '')) who = 'page';
    byInitiator[who] = (byInitiator[who] ?? 0) + 1;
    if (r.url === PROBE_URL) {
      if (who === 'extension page') probes++;
      else leaks.push(`the probe was seen as "${who}"`);
      continue;
    }
    if (who === 'unattributed') leaks.push(`unattributed: ${r.url}`);
    else if (EXTENSION.includes(who)) {
      if (who === 'content script' && pageHosts.has(host)) splitFetches.push(r.url);
      else leaks.push(`${who} -> ${r.url}`);
    }
  }
  return { byInitiator, splitFetches, leaks, probes };
}
