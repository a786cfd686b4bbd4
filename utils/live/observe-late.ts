// Extension-side (DOM only, no browser.*): a throttled MutationObserver for clutter inserted
// after load (ads, widgets, infinite scroll), with a bounded cost per pass and overall.
export interface LateObserverOptions {
  /** Wait this long after the first mutation before a pass (batches bursts). */
  delayMs?: number;
  /** At most this many added subtrees are scanned per pass; more means one whole-page scan. */
  maxRoots?: number;
  /** A pass slower than this doubles the delay (up to maxDelayMs), so a busy page backs off. */
  budgetMs?: number;
  maxDelayMs?: number;
  /** Scans the added subtrees (or the whole page, `null`, after an overflow). */
  onAdded: (roots: Element[] | null) => void;
  /** Reports an exception thrown by `onAdded` (it never reaches the page). */
  onError?: (err: unknown) => void;
  now?: () => number;
}

export interface LateObserver {
  stop(): void;
  /** Passes run so far and the current delay, for status and tests. */
  stats(): { passes: number; delayMs: number };
}

export function observeLate(target: Node, opts: LateObserverOptions): LateObserver {
  const baseDelay = opts.delayMs ?? 300;
  const maxRoots = opts.maxRoots ?? 200;
  const budget = opts.budgetMs ?? 20;
  const maxDelay = opts.maxDelayMs ?? 5000;
  const now = opts.now ?? (() => performance.now());
  let delay = baseDelay;
  let pending = new Set<Element>();
  let overflow = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let passes = 0;
  let stopped = false;

  const pass = (): void => {
    timer = null;
    if (stopped) return;
    const roots = overflow ? null : outermost([...pending]);
    pending = new Set();
    overflow = false;
    const start = now();
    try {
      opts.onAdded(roots);
    } catch (err) {
      opts.onError?.(err);
    }
    passes++;
    delay = now() - start > budget ? Math.min(delay * 2, maxDelay) : baseDelay;
  };

  const observer = new MutationObserver((records) => {
    try {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType !== 1) continue;
          if (pending.size >= maxRoots) overflow = true;
          else pending.add(node as Element);
        }
      }
      if ((pending.size || overflow) && timer === null && !stopped) {
        timer = setTimeout(pass, delay);
      }
    } catch (err) {
      opts.onError?.(err);
    }
  });
  observer.observe(target, { childList: true, subtree: true });

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending.clear();
    },
    stats: () => ({ passes, delayMs: delay }),
  };
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
