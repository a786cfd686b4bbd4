// Node-only e2e: hostile pages in real Chromium (MV3 e2e build). Each poisoned page is loaded
// (the content script runs and must not throw into the page), then the popup is opened for its
// tab and a clip of it is imported into the library page and opened: no payload may run in an
// extension page (no window.__pwned, no /__pwned/ ping from an extension origin) and their DOM
// holds no script, on* handler or javascript: URL. Also: every request an extension page or the
// service worker makes, by origin (only the extension's own files: article images wait for a
// click, so none to any host), and long tasks on the corpus.
//   npx wxt build --mode e2e && CHROME_EXT_DIR=.output/chrome-mv3-e2e npx tsx tests/e2e/security/security-chrome.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Request as PwRequest, Worker } from 'playwright-core';
import { buildClip } from '../../../utils/library/clip';
import type { ArticleResponse } from '../../../utils/messaging';
import { openChrome } from '../chrome';
import { findBrowser } from '../find-browser';
import { startProxy } from '../proxy-server';
import { runPage, SCREENSHOT_DIR, type Driver } from '../run-suite';
import { listServedPages } from '../served-pages';
import { inspectExtensionPage, type PageInspection } from './inspect';
import { listPoisonedPages, PWN_PATH } from './poisoned-pages';
import { runMain } from '../run-main';

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

interface Outcome {
  id: string;
  view: string;
  ok: boolean;
  problems: string[];
}

/** Every request an extension page made, seen through CDP (Playwright's request events do not
 * cover chrome-extension:// pages). */
const extPageRequests: { url: string; pageHost: string; type: string }[] = [];

/** The page's own host may be asked (its article images, the split-article fetch); no other. */
async function logRequests(context: BrowserContext, page: Page, pageHost: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; type?: string }) =>
    extPageRequests.push({ url: e.request.url, pageHost, type: e.type ?? 'Other' }),
  );
  await cdp.send('Network.enable');
}

/** The harness's own probe request from an extension page (excluded from the leak check). */
const PROBE_URL = 'https://probe.invalid/__harness-probe';

const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

async function pageTabId(worker: Worker): Promise<number> {
  const id = await worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => !t.url?.startsWith('chrome'))?.id ?? null;
  });
  if (id === null) throw new Error('no page tab');
  return id;
}

function judge(got: PageInspection, mustShow: string, problems: string[]): void {
  if (got.pwned !== null) problems.push(`payload ran in the extension page: ${String(got.pwned)}`);
  if (/PWNED/.test(got.title)) problems.push(`title changed: ${got.title}`);
  for (const a of got.active) problems.push(`active content: ${a}`);
  if (!norm(got.text).includes(norm(mustShow))) problems.push(`article text missing: ${mustShow}`);
}

async function settle(page: Page): Promise<void> {
  // handlers that fire late (ontoggle, onbegin, failed image loads) get their chance
  await page.waitForTimeout(1500);
}

async function checkPopup(
  context: BrowserContext,
  extId: string,
  tabId: number,
  mustShow: string,
  pageHost: string,
): Promise<string[]> {
  const popup = await context.newPage();
  await logRequests(context, popup, pageHost);
  const problems: string[] = [];
  try {
    await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('.jr-body, [data-state="error"], [data-state="no-article"]', {
      timeout: 20_000,
    });
    await settle(popup);
    judge(await popup.evaluate(inspectExtensionPage), mustShow, problems);
    // Control for the request log: a fetch the harness makes from the popup must be seen as
    // coming from the extension's origin (else "no request left" would prove nothing).
    await popup.evaluate((u) => fetch(u).catch(() => null), PROBE_URL);
    await popup.waitForTimeout(300);
  } finally {
    await popup.close();
  }
  return problems;
}

async function checkLibrary(
  context: BrowserContext,
  extId: string,
  jsonl: string,
  title: string,
  mustShow: string,
  pageHost: string,
): Promise<string[]> {
  const lib = await context.newPage();
  await logRequests(context, lib, pageHost);
  lib.on('dialog', (d) => void d.accept());
  const problems: string[] = [];
  try {
    await lib.goto(`chrome-extension://${extId}/library.html`);
    await lib.waitForSelector('.jl-actions', { timeout: 20_000 });
    await lib.setInputFiles('input[type=file]', {
      name: 'clips.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(`${jsonl}\n`),
    });
    const open = lib.locator('.jl-open', { hasText: title.slice(0, 40) }).first();
    await open.waitFor({ timeout: 20_000 });
    await settle(lib);
    const list = await lib.evaluate(inspectExtensionPage);
    for (const a of list.active) problems.push(`list: active content: ${a}`);
    if (list.pwned !== null) problems.push(`list: payload ran: ${String(list.pwned)}`);
    await open.click();
    await lib.waitForSelector('.jl-detail .jr-body', { timeout: 20_000 });
    await settle(lib);
    judge(await lib.evaluate(inspectExtensionPage), mustShow, problems);
  } finally {
    await lib.close();
  }
  return problems;
}

