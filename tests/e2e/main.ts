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
import { waitInPage } from './page-wait';
import {
  createRequestLog,
  judgeRequests,
  PROBE_URL,
  watchChromium,
  watchFirefox,
  type RequestLog,
  type RequestVerdict,
} from './request-log';
import { listHostilePages } from './hostile-pages';
import { describeHostile, runHostilePage, type HostileResult } from './hostile-checks';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { runMain } from './run-main';

type Target = 'chromium' | 'firefox';

interface Session {
  driver: Driver;
  close(): Promise<void>;
  /** The control for the request log: a fetch of PROBE_URL from an extension page. */
  probe(): Promise<void>;
}

async function openDriver(target: Target, port: number, log: RequestLog): Promise<Session | null> {
  if (target === 'chromium') {
    const bin = findBrowser('chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
    if (!bin) return null;
    const { openChrome } = await import('./chrome');
    const { chromePopupProbe } = await import('./popup-views');
    const session = await openChrome(bin, port);
    await watchChromium(session.context, log);
    session.driver.popup = chromePopupProbe(session.context, true);
    const probe = async (): Promise<void> => {
      const worker = session.context.serviceWorkers()[0];
      if (!worker) throw new Error('no service worker');
      const p = await session.context.newPage();
      try {
        await p.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
        await p.evaluate((u) => fetch(u).catch(() => null), PROBE_URL);
        await p.waitForTimeout(500);
      } finally {
        await p.close();
      }
    };
    return { ...session, probe };
  }
  const bin = findBrowser('firefox', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (!bin) return null;
  const { openFirefox, FIREFOX_UUID } = await import('./firefox');
  const { firefoxPopupProbe } = await import('./popup-views');
  const session = await openFirefox(bin, port);
  await watchFirefox(session.browser, log);
  session.driver.popup = firefoxPopupProbe(session.browser, FIREFOX_UUID, true);
  const probe = async (): Promise<void> => {
    const v = await session.browser.newPage();
    try {
      await v.goto('about:blank');
      await v.evaluate((u: string) => {
        setTimeout(() => (location.href = u), 0);
      }, `moz-extension://${FIREFOX_UUID}/popup.html`);
      await waitInPage(v, () => location.protocol === 'moz-extension:', {
        timeoutMs: 20_000,
        pollMs: 50,
      });
      await v.evaluate((u: string) => fetch(u).catch(() => null), PROBE_URL);
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await v.close();
    }
  };
  return { ...session, probe };
}

async function runTarget(target: Target): Promise<boolean> {
  // E2E_ONLY=id,id narrows the run while developing (pages and hostile pages by id).
  const only = process.env.E2E_ONLY?.split(',');
  const pages = listServedPages().filter(
    (p) => p.profile !== null && (!only || only.includes(p.id)),
  );
  const hostile = process.env.SKIP_HOSTILE
    ? []
    : listHostilePages().filter((p) => !only || only.includes(p.id));
  const proxy = await startProxy([...pages, ...hostile]);
  const started = Date.now();
  const log = createRequestLog();
  const session = await openDriver(target, proxy.port, log);
  if (!session) {
    await proxy.close();
    return process.env.CI !== 'true';
  }
  const results: PageResult[] = [];
  const hostileResults: HostileResult[] = [];
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
      // A one-off pause (GC, a loaded machine) can push one slice past the bound: the page is
      // re-run once and fails only if it misses again, so a consistently slow slice still fails.
      if (result.sliceMiss) {
        const first = result.maxSliceMs ?? null;
        console.log(
          `${target} slice bound missed on ${page.id} (${first?.toFixed(1) ?? '-'} ms): re-running once`,
        );
        const again = await runPage(session.driver, page).catch((err: unknown): PageResult => ({
          ...result,
          problems: [String(err)],
          ok: false,
        }));
        again.firstTryMaxSliceMs = first;
        if (again.sliceMiss)
          again.problems.push(
            `slice bound missed twice: ${first?.toFixed(1) ?? '-'} ms then ${again.maxSliceMs?.toFixed(1) ?? '-'} ms`,
          );
        result = again;
      }
      results.push(result);
      const mark = result.ok ? 'ok  ' : 'FAIL';
      const q = result.popupQuotes;
      console.log(
        `${target} ${mark} ${page.id.padEnd(18)} hidden=${result.hidden} off-shows=${result.shownWhenOff} ${result.declutterMs?.toFixed(1) ?? '-'} ms, max slice ${result.maxSliceMs?.toFixed(1) ?? '-'} ms (${result.maxSliceLabel ?? '-'}; ${result.slices ?? 0} slices, longest step ${result.maxStepMs?.toFixed(1) ?? '-'} ms ${result.maxStepAt ?? ''}; article ${result.extractSliceMs?.toFixed(0) ?? '-'} ms, step ${result.extractStepMs?.toFixed(0) ?? '-'} ms ${result.extractStepAt ?? ''})${q ? ` popup quotes ${q.found}/${q.gold} in ${result.popupMs} ms` : ''}${result.firstTryMaxSliceMs != null ? ` (re-run; first try ${result.firstTryMaxSliceMs.toFixed(1)} ms)` : ''}`,
      );
      for (const p of result.problems) console.log(`       ${p}`);
    }
    const sample = pages.find((p) => p.id === 'sample');
    if (sample) restoreProblems = await checkRestore(session.driver, sample);
    for (const page of hostile) {
      const r = await runHostilePage(session.driver, page).catch((err: unknown): HostileResult => ({
        id: page.id,
        ok: false,
        problems: [String(err).slice(0, 300)],
        bytes: page.bytes,
        loadMs: 0,
        declutterMs: null,
        maxSliceMs: null,
        maxSliceLabel: null,
        hidden: null,
        pageTicksPerS: 0,
      }));
      hostileResults.push(r);
      console.log(describeHostile(target, r));
      for (const p of r.problems) console.log(`       ${p}`);
    }
    await session.probe().catch((err: unknown) => console.log(`request-log probe: ${String(err)}`));
  } finally {
    // Firefox's close can hang with nothing left to wait on: a few seconds at most.
    const grace = () => new Promise<void>((r) => setTimeout(r, 5000));
    await Promise.race([session.close().catch(() => undefined), grace()]);
    await Promise.race([proxy.close(), grace()]);
    if (hostile[0]) rmSync(dirname(hostile[0].file), { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  const worst = results.reduce<PageResult | null>(
    (w, r) => ((r.maxSliceMs ?? -1) > (w?.maxSliceMs ?? -1) ? r : w),
    null,
  );
  const extract = Math.max(0, ...results.map((r) => r.extractSliceMs ?? 0));
  console.log(
    `\n${target}: main-thread slices of ours, max ${worst?.maxSliceMs?.toFixed(1) ?? '-'} ms (${worst?.id ?? '-'}, ${worst?.maxSliceLabel ?? '-'}), bound < ${SLICE_BOUND_MS} ms asserted on every page, the article's extraction included (its own longest slice ${extract.toFixed(1)} ms)`,
  );
  const restoreOk = restoreProblems.length === 0;
  console.log(
    `\n${target}: ${passed}/${results.length} pages pass; restore-block ${restoreOk ? 'ok' : restoreProblems.join('; ')}`,
  );
  console.log(
    `${target}: ${proxy.served} pages served, ${proxy.refused.length} other requests refused, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const pageHosts = new Set([...pages, ...hostile].map((p) => new URL(p.url).host));
  const requests: RequestVerdict = judgeRequests(proxy.seen, log, pageHosts, target === 'firefox');
  const requestProblems = [
    ...requests.leaks,
    ...(requests.probes ? [] : ['the request log never saw the probe from an extension page']),
    // Control for the content-script rule: tribunnews-2 is a split article whose reading view
    // makes the content script fetch its other pages.
    ...(pages.some((p) => p.id === 'tribunnews-2') && requests.splitFetches.length === 0
      ? ["the request log never saw the content script's split-article fetch (tribunnews-2)"]
      : []),
  ];
  console.log(
    `${target}: requests by initiator ${JSON.stringify(requests.byInitiator)}; extension requests: ${requests.splitFetches.length} same-site split-article page fetches, ${requests.leaks.length} elsewhere (asserted 0); probe seen ${requests.probes}x`,
  );
  for (const p of requestProblems.slice(0, 20)) console.log(`       ${p}`);
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
        hostile: hostileResults,
        requests: { ...requests, leaks: requests.leaks.slice(0, 100) },
        refused: proxy.refused.slice(0, 50),
      },
      null,
      2,
    ),
  );
  const hostileOk = hostileResults.every((r) => r.ok);
  if (hostile.length)
    console.log(
      `${target}: hostile pages ${hostileResults.filter((r) => r.ok).length}/${hostile.length} pass`,
    );
  return passed === results.length && restoreOk && hostileOk && requestProblems.length === 0;
}

async function main(): Promise<void> {
  const arg = process.argv[2] ?? 'all';
  const targets: Target[] = arg === 'all' ? ['chromium', 'firefox'] : [arg as Target];
  let ok = true;
  for (const t of targets) ok = (await runTarget(t)) && ok;
  if (!ok) process.exitCode = 1;
}

runMain('e2e', main);
