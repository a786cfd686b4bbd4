// Node-only e2e: the built MV3 extension in real Chromium (playwright-core), the corpus served
// under the real outlet hosts through the local proxy; messages go the popup's way
// (chrome.tabs.sendMessage from the extension's service worker).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { Driver } from './run-suite';

/** The part of the extension API the service worker evaluation uses (no @types/chrome here). */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

export const CHROME_EXT = resolve(
  process.cwd(),
  process.env.CHROME_EXT_DIR ?? '.output/chrome-mv3',
);

export interface ChromeSession {
  driver: Driver;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openChrome(
  executablePath: string,
  proxyPort: number,
): Promise<ChromeSession> {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'jernih-chromium-')),
    {
      executablePath,
      headless: true,
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // every request goes through the proxy, loopback included: nothing reaches the network
        `--proxy-server=http://127.0.0.1:${proxyPort}`,
        '--proxy-bypass-list=<-loopback>',
        '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
        `--disable-extensions-except=${CHROME_EXT}`,
        `--load-extension=${CHROME_EXT}`,
      ],
    },
  );
  let worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  context.on('serviceworker', (w) => (worker = w));
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`${err.message}\n${err.stack ?? ''}`));
  page.on('dialog', (d) => void d.dismiss());

  const driver: Driver = {
    name: 'chromium',
    async goto(url, timeoutMs = 30_000) {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    },
    evaluate: (expression: string) => page.evaluate(expression),
    renderedText: () => page.evaluate(() => document.body.innerText),
    async send(req) {
      return worker.evaluate(async (r) => {
        // The one page tab (tab.url is hidden without the "tabs" permission, which we lack).
        const tabs = await chrome.tabs.query({});
        const tab = tabs.find((t) => !t.url?.startsWith('chrome'));
        if (tab?.id === undefined) throw new Error('no page tab');
        return chrome.tabs.sendMessage(tab.id, r);
      }, req);
    },
    async screenshot(file) {
      await page.screenshot({ path: file });
    },
    takeErrors: () => errors.splice(0),
  };
  return { driver, context, close: () => context.close() };
}