/** Which origin a request came from: an extension page, the service worker, or a web page. */
function originOf(req: PwRequest): string {
  if (req.serviceWorker()) return 'service-worker';
  try {
    return new URL(req.frame().url()).origin;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const bin = findBrowser('chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
  if (!bin) return;
  const only = process.env.ONLY?.split(',');
  const poisoned = listPoisonedPages({
    dompurify: Number(process.env.DOMPURIFY_SAMPLE ?? 40),
  }).filter((p) => !only || only.includes(p.id));
  const corpus = listServedPages().filter((p) => p.profile !== null);
  const proxy = await startProxy([...corpus, ...poisoned]);
  const session = await openChrome(bin, proxy.port);
  const { context } = session;
  // The poisoned pages clobber document.body (<img name="body">): read the rendered text through
  // the prototype's getter, which no named element can shadow.
  const driver: Driver = {
    ...session.driver,
    renderedText: () =>
      context.pages()[0]!.evaluate(() => {
        const get = Object.getOwnPropertyDescriptor(Document.prototype, 'body')?.get;
        return (get?.call(document) as HTMLElement | null)?.innerText ?? '';
      }),
  };
  const worker0 = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extId = new URL(worker0.url()).host;
  const extOrigin = `chrome-extension://${extId}`;
  const requests = new Map<string, string[]>();
  context.on('request', (req) => {
    const from = originOf(req);
    requests.set(from, [...(requests.get(from) ?? []), req.url()]);
  });
  const outcomes: Outcome[] = [];
  const record = (id: string, view: string, problems: string[]): void => {
    outcomes.push({ id, view, ok: problems.length === 0, problems });
    console.log(`chromium ${problems.length ? 'FAIL' : 'ok  '} ${id.padEnd(20)} ${view}`);
    for (const p of problems) console.log(`       ${p}`);
  };
  const longTasks: {
    id: string;
    declutterMs: number | null;
    maxSliceMs: number | null;
    longTasks: number[];
  }[] = [];
  try {
    for (const page of poisoned) {
      const worker = context.serviceWorkers()[0] ?? worker0;
      const live = await runPage(driver, page).catch((err: unknown) => ({
        problems: [String(err)],
      }));
      // DOMPurify's vectors are malformed on purpose: one of them closes the body container early,
      // so the rest of the article lands in a sibling that the live declutter hides as "beside
      // the article". That is reported (warning), not failed; errors and executions still fail.
      const textOnly = (p: string): boolean => /^on( again)?: missing/.test(p);
      const lenient = page.id === 'poisoned-dompurify';
      record(
        page.id,
        'content script',
        live.problems.filter((p) => !lenient || !textOnly(p)),
      );
      if (lenient)
        for (const p of live.problems.filter(textOnly)) console.log(`       warning: ${p}`);
      if (live.problems.length) {
        const st = (await driver.send({ type: 'get-status' }).catch(() => null)) as {
          hidden?: { text: string; reason: string }[];
        } | null;
        // which hidden blocks hold article text the gold wants shown
        for (const h of st?.hidden ?? []) {
          const hit = page.mustContain.find((m) => norm(h.text).includes(norm(m)));
          if (hit || process.env.ONLY)
            console.log(
              `       hidden block holds "${hit?.slice(0, 40) ?? '-'}": [${h.reason}] ${h.text.slice(0, 160)}`,
            );
        }
      }
      const must = page.mustContain[0] ?? '';
      if (page.id === 'poisoned-detik') {
        // Control: the same inspection on the poisoned web page itself must find the payloads,
        // or a clean verdict on the extension pages would mean nothing.
        const raw = await context.pages()[0]!.evaluate(inspectExtensionPage);
        record(
          page.id,
          `control: ${raw.active.length} active items on the web page`,
          raw.active.length >= 20 && raw.pwned !== null
            ? []
            : ['the inspector found too little on the raw page'],
        );
      }
      let tabId: number;
      try {
        tabId = await pageTabId(worker);
      } catch (err) {
        record(page.id, 'popup', [String(err)]);
        continue;
      }
      record(
        page.id,
        'popup',
        await checkPopup(context, extId, tabId, must, new URL(page.url).host).catch(
          (e: unknown) => [String(e)],
        ),
      );
      const answer = (await worker.evaluate(([id, r]) => chrome.tabs.sendMessage(id as number, r), [
        tabId,
        { type: 'get-article' },
      ] as const)) as ArticleResponse;
      if (!answer.ok) {
        record(page.id, 'library', [`get-article: ${answer.message}`]);
        continue;
      }
      const clip = buildClip(answer.article, { extractorVersion: '0.0.0-e2e' });
      record(
        page.id,
        'library (clip)',
        await checkLibrary(
          context,
          extId,
          JSON.stringify(clip),
          clip.title,
          must,
          new URL(page.url).host,
        ).catch((e: unknown) => [String(e)]),
      );
      if (page.id === 'poisoned-detik') {
        // An imported file is untrusted too: the same clip with the raw, unsanitized payloads.
        const { readFileSync } = await import('node:fs');
        const raw = readFileSync(resolve('tests/fixtures/poisoned/payloads.html'), 'utf8');
        const hostile = {
          ...clip,
          id: `${clip.id}-raw`,
          url: `${clip.url}?raw`,
          title: `${clip.title} (raw)`,
          html: `${raw}<p>${must}</p>`,
        };
        record(
          page.id,
          'library (hostile import)',
          await checkLibrary(
            context,
            extId,
            JSON.stringify(hostile),
            hostile.title,
            must,
            new URL(page.url).host,
          ).catch((e: unknown) => [String(e)]),
        );
      }
    }
    // Long tasks: a buffered PerformanceObserver in every corpus page, next to our status time.
    if (!process.env.SKIP_LONGTASKS) {
      await context.addInitScript(() => {
        const w = window as unknown as { __lt: number[] };
        w.__lt = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__lt.push(Math.round(e.duration));
        }).observe({ type: 'longtask', buffered: true });
      });
      for (const page of corpus) {
        const res = await runPage(driver, page).catch(() => null);
        const lt = await context
          .pages()[0]!
          .evaluate(() => (window as unknown as { __lt?: number[] }).__lt ?? []);
        longTasks.push({
          id: page.id,
          declutterMs: res?.declutterMs ?? null,
          maxSliceMs: res?.maxSliceMs ?? null,
          longTasks: lt,
        });
      }
    }
  } finally {
    await session.close();
    await proxy.close();
  }
  // Requests: extension pages and the service worker fetch nothing but the extension's files.
  const byOrigin: Record<string, number> = {};
  const leaks: string[] = [];
  for (const [from, urls] of requests) {
    byOrigin[from] = urls.length;
    if (from !== extOrigin && from !== 'service-worker') continue;
    for (const u of urls)
      if (!u.startsWith(extOrigin) && !/^(data|blob):/.test(u) && u !== PROBE_URL)
        leaks.push(`${from} -> ${u}`);
  }
  const pings = proxy.refused.filter((u) => u.includes(PWN_PATH));
  const extPings = pings.filter((u) => /from=(chrome|moz)-extension/.test(u));
  const probes = extPageRequests.filter((r) => r.url === PROBE_URL).length;
  const sameHost = extPageRequests.filter(
    (r) => /^https?:/.test(r.url) && new URL(r.url).host === r.pageHost,
  );
  // Article images wait for a click in the reading view (since c892bc5): an extension page asks
  // no host at all, the article's own included (the split-article fetch is the content
  // script's, from the page). Any request leaving an extension page fails, and any payload ping.
  for (const { url, pageHost, type } of extPageRequests) {
    if (url.startsWith(extOrigin) || /^(data|blob):/.test(url) || url === PROBE_URL) continue;
    if (url.includes(PWN_PATH)) leaks.push(`payload ping from an extension page: ${url}`);
    else leaks.push(`extension page (article on ${pageHost}) -> ${type} ${url}`);
  }
  console.log(`extension pages asked the article's own host ${sameHost.length} times (asserted 0)`);
  byOrigin['extension pages (CDP)'] = extPageRequests.length;
  record(
    'all',
    'requests from extension origins',
    leaks.map((l) => `request left: ${l}`),
  );
  record('all', 'pings from extension origins', extPings);
  record(
    'all',
    `request log sees extension pages (${probes} probes)`,
    probes ? [] : ['no probe seen'],
  );
  console.log(`requests by origin: ${JSON.stringify(byOrigin)}`);
  console.log(
    `payload pings from the web pages themselves (expected): ${pings.length - extPings.length}`,
  );
  if (longTasks.length) {
    // declutterMs is wall time from DOMContentLoaded to the end of the sliced first pass (the
    // page runs between our slices); the main-thread cost of ours is the longest slice.
    const ms = longTasks.map((l) => l.declutterMs ?? 0);
    const slices = longTasks.map((l) => l.maxSliceMs ?? 0);
    const lts = longTasks.flatMap((l) => l.longTasks);
    console.log(
      `long tasks: ${longTasks.length} corpus pages; first pass done ${Math.max(...ms).toFixed(1)} ms after DOMContentLoaded at most, our longest slice ${Math.max(...slices).toFixed(1)} ms; ` +
        `longtask entries (page + ours) ${lts.length}, max ${lts.length ? Math.max(...lts) : 0} ms`,
    );
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(`\nchromium security: ${outcomes.length - failed}/${outcomes.length} checks pass`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(
    resolve(SCREENSHOT_DIR, 'security-chromium.json'),
    JSON.stringify({ outcomes, byOrigin, leaks, pings, longTasks }, null, 2),
  );
  if (failed) process.exitCode = 1;
}

runMain('chromium security', main);
