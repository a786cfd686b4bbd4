// Node-only e2e: the built Firefox extension (MV2, `--mode e2e`) in real Firefox ESR through
// puppeteer-core over WebDriver BiDi, the corpus served under the real outlet hosts through the
// local proxy (Firefox proxy preferences). BiDi cannot open an extension page to send runtime
// messages from, so the popup's messages go through the e2e build's page hook (test-hook.ts),
// which calls the content script's same handler.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { waitInPage } from './page-wait';
import type { Driver } from './run-suite';
import type { Request } from '../../utils/messaging';

export const FIREFOX_EXT = resolve(
  process.cwd(),
  process.env.FIREFOX_EXT_DIR ?? '.output/firefox-mv2-e2e',
);
const ADDON_ID = 'jernih@jernih.invalid';
export const FIREFOX_UUID = '4b8a3c1e-6f0d-4c2a-9e57-0a1b2c3d4e5f';
const UUID = FIREFOX_UUID;

export async function openFirefox(
  executablePath: string,
  proxyPort: number,
): Promise<{ driver: Driver; browser: Browser; close(): Promise<void> }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'jernih-firefox-')),
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // every request, loopback included, goes through the e2e proxy: no real network
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
    },
  });
  await browser.installExtension(FIREFOX_EXT);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (err) =>
    errors.push(err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err)),
  );
  page.on('dialog', (d) => void d.dismiss());

  const driver: Driver = {
    name: 'firefox',
    async goto(url, timeoutMs = 30_000) {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    },
    evaluate: (expression: string) => page.evaluate(expression),
    renderedText: () => page.evaluate(() => document.body.innerText),
    async send(req: Request) {
      await page.evaluate((json: string) => {
        const root = document.documentElement;
        root.removeAttribute('data-jernih-e2e-response');
        root.setAttribute('data-jernih-e2e-request', json);
        document.dispatchEvent(new Event('jernih-e2e-request'));
      }, JSON.stringify(req));
      const answer = await waitInPage(
        page,
        () => document.documentElement.getAttribute('data-jernih-e2e-response'),
        { timeoutMs: 5000, pollMs: 50 },
      );
      return JSON.parse(answer) as unknown;
    },
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    takeErrors: () => errors.splice(0),
  };
  return { driver, browser, close: () => browser.close() };
}
