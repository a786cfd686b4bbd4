// Node-only e2e: the hostile pages (hostile-pages.ts) in a real browser. On every one: the page
// keeps running (its own timer ticks keep growing after our script ran) and no error from our
// code. Where the content script runs (the profiled hosts): no slice of ours >= 50 ms, the
// observer stays bounded over a measured window (passes, callbacks and scan time per second),
// the huge page's article is shown and its clutter hidden, late "Baca juga" lines get hidden.
// On the hosts without a profile the content script is not injected unless the reader asks
// (activeTab), which the harness cannot do: there the page must simply run untouched.
import { normalizeForScoring } from '../helpers/corpus';
import type { DeclutterStatus } from '../../utils/messaging';
import type { HostilePage } from './hostile-pages';
import {
  boundedSlices,
  ON_DEMAND,
  SLICE_BOUND_MS,
  timingOf,
  type Driver,
  type SliceTiming,
} from './run-suite';

export interface HostileResult {
  id: string;
  ok: boolean;
  problems: string[];
  bytes: number;
  loadMs: number;
  /** null where the content script does not run (no profile). */
  declutterMs: number | null;
  maxSliceMs: number | null;
  maxSliceLabel: string | null;
  hidden: number | null;
  /** The page's own timer ticks per second, measured after our script ran. */
  pageTicksPerS: number;
  /** Over the measured window: our observer's passes, callbacks and busy ms per second. */
  passesPerS?: number;
  callbacksPerS?: number;
  /** Observer scans (asserted) and all our slices (reported), ms per second. */
  scanMsPerS?: number;
  busyMsPerS?: number;
  lateHidden?: string;
  /** Per kind of slice: [count, longest slice ms, longest single step ms]. */
  byLabel?: Record<string, [number, number, number | null, string | null]>;
}

/**
 * Bounds on the observer over the window: passes are >= 300 ms apart and pause 20x their cost
 * by design; its scans may take a tenth of the main thread at most. The callbacks follow the
 * page's own mutation tasks (one per 4 ms here) and are each a fraction of a millisecond, so
 * they are bounded by count: summing their times would add Firefox's 1 ms clock granularity
 * (content scripts) per callback. The total busy time is reported.
 */
const MAX_PASSES_PER_S = 4;
const MAX_SCAN_MS_PER_S = 100;
const MAX_CALLBACKS_PER_S = 300;
const WINDOW_MS = 3000;
/** A page timer at 20 ms ticks ~50 times a second; under a third of that is a starved page. */
const MIN_TICKS_PER_S = 15;
const OUR_CODE = /(chrome|moz)-extension:\/\/|jernih/i;

async function statusOf(driver: Driver): Promise<DeclutterStatus | null> {
  try {
    return (await driver.send({ type: 'get-status' })) as DeclutterStatus | null;
  } catch {
    return null;
  }
}

async function waitForDeclutter(driver: Driver, ms: number): Promise<DeclutterStatus | null> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const s = await statusOf(driver);
    if (s && s.declutterMs !== null && s.declutterMs !== undefined) return s;
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

const ticks = async (driver: Driver): Promise<number> =>
  Number(await driver.evaluate('window.__ticks || 0'));

/** Our busy time, the reader's own article requests (on demand, reported apart) left out. */
const busyOf = (t: SliceTiming): number =>
  t.slices.totalMs -
  (t.slices.byLabel['message get-article']?.totalMs ?? 0) -
  (t.slices.byLabel[ON_DEMAND]?.totalMs ?? 0);

const scanOf = (t: SliceTiming): number =>
  (t.slices.byLabel['observer scan']?.totalMs ?? 0) +
  (t.slices.byLabel['observer pass']?.totalMs ?? 0);

function rate(a: SliceTiming, b: SliceTiming, seconds: number) {
  const busy = busyOf(b) - busyOf(a);
  return {
    scanMsPerS: (scanOf(b) - scanOf(a)) / seconds,
    passesPerS: ((b.observer?.passes ?? 0) - (a.observer?.passes ?? 0)) / seconds,
    callbacksPerS: ((b.observer?.callbacks ?? 0) - (a.observer?.callbacks ?? 0)) / seconds,
    busyMsPerS: busy / seconds,
  };
}

