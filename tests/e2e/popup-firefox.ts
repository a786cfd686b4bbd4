// Node-only e2e: the reading view in real Firefox ESR (MV2 e2e build, puppeteer-core over
// WebDriver BiDi). BiDi cannot open moz-extension:// pages, so a served page navigates itself to
// popup.html (web-accessible in e2e builds only); the popup finds the article tab by address
// (its host permission lets it see outlet addresses) and reloads itself with ?tabId=N.
//   npx wxt build -b firefox --mode e2e && npx tsx tests/e2e/popup-firefox.ts [ids...] [--shots]
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { readGold } from '../helpers/corpus';
import { findBrowser } from './find-browser';
import { startProxy } from './proxy-server';
import { listServedPages } from './served-pages';

declare const browser: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
};

const EXT = resolve(process.cwd(), process.env.FIREFOX_EXT_DIR ?? '.output/firefox-mv2-e2e');
const ADDON_ID = 'jernih@jernih.invalid';
const UUID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const SHOT_DIR = resolve(process.cwd(), 'tests/e2e/screenshots');

const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

async function openPopupFor(view: Page, articleUrl: string, from: string): Promise<void> {
  await view.goto(from, { waitUntil: 'load' });
  const popupUrl = `moz-extension://${UUID}/popup.html`;
  await view.evaluate((u: string) => {
    location.href = u;
  }, popupUrl);
  // puppeteer keeps the old URL after this navigation: wait on the DOM instead.
  await view.waitForFunction(
    () => location.protocol === 'moz-extension:' && !!document.querySelector('.jr-root'),
    {
      timeout: 20_000,
    },
  );
  // Tab addresses are hidden without the "tabs" permission: the article tab is the one that is
  // not this page (the harness keeps exactly two tabs open).
  const tabId = await view.evaluate(async () => {
    const self = await browser.tabs.getCurrent();
    const others = (await browser.tabs.query({})).filter((t) => t.id !== self?.id);
    return others.length === 1 ? (others[0]?.id ?? null) : null;
  });
  if (tabId === null) throw new Error(`article tab not found for ${articleUrl}`);
  await view.evaluate((id: number) => {
    location.search = `?tabId=${id}`;
  }, tabId);
  await view.waitForFunction(
    () =>
      location.search.startsWith('?tabId=') &&
      !!document.querySelector('.jr-title, [data-state="error"], [data-state="no-article"]'),
    { timeout: 20_000 },
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.filter((a) => !a.startsWith('--'));
  if (!existsSync(resolve(EXT, 'manifest.json'))) throw new Error(`no build at ${EXT}`);
  const bin = findBrowser('firefox', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (!bin) return;
  const served = listServedPages().filter((p) => p.profile !== null && p.id !== 'sample');
  const pages = only.length ? served.filter((p) => only.includes(p.id)) : served;
  const proxy = await startProxy(served);
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: bin,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'jernih-ff-popup-')),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'dom.security.https_first': false,
    },
  });
  let passed = 0;
  try {
    await ff.installExtension(EXT);
    const tab = (await ff.pages())[0] ?? (await ff.newPage());
    tab.on('dialog', (d) => void d.dismiss());
    for (const page of pages) {
      const gold = readGold(page.id);
      const problems: string[] = [];
      const view = await ff.newPage();
      try {
        await tab.goto(page.url, { waitUntil: 'load', timeout: 30_000 });
        await view.setViewport({ width: 420, height: 600 });
        await openPopupFor(view, tab.url(), page.url);
        const got = await view.evaluate(() => ({
          title: document.querySelector('.jr-title')?.textContent ?? '',
          byline: document.querySelector('.jr-byline')?.textContent ?? '',
          body: (document.querySelector('.jr-body') as HTMLElement | null)?.innerText ?? '',
          quotes: document.querySelectorAll('.jr-quote').length,
          state: document.querySelector('[data-state]')?.textContent ?? '',
        }));
        if (norm(got.title) !== norm(gold.title))
          problems.push(`title "${got.title}" ${got.state}`);
        for (const a of gold.authors)
          if (!got.byline.includes(a)) problems.push(`author missing: ${a}`);
        for (const s of gold.mustContain)
          if (!norm(got.body).includes(norm(s))) problems.push(`body lacks: ${s.slice(0, 40)}`);
        if (args.includes('--shots') && page.id === 'detik-1') {
          mkdirSync(SHOT_DIR, { recursive: true });
          await view.screenshot({ path: resolve(SHOT_DIR, 'popup-firefox-light.png') });
        }
        console.log(
          `${problems.length ? 'FAIL' : 'ok  '} ${page.id.padEnd(18)} quotes ${got.quotes}/${gold.quotes.length}`,
        );
      } catch (err) {
        problems.push(String(err));
        console.log(`FAIL ${page.id}`);
      } finally {
        await view.close();
      }
      for (const p of problems) console.log(`       ${p}`);
      if (!problems.length) passed++;
    }
  } finally {
    await ff.close();
    await proxy.close();
  }
  console.log(`\npopup (firefox): ${passed}/${pages.length} pages pass`);
  if (passed !== pages.length) process.exitCode = 1;
}

void main();
