// Node-only e2e entry: `tsx tests/e2e/main.ts chromium|firefox|all`. Builds are made by the
// npm scripts (e2e:chrome, e2e:firefox). One browser, the pages in sequence.
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { listServedPages } from './served-pages';
import { startProxy } from './proxy-server';
import {
  checkRestore,
  runPage,
  SCREENSHOT_DIR,
  SLICE_BOUND_MS,
  type Driver,
  type PageResult,
} from './run-suite';
import { findBrowser } from './find-browser';

type Target = 'chromium' | 'firefox';

async function openDriver(
  target: Target,
  port: number,
): Promise<{ driver: Driver; close(): Promise<void> } | null> {
  if (target === 'chromium') {
    const bin = findBrowser('chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
    if (!bin) return null;
    const { openChrome } = await import('./chrome');
    const { chromePopupProbe } = await import('./popup-views');
    const session = await openChrome(bin, port);
    session.driver.popup = chromePopupProbe(session.context, true);
    return session;
  }
  const bin = findBrowser('firefox', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (!bin) return null;
  const { openFirefox, FIREFOX_UUID } = await import('./firefox');
  const { firefoxPopupProbe } = await import('./popup-views');
  const session = await openFirefox(bin, port);
  session.driver.popup = firefoxPopupProbe(session.browser, FIREFOX_UUID, true);
  return session;
}

async function runTarget(target: Target): Promise<boolean> {
  const pages = listServedPages().filter((p) => p.profile !== null);
  const proxy = await startProxy(pages);
  const started = Date.now();
  const session = await openDriver(target, proxy.port);
  if (!session) {
    await proxy.close();
    return process.env.CI !== 'true';
  }
  const results: PageResult[] = [];
  let restoreProblems: string[] = [];
  try {
    for (const page of pages) {
      let result: PageResult;
      try {
        result = await runPage(session.driver, page);
      } catch (err) {
        result = {
          id: page.id,
          ok: false,
          problems: [String(err)],
          hidden: 0,
          declutterMs: null,
          shownWhenOff: 0,
        };
      }
      results.push(result);
      const mark = result.ok ? 'ok  ' : 'FAIL';
      const q = result.popupQuotes;
      console.log(
        `${target} ${mark} ${page.id.padEnd(18)} hidden=${result.hidden} off-shows=${result.shownWhenOff} ${result.declutterMs?.toFixed(1) ?? '-'} ms, max slice ${result.maxSliceMs?.toFixed(1) ?? '-'} ms (${result.maxSliceLabel ?? '-'}; ${result.slices ?? 0} slices; extract ${result.extractSliceMs?.toFixed(0) ?? '-'} ms)${q ? ` popup quotes ${q.found}/${q.gold} in ${result.popupMs} ms` : ''}`,
      );
      for (const p of result.problems) console.log(`       ${p}`);
    }
    const sample = pages.find((p) => p.id === 'sample');
    if (sample) restoreProblems = await checkRestore(session.driver, sample);
  } finally {
    await session.close();
    await proxy.close();
  }
  const passed = results.filter((r) => r.ok).length;
  const worst = results.reduce<PageResult | null>(
    (w, r) => ((r.maxSliceMs ?? -1) > (w?.maxSliceMs ?? -1) ? r : w),
    null,
  );
  const extract = Math.max(0, ...results.map((r) => r.extractSliceMs ?? 0));
  console.log(
    `\n${target}: main-thread slices of ours, max ${worst?.maxSliceMs?.toFixed(1) ?? '-'} ms (${worst?.id ?? '-'}, ${worst?.maxSliceLabel ?? '-'}), bound < ${SLICE_BOUND_MS} ms asserted on every page; on-demand extraction max ${extract.toFixed(0)} ms (reported)`,
  );
  const restoreOk = restoreProblems.length === 0;
  console.log(
    `\n${target}: ${passed}/${results.length} pages pass; restore-block ${restoreOk ? 'ok' : restoreProblems.join('; ')}`,
  );
  console.log(
    `${target}: ${proxy.served} pages served, ${proxy.refused.length} other requests refused, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(
    resolve(SCREENSHOT_DIR, `results-${target}.json`),
    JSON.stringify(
      {
        target,
        passed,
        total: results.length,
        restoreProblems,
        results,
        refused: proxy.refused.slice(0, 50),
      },
      null,
      2,
    ),
  );
  return passed === results.length && restoreOk;
}

async function main(): Promise<void> {
  const arg = process.argv[2] ?? 'all';
  const targets: Target[] = arg === 'all' ? ['chromium', 'firefox'] : [arg as Target];
  let ok = true;
  for (const t of targets) ok = (await runTarget(t)) && ok;
  if (!ok) process.exitCode = 1;
}

void main();
