// Node-only e2e: the reading view checked inside the main run, on the tab the live-page checks
// just used (the page is not loaded again). Chromium opens popup.html?tabId=N as a tab of its
// own; Firefox keeps one extra tab on popup.html (web-accessible in e2e builds) and points it at
// the article tab. Title, authors, body snippets and clutter are checked against the gold;
// quotes are counted (the language analysis' recall, reported, not failed on). In both browsers
// one page is also saved to the library from the popup and looked up in library.html.
import type { BrowserContext, Page as PwPage } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import { readGold } from '../helpers/corpus';
import { resolve } from 'node:path';
import { checkPopup, SHOT_DIR, takeShots, type PopupResult } from './popup-chrome';
import { setViewportSize, waitInPage } from './page-wait';
import type { ServedPage } from './served-pages';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
declare const browser: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
};

export type PopupProbe = (page: ServedPage) => Promise<PopupResult>;

/** The page whose popup is screenshotted and, in Chromium, saved to the library. */
export const POPUP_SHOT_PAGE = 'detik-1';
// The article with its analysis in (the view shows the article first: see fetch-view.ts).
const READY = '[data-analysis="done"] .jr-title, [data-state="error"], [data-state="no-article"]';

function failed(id: string, err: unknown): PopupResult {
  return {
    id,
    ok: false,
    problems: [String(err).slice(0, 300)],
    ttcMs: null,
    askMs: null,
    answerMs: null,
    quotesFound: 0,
    quotesGold: 0,
  };
}

