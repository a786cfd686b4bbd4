// Extension-side (DOM-free, timers only): every synchronous slice of the content script's work
// is timed here, and long work runs as a generator cut into time-budgeted slices that yield to
// the page between them, so no slice of ours blocks the main thread for long (issue 7: < 50 ms).

/** Longest and total time per kind of slice ("first pass", "observer", "toggle", ...). */
export interface SliceLabelStats {
  count: number;
  maxMs: number;
  totalMs: number;
  /** Sliced jobs: the longest single step (a slice is steps up to the budget). */
  maxStepMs?: number;
  /** What that step was, when the job names its steps (`yield 'name'`). */
  maxStepAt?: string;
}

export interface SliceStats {
  /** Slices run so far, of every kind. */
  count: number;
  maxMs: number;
  /** The kind of the longest slice. */
  maxLabel: string | null;
  totalMs: number;
  /** Slices at or over LONG_SLICE_MS (the bound the e2e run asserts). */
  long: number;
  byLabel: Record<string, SliceLabelStats>;
  /** performance.now() when the clock started (for per-second rates). */
  sinceMs: number;
}

export const LONG_SLICE_MS = 50;
/** Work per slice before yielding: well under the bound, so a slow machine still stays under. */
export const SLICE_BUDGET_MS = 12;

export interface SliceClock {
  /** Runs `fn` as one timed slice; exceptions pass through (the caller guards). */
  time<T>(label: string, fn: () => T): T;
  /** Notes one step of a sliced job (for finding the steps that make slices long). */
  step(label: string, ms: number, at?: unknown): void;
  stats(): SliceStats;
  now(): number;
}

export function createSliceClock(now: () => number = () => performance.now()): SliceClock {
  const byLabel: Record<string, SliceLabelStats> = {};
  const totals = { count: 0, maxMs: 0, maxLabel: null as string | null, totalMs: 0, long: 0 };
  const sinceMs = now();
  let depth = 0;
  const add = (label: string, ms: number): void => {
    const s = (byLabel[label] ??= { count: 0, maxMs: 0, totalMs: 0 });
    s.count++;
    s.totalMs += ms;
    if (ms > s.maxMs) s.maxMs = ms;
    totals.count++;
    totals.totalMs += ms;
    if (ms >= LONG_SLICE_MS) totals.long++;
    if (ms > totals.maxMs) {
      totals.maxMs = ms;
      totals.maxLabel = label;
    }
  };
  return {
    now,
    step(label, ms, at) {
      const s = (byLabel[label] ??= { count: 0, maxMs: 0, totalMs: 0 });
      if (ms > (s.maxStepMs ?? 0)) {
        s.maxStepMs = ms;
        if (typeof at === 'string') s.maxStepAt = at;
      }
    },
    time(label, fn) {
      if (depth > 0) return fn(); // nested: the outer slice already counts this time
      depth++;
      const start = now();
      try {
        return fn();
      } finally {
        depth--;
        add(label, now() - start);
      }
    },
    stats: () => ({
      ...totals,
      byLabel: Object.fromEntries(Object.entries(byLabel).map(([k, v]) => [k, { ...v }])),
      sinceMs,
    }),
  };
}

export interface SlicedJob {
  cancel(): void;
  /** Resolves when the generator is done (or cancelled); never rejects. */
  done: Promise<void>;
  /** Time spent in the job's slices so far, ms. */
  busyMs(): number;
}

export interface SlicedJobOptions {
  clock: SliceClock;
  label: string;
  budgetMs?: number;
  onError?: (err: unknown) => void;
  /**
   * End a slice early when one more step as long as the job's longest so far would take it
   * past the budget (jobs of uneven steps, like the article extraction: a 10 ms step after 9 ms
   * of others is put off to the next slice instead of making a 19 ms one).
   */
  predictive?: boolean;
}

/**
 * Runs `steps` (each `yield` ends a step) in slices of about `budgetMs`, yielding to the event
 * loop between slices (makeYield: never setTimeout where there is better, which is clamped and
 * throttled to 1 s in background tabs); input and rendering run in between.
 * The first slice runs synchronously (before the next paint when started before one).
 */
export function runSliced(steps: Iterator<unknown>, opts: SlicedJobOptions): SlicedJob {
  const budget = opts.budgetMs ?? SLICE_BUDGET_MS;
  let cancelled = false;
  let busy = 0;
  let longestStep = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((r) => (finish = r));
  const next = makeYield();

  const slice = (): void => {
    if (cancelled) return finish();
    const start = opts.clock.now();
    let over = false;
    try {
      opts.clock.time(opts.label, () => {
        let last = start;
        for (;;) {
          const { done: finished, value } = steps.next();
          const t = opts.clock.now();
          const stepMs = t - last;
          if (stepMs > longestStep) longestStep = stepMs;
          opts.clock.step(opts.label, stepMs, finished ? 'end' : value);
          last = t;
          if (finished) {
            over = true;
            return;
          }
          if (t - start + (opts.predictive ? longestStep : 0) >= budget) return;
        }
      });
    } catch (err) {
      over = true;
      opts.onError?.(err);
    }
    busy += opts.clock.now() - start;
    if (over || cancelled) finish();
    else next(slice);
  };
  slice();
  return {
    cancel() {
      cancelled = true;
    },
    done,
    busyMs: () => busy,
  };
}

/** `scheduler.yield()` (Chromium 129+; not in Firefox 140), where there is one. */
type YieldingScheduler = { yield(): Promise<void> };

/**
 * A zero-delay yield to the event loop. `scheduler.yield()` where the browser has it: input and
 * rendering still run in between, but our continuation goes before the page's other queued tasks,
 * so a sliced pass ends about as soon as its work is done (with a plain task the page's own
 * scripts ran in every gap: 20 ms of work took 130 ms). Else MessageChannel, else setTimeout.
 */
function makeYield(): (fn: () => void) => void {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') {
    const yielding = scheduler as YieldingScheduler;
    return (fn) => void yielding.yield().then(fn, () => setTimeout(fn, 0));
  }
  const MC = (globalThis as { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (!MC) return (fn) => void setTimeout(fn, 0);
  const queue: (() => void)[] = [];
  let channel: MessageChannel | null = null;
  return (fn) => {
    if (!channel) {
      channel = new MC();
      channel.port1.onmessage = () => queue.shift()?.();
      // Node (unit tests): an open port would keep the process alive
      (channel.port1 as { unref?: () => void }).unref?.();
    }
    queue.push(fn);
    channel.port2.postMessage(null);
  };
}

/** One sliced job at a time: a job queued while another runs starts after it. */
export function createJobQueue(
  clock: SliceClock,
  budgetMs: number | undefined,
  onError: (err: unknown) => void,
): {
  /** Resolves to the job's busy time (0 when `make` gives no steps). */
  enqueue(
    label: string,
    make: () => Iterator<unknown> | null,
    options?: Pick<SlicedJobOptions, 'predictive'>,
  ): Promise<number>;
  cancel(): void;
} {
  let queue: Promise<void> = Promise.resolve();
  let current: SlicedJob | null = null;
  return {
    enqueue(label, make, options) {
      const run = queue.then(() => {
        const steps = make();
        if (!steps) return 0;
        current = runSliced(steps, { clock, label, budgetMs, onError, ...options });
        const job = current;
        return job.done.then(() => job.busyMs());
      });
      queue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
    cancel() {
      current?.cancel();
    },
  };
}
