// Extension-side (DOM only; storage and messages are wired by the content script): the live
// declutter of one page. The stylesheet goes in at once (document_start, so selector clutter
// never paints); the text-pattern pass runs at DOMContentLoaded, cut into time-budgeted slices
// that yield to the page (slice-clock.ts); late clutter is caught by a throttled observer whose
// scans are sliced the same way, one job at a time. Every slice of ours is timed, and every
// entry point catches its own exceptions.
import type { SiteProfile } from '../sites/types';
import { findLiveRoots } from './find-live-root';
import { markBlocks, protectRoots, type LiveHit } from './mark-clutter';
import { findInlineRunClutter } from './mark-inline-runs';
import { findArticleHeaderSteps, findOutside, isBesideArticle } from './focus-article';
import { buildLiveCss, HIDDEN_ATTR, KEEP_ATTR, STYLE_ID } from './live-style';
import { observeLate, type LateObserver, type LateObserverStats } from './observe-late';
import { scanSliced } from './scan-sliced';
import { createJobQueue, createSliceClock, type SliceStats } from './slice-clock';

export interface LiveStatus {
  enabled: boolean;
  profile: string | null;
  hidden: { reason: string; text: string }[];
  restored: number[];
  /** Time from DOMContentLoaded to the end of the first text-pattern pass, ms. */
  declutterMs: number | null;
  /** Exceptions our code caught on this page (0 is the goal; none ever reaches the page). */
  errors: number;
  /** Whether no article root was found (nothing is hidden by text patterns then). */
  noRoot: boolean;
  /** A huge page: the blocks beside the article are hidden whole, not scanned inside. */
  huge: boolean;
  /** Blocks hidden but not listed (past MAX_LISTED). */
  unlisted: number;
  /** Every synchronous slice of our work on this page, and the late observer's counters. */
  timing: {
    slices: SliceStats;
    observer: LateObserverStats | null;
    firstPassBusyMs: number | null;
  };
}

export interface LivePage {
  status(): LiveStatus;
  setEnabled(on: boolean): LiveStatus;
  restore(index: number): LiveStatus;
  /** Stops the observer and removes the stylesheet (the script was invalidated). */
  stop(): void;
  /** Times other synchronous work of the content script (message handling) as a slice. */
  time<T>(label: string, fn: () => T): T;
  /**
   * Runs long work the reader asked for (the article extraction) in timed slices, queued with
   * the declutter's own jobs; resolves to the generator's result, rejects with what it threw.
   */
  runSteps<T>(label: string, steps: Generator<string, T>): Promise<T>;
  /**
   * Goes up whenever the page changes what an extraction reads (nodes added in or around the
   * article, the article replaced): an article extracted at one version is stale at another.
   */
  articleVersion(): number;
}

export interface LivePageOptions {
  onError?: (err: unknown) => void;
  /** performance.now() of DOMContentLoaded when known (for the timing in the status). */
  readyAt?: () => number | null;
  now?: () => number;
  observer?: { delayMs?: number; budgetMs?: number; maxRoots?: number; maxDelayMs?: number };
  /** Work per slice before yielding to the page, ms (slice-clock.ts). */
  sliceBudgetMs?: number;
  /** Elements per scanned subtree (scan-sliced.ts). */
  chunkElements?: number;
  hugePageElements?: number;
  /** Also hide every block beside the article and its headline (default true). */
  focus?: boolean;
  /** Called once the first declutter pass is done (not on a huge page), from a slice of ours. */
  onFirstPass?: () => void;
}

export const OUTSIDE_REASON = 'beside the article';
/** Elements in the body above which a page is "huge" (the corpus pages have under 2,500). */
export const HUGE_PAGE_ELEMENTS = 20_000;
/** Hidden blocks listed for "show what was removed" at most (the corpus pages list under 70). */
export const MAX_LISTED = 1000;

