// Node-only e2e helper (Firefox, puppeteer-core over WebDriver BiDi): wait for a condition in a
// page by evaluating it again and again. puppeteer's waitForFunction builds its poller with
// `new Function`, which Firefox ESR 140 blocks in our extension pages (their CSP has no
// 'unsafe-eval', as it must not): "EvalError: call to Function() blocked by CSP". A plain
// evaluation is a BiDi script.callFunction, which the page's CSP does not govern.
import type { Page } from 'puppeteer-core';

/**
 * Resolves with the first truthy value `fn(...args)` returns in the page. An evaluation that
 * throws (the document is navigating away) counts as "not yet". Past `timeoutMs` it rejects
 * with a TimeoutError naming the last error seen, so callers that retry on timeouts still do.
 */
export async function waitInPage<A extends unknown[], R>(
  page: Page,
  fn: (...args: A) => R | Promise<R>,
  opts: { timeoutMs?: number; pollMs?: number } = {},
  ...args: A
): Promise<NonNullable<Awaited<R>>> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      // An evaluation in a document that goes away may never answer: bound each one too.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('evaluation did not answer')),
          Math.max(until - Date.now(), 1000),
        );
      });
      const got = (await Promise.race([
        page.evaluate(fn as unknown as (...a: unknown[]) => unknown, ...args),
        stalled,
      ]).finally(() => clearTimeout(timer))) as Awaited<R> | null | undefined;
      if (got) return got;
      last = null;
    } catch (err) {
      last = err;
    }
    if (Date.now() >= until)
      throw new Error(
        `TimeoutError: waited ${timeoutMs} ms in ${page.url()}${last ? `; last error: ${String(last)}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 100));
  }
}

/**
 * page.setViewport, minus the screen-orientation override puppeteer sends with it, which Firefox
 * ESR 140 does not know ("unknown command emulation.setScreenOrientationOverride"); the size
 * itself is a separate command and is applied.
 */
export async function setViewportSize(page: Page, width: number, height: number): Promise<void> {
  await page.setViewport({ width, height }).catch((err: unknown) => {
    if (!/setScreenOrientationOverride/.test(String(err))) throw err;
  });
}
