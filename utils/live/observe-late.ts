// Extension-side (DOM only, no browser.*): a throttled MutationObserver for clutter inserted
// after load (ads, widgets, infinite scroll), with a bounded cost per pass and overall: one pass
// at a time, passes at least `delayMs` apart, a slow pass pushes the next one back to twenty times
// its cost (so a page that mutates forever gets about a twentieth of the main thread from us), and
// once a whole-page scan is due the observer is disconnected until it starts (no callbacks).
export interface LateObserverOptions {
  /** Wait this long after the first mutation before a pass (batches bursts). */
  delayMs?: number;
  /** At most this many added subtrees are scanned per pass; more means one whole-page scan. */
  maxRoots?: number;
  /** A pass costing more than this backs off (see above). */
  budgetMs?: number;
  maxDelayMs?: number;
  /**
   * Scans the added subtrees (or the whole page, `null`, after an overflow). May return a
   * promise of the pass's busy time (work cut into slices): the next pass waits for it.
   */
  onAdded: (roots: Element[] | null) => void | Promise<number | void>;
  /** Reports an exception thrown by `onAdded` (it never reaches the page). */
  onError?: (err: unknown) => void;
  now?: () => number;
  /** Wraps each synchronous callback of ours (the live page times them). */
  wrap?: <T>(label: string, fn: () => T) => T;
}

export interface LateObserverStats {
  passes: number;
  delayMs: number;
  /** MutationObserver callbacks run (each one a slice of our code). */
  callbacks: number;
  /** Times the observer was disconnected while a whole-page scan was due. */
  pauses: number;
}

export interface LateObserver {
  stop(): void;
  stats(): LateObserverStats;
}

/** Back-off factor: the pause after a slow pass is this many times the pass's cost. */
const COST_FACTOR = 20;

export function observeLate(target: Node, opts: LateObserverOptions): LateObserver {
  const baseDelay = opts.delayMs ?? 300;
  const maxRoots = opts.maxRoots ?? 200;
  const budget = opts.budgetMs ?? 20;
  const maxDelay = opts.maxDelayMs ?? 30_000;
  const now = opts.now ?? (() => performance.now());
  const wrap = opts.wrap ?? (<T>(_label: string, fn: () => T): T => fn());
  let delay = baseDelay;
  let pending = new Set<Element>();
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let connected = false;
  const stats = { passes: 0, callbacks: 0, pauses: 0 };
  let stopped = false;

  const connect = (): void => {
    if (connected || stopped) return;
    observer.observe(target, { childList: true, subtree: true });
    connected = true;
  };
  const schedule = (): void => {
    if ((pending.size || overflow) && timer === null && !running && !stopped) {
      timer = setTimeout(pass, delay);
    }
  };
  const finish = (cost: number): void => {
    running = false;
    delay = cost > budget ? Math.min(maxDelay, Math.max(baseDelay, cost * COST_FACTOR)) : baseDelay;
    schedule();
  };

  const pass = (): void => {
    timer = null;
    if (stopped) return;
    const roots = overflow ? null : outermost([...pending]);
    pending = new Set();
    overflow = false;
    connect(); // what is added from now on is seen again
    running = true;
    const start = now();
    let result: void | Promise<number | void> = undefined;
    try {
      result = wrap('observer pass', () => opts.onAdded(roots));
    } catch (err) {
      opts.onError?.(err);
    }
    stats.passes++;
    if (result && typeof result.then === 'function') {
      result.then(
        (busy) => finish(typeof busy === 'number' ? busy : now() - start),
        (err: unknown) => {
          opts.onError?.(err);
          finish(now() - start);
        },
      );
    } else {
      finish(now() - start);
    }
  };

  const observer = new MutationObserver((records) => {
    stats.callbacks++;
    wrap('observer callback', () => {
      try {
        for (const record of records) {
          const added = record.addedNodes;
          for (let i = 0; i < added.length && !overflow; i++) {
            const node = added[i] as Node;
            if (node.nodeType !== 1) continue;
            if (pending.size >= maxRoots) prune(pending); // nodes the page took out again
            if (pending.size >= maxRoots) overflow = true;
            else pending.add(node as Element);
          }
          if (overflow) break;
        }
        if (overflow) {
          // The whole page is scanned next anyway: stop listening until that scan starts.
          observer.disconnect();
          connected = false;
          stats.pauses++;
          pending.clear();
        }
        schedule();
      } catch (err) {
        opts.onError?.(err);
      }
    });
  });
  connect();

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      connected = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending.clear();
    },
    stats: () => ({ ...stats, delayMs: delay }),
  };
}

function prune(pending: Set<Element>): void {
  for (const el of pending) if (!el.isConnected) pending.delete(el);
}

/** Connected subtrees not inside another one of the batch. */
function outermost(els: Element[]): Element[] {
  const live = els.filter((el) => el.isConnected);
  const set = new Set(live);
  return live.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