export function startLivePage(
  doc: Document,
  profile: SiteProfile | null,
  opts: LivePageOptions = {},
): LivePage {
  const now = opts.now ?? (() => performance.now());
  let errors = 0;
  const fail = (err: unknown): void => {
    errors++;
    try {
      opts.onError?.(err);
    } catch {
      // a failing reporter must not throw into the page either
    }
  };
  const guard = (fn: () => void): void => {
    try {
      fn();
    } catch (err) {
      fail(err);
    }
  };

  const clock = createSliceClock(now);
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = buildLiveCss(profile);
  let enabled = true;
  let roots: Element[] = [];
  /** The roots plus the headline, byline and date: what stays visible with `focus`. */
  let keeps: Element[] = [];
  const focus = opts.focus ?? true;
  let noRoot = false;
  const hits: LiveHit[] = [];
  const known = new Set<Element>();
  const restored: number[] = [];
  let declutterMs: number | null = null;
  let firstPassBusyMs: number | null = null;
  let late: LateObserver | null = null;
  let stopped = false;
  let version = 0;

  const attachStyle = (): void => {
    if (!enabled || stopped || style.isConnected) return;
    const parent = doc.head ?? doc.documentElement;
    if (parent) parent.appendChild(style);
  };
  /** Elements our marks hide (text-pattern and beside-the-article hits, not selector ones). */
  const marked = new Set<Element>();
  let unlisted = 0;
  const record = (found: LiveHit[]): void => {
    for (const hit of found) {
      // A page that inserts clutter forever would grow the list (and keep its removed nodes)
      // forever: past MAX_LISTED the blocks are still hidden, only no longer listed.
      if (hits.length >= MAX_LISTED) {
        unlisted++;
        continue;
      }
      known.add(hit.el);
      hits.push(hit);
      if (!hit.reason.startsWith('profile:')) marked.add(hit.el);
    }
  };
  /**
   * A huge page (over HUGE_PAGE_ELEMENTS) is scanned for text patterns only outside the blocks
   * beside the article, which are hidden whole anyway: what the clutter rules would climb and
   * measure in them costs seconds there (their text is measured again for every hit).
   */
  let huge = false;
  const beside = new Set<Element>();
  const skipBeside = (el: Element): boolean => huge && beside.has(el);
  /** Steps of one scan: the clutter under `scope`, then the inline lines of the roots in it. */
  function* scan(scope: Element): Generator<string | void> {
    if (!roots.length) return; // without an article root, text patterns could hide the article
    const target = { profile, roots, known };
    yield* scanSliced(scope, target, record, opts.chunkElements, skipBeside);
    for (const root of roots) {
      if (scope === root || scope.contains(root) || root.contains(scope)) {
        record(markBlocks(findInlineRunClutter(root), 'inline link line', known));
        yield 'inline lines';
      }
    }
  }
  /** Steps: the article root(s), their protection from broad selectors, the headline. */
  function* locate(): Generator<string | void> {
    roots = findLiveRoots(doc, profile);
    noRoot = roots.length === 0;
    yield 'find roots';
    protectRoots(roots, profile);
    yield 'protect roots';
    const header: Element[] = [];
    if (roots.length) yield* findArticleHeaderSteps(doc, profile, header);
    keeps = roots.length ? [...roots, ...header] : [];
    yield 'find h1';
  }
  const hideBeside = (added: Element[] | null): void => {
    if (!focus || !keeps.length || !doc.body) return;
    const body = doc.body;
    const els = added
      ? added.filter((el) => isBesideArticle(el, keeps, body))
      : findOutside(keeps, body);
    const found = markBlocks(els, OUTSIDE_REASON, known);
    if (huge) for (const hit of found) beside.add(hit.el);
    record(found);
  };
  const jobs = createJobQueue(clock, opts.sliceBudgetMs, fail);
  const enqueue = (label: string, steps: () => Generator<string | void>): Promise<number> =>
    jobs.enqueue(label, () => (stopped ? null : steps()));

  function* firstPass(start: number): Generator<string | void> {
    attachStyle(); // the page may have replaced <html>'s children while parsing
    yield* locate();
    // The blocks beside the article go at once (most of the clutter, and a hidden subtree
    // costs no style work while the scan runs); they are listed after the scan, as before.
    const early: Element[] = [];
    if (focus && keeps.length && doc.body) {
      // item(n) walks n elements at most: no count of a whole huge page.
      huge =
        doc.body.getElementsByTagName('*').item(opts.hugePageElements ?? HUGE_PAGE_ELEMENTS) !==
        null;
      yield 'measure';
      for (const el of findOutside(keeps, doc.body)) {
        beside.add(el);
        if (el.hasAttribute(HIDDEN_ATTR)) continue;
        el.setAttribute(HIDDEN_ATTR, '');
        early.push(el);
      }
      yield 'hide beside';
    }
    if (doc.body) yield* scan(doc.body);
    // Same step: the early marks are swapped for the listed ones with no paint in between.
    for (const el of early) if (!marked.has(el)) el.removeAttribute(HIDDEN_ATTR);
    hideBeside(null);
    declutterMs = now() - start;
  }
  function* latePass(added: Element[] | null): Generator<string | void> {
    const body = doc.body;
    if (!body) return;
    attachStyle(); // a page script that rebuilt <head> took our sheet with it
    const touches = (el: Element): boolean =>
      keeps.some((k) => k === el || k.contains(el) || el.contains(k));
    if (!keeps.length || added === null || added.some(touches)) version++;
    if (!roots.every((r) => r.isConnected)) {
      version++;
      yield* locate();
    }
    if (added === null) yield* scan(body);
    else for (const el of added) if (el.isConnected) yield* scan(el);
    hideBeside(added);
  }

  const onReady = (): void =>
    guard(() => {
      if (stopped) return;
      const start = opts.readyAt?.() ?? now();
      if (doc.body) {
        // Watching starts with the first pass: what the page adds meanwhile is queued after it.
        late = observeLate(doc.body, {
          ...opts.observer,
          now,
          onError: fail,
          wrap: (label, fn) => clock.time(label, fn),
          onAdded: (added) => enqueue('observer scan', () => latePass(added)),
        });
      }
      void enqueue('first pass', () => firstPass(start)).then((busy) => {
        firstPassBusyMs = busy;
        if (!stopped && !huge && opts.onFirstPass) guard(opts.onFirstPass);
      });
    });

  guard(() => clock.time('style', attachStyle));
  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', onReady, { once: true });
  } else {
    onReady();
  }

  const status = (): LiveStatus => ({
    enabled,
    profile: profile?.id ?? null,
    hidden: hits.map(({ reason, text }) => ({ reason, text })),
    restored: [...restored],
    declutterMs,
    errors,
    noRoot,
    huge,
    unlisted,
    timing: { slices: clock.stats(), observer: late?.stats() ?? null, firstPassBusyMs },
  });

  return {
    status,
    setEnabled(on) {
      guard(() =>
        clock.time('toggle', () => {
          enabled = on;
          if (on) attachStyle();
          else style.remove();
        }),
      );
      return status();
    },
    restore(index) {
      guard(() =>
        clock.time('restore', () => {
          const hit = hits[index];
          if (!hit || restored.includes(index)) return;
          hit.el.setAttribute(KEEP_ATTR, 'reader');
          restored.push(index);
        }),
      );
      return status();
    },
    time: (label, fn) => clock.time(label, fn),
    runSteps<T>(label: string, steps: Generator<string, T>): Promise<T> {
      let result: { value: T } | null = null;
      let failure: { error: unknown } | null = null;
      // Caught here, not by the slicer: the caller's error (no article) is not a fault of ours.
      function* guarded(): Generator<string> {
        try {
          result = { value: yield* steps };
        } catch (error) {
          failure = { error };
        }
      }
      return jobs
        .enqueue(label, () => (stopped ? null : guarded()), { predictive: true })
        .then(() => {
          if (failure) throw failure.error;
          if (!result) throw new Error('the page script stopped before the work was done');
          return result.value;
        });
    },
    articleVersion: () => version,
    stop() {
      stopped = true;
      guard(() => {
        jobs.cancel();
        late?.stop();
        doc.removeEventListener('DOMContentLoaded', onReady);
        style.remove();
      });
    },
  };
}