/** Selects the body's first long paragraph and highlights it with a comment, as a reader would. */
async function addHighlight(popup: PwPage): Promise<void> {
  // The screenshots leave another tab selected; a hidden body has no selectable text.
  await popup.click('#jr-tab-article');
  await popup.evaluate(() => {
    const p = Array.from(document.querySelectorAll('.jr-body p')).find(
      (e) => (e.textContent ?? '').length > 80,
    );
    if (!p) throw new Error('no paragraph to highlight');
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await popup.fill('[data-field="hl-comment"]', 'e2e', { timeout: 5000 });
  await popup.click('[data-action="add-highlight"]');
  await popup.waitForSelector('.jr-body mark.jr-user-mark', { timeout: 5000 });
  await popup.waitForSelector('[data-highlight="0"]', { timeout: 5000 });
}

/** "Save to library" in the popup, then the clip's title in the library page. */
async function saveAndFind(context: BrowserContext, extId: string, popup: PwPage, id: string) {
  const title = readGold(id).title;
  await addHighlight(popup);
  await popup.click('[data-action="save"]');
  await popup.waitForSelector('[data-action="open-library"]', { timeout: 15_000 });
  const lib = await context.newPage();
  try {
    await lib.goto(`chrome-extension://${extId}/library.html`);
    await lib.waitForFunction((t) => document.body.innerText.includes(t), title, {
      timeout: 15_000,
    });
  } finally {
    await lib.close();
  }
}

/** The side panel and reader tab render the same article for the same tab. */
async function checkOtherViews(context: BrowserContext, extId: string, tabId: number, id: string) {
  const problems: string[] = [];
  const title = readGold(id).title.replace(/\s+/g, ' ').trim();
  for (const view of ['sidepanel.html', 'reader.html']) {
    const p = await context.newPage();
    try {
      await p.goto(`chrome-extension://${extId}/${view}?tabId=${tabId}`);
      await p.waitForSelector('.jr-title', { timeout: 20_000 });
      const got = ((await p.textContent('.jr-title')) ?? '').replace(/\s+/g, ' ').trim();
      if (got !== title) problems.push(`${view}: title "${got}"`);
    } catch (err) {
      problems.push(`${view}: ${String(err).slice(0, 200)}`);
    } finally {
      await p.close();
    }
  }
  return problems;
}

export function chromePopupProbe(context: BrowserContext, shots: boolean): PopupProbe {
  return async (page) => {
    const tab = context.pages()[0];
    const worker = context.serviceWorkers()[0];
    if (!tab || !worker) return failed(page.id, 'no page tab or service worker');
    const extId = new URL(worker.url()).host;
    // Without the "tabs" permission the worker cannot see tab addresses: the active tab it is.
    await tab.bringToFront();
    const tabId = await worker.evaluate(
      async () =>
        (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
    );
    if (tabId === null) return failed(page.id, 'no active tab');
    const popup = await context.newPage();
    try {
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector(READY, { timeout: 20_000 });
      const result = await checkPopup(popup, page.id);
      if (page.id === POPUP_SHOT_PAGE) {
        if (shots) await takeShots(popup);
        result.problems.push(...(await checkOtherViews(context, extId, tabId, page.id)));
        try {
          await saveAndFind(context, extId, popup, page.id);
          console.log(`chromium popup: highlighted and saved ${page.id}, found in library.html`);
          if (shots) {
            await popup.click('[data-action="cite"]');
            await popup.locator('.jr-clip').scrollIntoViewIfNeeded();
            await popup.screenshot({ path: resolve(SHOT_DIR, 'popup-clip-saved.png') });
          }
        } catch (err) {
          result.problems.push(`save to library: ${String(err).slice(0, 200)}`);
        }
        result.ok = result.problems.length === 0;
      }
      return result;
    } catch (err) {
      return failed(page.id, err);
    } finally {
      await popup.close();
      await tab.bringToFront();
    }
  };
}

const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Firefox: "Save to library" in the popup, then the clip's title in library.html. BiDi cannot
 * navigate to moz-extension:// pages and the library is not web-accessible, but the popup page
 * is an extension page itself: it navigates to the library, same origin.
 */
async function saveAndFindFirefox(view: PpPage, uuid: string, title: string): Promise<void> {
  await view.evaluate(() => {
    const save = document.querySelector<HTMLElement>('[data-action="save"]');
    if (!save) throw new Error('no save button');
    save.click();
  });
  await waitInPage(view, () => !!document.querySelector('[data-action="open-library"]'), {
    timeoutMs: 15_000,
    pollMs: 50,
  });
  await view.evaluate((u: string) => {
    setTimeout(() => (location.href = u), 0);
  }, `moz-extension://${uuid}/library.html`);
  await waitInPage(
    view,
    (t: string) =>
      location.pathname.endsWith('/library.html') && document.body.innerText.includes(t),
    { timeoutMs: 20_000 },
    norm(title),
  );
}

export function firefoxPopupProbe(ff: Browser, uuid: string, shots: boolean): PopupProbe {
  let view: PpPage | null = null;
  let tabId: number | null = null;
  let n = 0;
  /** One extra tab on popup.html; the article tab is the other one. */
  async function open(): Promise<PpPage> {
    const v = await ff.newPage();
    await setViewportSize(v, 420, 600);
    await v.goto('about:blank');
    // Navigate after the evaluation has returned: an evaluation whose own document goes away
    // can wait seconds for an answer that never comes.
    await v.evaluate((u: string) => {
      setTimeout(() => (location.href = u), 0);
    }, `moz-extension://${uuid}/popup.html`);
    // puppeteer keeps the old URL after a script navigation: wait on the DOM instead.
    await waitInPage(
      v,
      () => location.protocol === 'moz-extension:' && !!document.querySelector('.jr-root'),
      { timeoutMs: 20_000, pollMs: 50 },
    );
    tabId = await v.evaluate(async () => {
      const self = await browser.tabs.getCurrent();
      const others = (await browser.tabs.query({})).filter((t) => t.id !== self?.id);
      return others.length === 1 ? (others[0]?.id ?? null) : null;
    });
    if (tabId === null) throw new Error('article tab not found');
    return v;
  }
  return async (page) => {
    const gold = readGold(page.id);
    const problems: string[] = [];
    try {
      view ??= await open();
      // A background tab has throttled timers and no animation frames: bring the view forward.
      await view.bringToFront();
      const mark = `${page.id}-${n++}`;
      await view.evaluate(
        (id: number, m: string) => {
          setTimeout(() => (location.search = `?tabId=${id}&run=${m}`), 0);
        },
        tabId as number,
        mark,
      );
      await waitInPage(
        view,
        (m: string, ready: string) =>
          location.search.endsWith(`run=${m}`) && !!document.querySelector(ready),
        { timeoutMs: 20_000, pollMs: 50 },
        mark,
        READY,
      );
      const got = await view.evaluate(() => ({
        title: document.querySelector('.jr-title')?.textContent ?? '',
        byline: document.querySelector('.jr-byline')?.textContent ?? '',
        body: (document.querySelector('.jr-body') as HTMLElement | null)?.innerText ?? '',
        quotes: Array.from(document.querySelectorAll('.jr-quote q')).map(
          (q) => q.textContent ?? '',
        ),
        state: document.querySelector('[data-state]')?.textContent ?? '',
      }));
      if (norm(got.title) !== norm(gold.title)) problems.push(`title "${got.title}" ${got.state}`);
      for (const a of gold.authors)
        if (!got.byline.includes(a)) problems.push(`author missing: ${a}`);
      const body = norm(got.body);
      for (const s of gold.mustContain)
        if (!body.includes(norm(s))) problems.push(`body lacks: ${s.slice(0, 50)}`);
      for (const s of gold.mustNotContain)
        if (body.includes(norm(s))) problems.push(`body has clutter: ${s.slice(0, 50)}`);
      const quotes = got.quotes.map((q) => norm(q).replace(/[“”]/g, '"'));
      const found = gold.quotes.filter((q) =>
        quotes.some((x) =>
          x.startsWith(norm(q.startsWith).replace(/[“”]/g, '"').replace(/^"/, '')),
        ),
      ).length;
      if (shots && page.id === POPUP_SHOT_PAGE)
        await view.screenshot({
          path: `${process.cwd()}/tests/e2e/screenshots/popup-firefox-light.png`,
        });
      if (page.id === POPUP_SHOT_PAGE) {
        try {
          await saveAndFindFirefox(view, uuid, gold.title);
          console.log(`firefox popup: saved ${page.id}, found in library.html`);
        } catch (err) {
          problems.push(`save to library: ${String(err).slice(0, 200)}`);
        }
        // Back to the popup page for the next article (the library is another document).
        await view.evaluate((u: string) => {
          setTimeout(() => (location.href = u), 0);
        }, `moz-extension://${uuid}/popup.html`);
        await waitInPage(
          view,
          () => location.pathname.endsWith('/popup.html') && !!document.querySelector('.jr-root'),
          { timeoutMs: 20_000, pollMs: 50 },
        );
      }
      return {
        id: page.id,
        ok: problems.length === 0,
        problems,
        ttcMs: null,
        askMs: null,
        answerMs: null,
        quotesFound: found,
        quotesGold: gold.quotes.length,
      };
    } catch (err) {
      return failed(page.id, err);
    } finally {
      // The live-page checks of the next page (and their screenshots) use the article tab.
      const tabs = await ff.pages();
      await tabs.find((t) => t !== view)?.bringToFront();
    }
  };
}