export async function runHostilePage(driver: Driver, page: HostilePage): Promise<HostileResult> {
  const problems: string[] = [];
  driver.takeErrors();
  const t0 = Date.now();
  await driver.goto(page.url, 180_000);
  const loadMs = Date.now() - t0;
  const profiled = page.profile !== null;
  const first = profiled ? await waitForDeclutter(driver, 90_000) : await statusOf(driver);
  if (profiled && !first) problems.push('no status: the first pass did not finish');
  if (!profiled && first) problems.push('the content script runs on a host without a profile');

  // The page's own script keeps running after ours: its ticks over a window.
  const w0 = await ticks(driver);
  const s0 = first ? timingOf(await statusOf(driver)) : null;
  const c0 = Date.now();
  await new Promise((r) => setTimeout(r, WINDOW_MS));
  const w1 = await ticks(driver);
  const s1 = first ? timingOf(await statusOf(driver)) : null;
  const seconds = (Date.now() - c0) / 1000;
  const pageTicksPerS = (w1 - w0) / seconds;
  if (pageTicksPerS < MIN_TICKS_PER_S)
    problems.push(`the page's own timer ran ${pageTicksPerS.toFixed(1)}/s (starved or broken)`);

  const result: HostileResult = {
    id: page.id,
    ok: false,
    problems,
    bytes: page.bytes,
    loadMs,
    declutterMs: first?.declutterMs ?? null,
    maxSliceMs: null,
    maxSliceLabel: null,
    hidden: null,
    pageTicksPerS,
  };
  if (first) {
    if (!s0 || !s1) problems.push('no slice timing in the status');
    else {
      Object.assign(result, rate(s0, s1, seconds));
      if ((result.passesPerS ?? 0) > MAX_PASSES_PER_S)
        problems.push(`observer: ${result.passesPerS?.toFixed(1)} passes/s`);
      if ((result.scanMsPerS ?? 0) > MAX_SCAN_MS_PER_S)
        problems.push(`observer: ${result.scanMsPerS?.toFixed(0)} ms/s of scans`);
      if ((result.callbacksPerS ?? 0) > MAX_CALLBACKS_PER_S)
        problems.push(`observer: ${result.callbacksPerS?.toFixed(0)} callbacks/s`);
    }
    if (page.kind === 'huge') checkText(await driver.renderedText(), page, problems);
    if (page.kind === 'mutating') {
      // The late lines that stay (one every 250 ms, the last 40): hidden by us once a pass ran.
      const late = (await driver.evaluate(`(() => {
        const ps = Array.from(document.querySelectorAll('p.mut-stay'));
        return [ps.length, ps.filter((p) => p.hasAttribute('data-jernih-hidden')).length];
      })()`)) as [number, number];
      result.lateHidden = `${late[1]}/${late[0]}`;
      if (late[1] === 0) problems.push('no late "Baca juga" line hidden');
    }
    // Undo and redo on the huge or busy page: toggles are slices too.
    await driver.send({ type: 'set-declutter', enabled: false });
    await driver.send({ type: 'set-declutter', enabled: true });
    const final = await statusOf(driver);
    const timing = timingOf(final);
    if (final?.errors) problems.push(`${final.errors} exception(s) caught in our code`);
    if (!final?.enabled) problems.push('declutter not back on');
    result.hidden = final?.hidden.length ?? null;
    if (timing) {
      const b = boundedSlices(timing);
      result.maxSliceMs = b.maxMs;
      result.maxSliceLabel = b.label;
      result.byLabel = Object.fromEntries(
        Object.entries(timing.slices.byLabel).map(([k, v]) => [
          k,
          [
            v.count,
            Math.round(v.maxMs * 10) / 10,
            v.maxStepMs === undefined ? null : Math.round(v.maxStepMs * 10) / 10,
            v.maxStepAt ?? null,
          ],
        ]),
      );
      if (b.maxMs >= SLICE_BOUND_MS)
        problems.push(`main thread: a ${b.label} slice of ours took ${b.maxMs.toFixed(1)} ms`);
    }
  }
  for (const err of driver.takeErrors()) {
    if (OUR_CODE.test(err)) problems.push(`page error from our code: ${err.slice(0, 200)}`);
  }
  result.ok = problems.length === 0;
  return result;
}

function checkText(raw: string, page: HostilePage, problems: string[]): void {
  const text = normalizeForScoring(raw);
  for (const s of page.mustContain)
    if (!text.includes(normalizeForScoring(s))) problems.push(`missing "${s.slice(0, 60)}"`);
  for (const s of page.mustNotContain)
    if (text.includes(normalizeForScoring(s))) problems.push(`visible clutter "${s.slice(0, 60)}"`);
}

export function describeHostile(target: string, r: HostileResult): string {
  const mb = (r.bytes / 1024 / 1024).toFixed(1);
  const ours =
    r.declutterMs === null
      ? 'content script not injected (no profile)'
      : `decluttered in ${r.declutterMs.toFixed(0)} ms, max slice ${r.maxSliceMs?.toFixed(1)} ms (${r.maxSliceLabel}), hidden ${r.hidden}, observer ${r.passesPerS?.toFixed(1)} passes/s ${r.callbacksPerS?.toFixed(0)} callbacks/s, scans ${r.scanMsPerS?.toFixed(1)} ms/s, all ours ${r.busyMsPerS?.toFixed(1)} ms/s${r.lateHidden ? `, late lines hidden ${r.lateHidden}` : ''}; slices [count, max ms, longest step ms, step] ${JSON.stringify(r.byLabel)}`;
  return `${target} ${r.ok ? 'ok  ' : 'FAIL'} ${r.id.padEnd(20)} ${mb} MB loaded in ${r.loadMs} ms; page timer ${r.pageTicksPerS.toFixed(0)}/s; ${ours}`;
}
