// Extension-side (DOM only; storage and messages are wired by the content script): the live
// declutter of one page. The stylesheet goes in at once (document_start, so selector clutter
// never paints); the text-pattern pass runs at DOMContentLoaded; late clutter is caught by a
// throttled observer. Every entry point catches its own exceptions.
import type { SiteProfile } from '../sites/types';
import { findLiveRoots } from './find-live-root';
import { markBlocks, markClutter, protectRoots, type LiveHit } from './mark-clutter';
import { findInlineRunClutter } from './mark-inline-runs';
import { findArticleHeader, findOutside, isBesideArticle } from './focus-article';
import { buildLiveCss, KEEP_ATTR, STYLE_ID } from './live-style';
import { observeLate, type LateObserver } from './observe-late';

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
}

export interface LivePage {
  status(): LiveStatus;
  setEnabled(on: boolean): LiveStatus;
  restore(index: number): LiveStatus;
  /** Stops the observer and removes the stylesheet (the script was invalidated). */
  stop(): void;
}

export interface LivePageOptions {
  onError?: (err: unknown) => void;
  /** performance.now() of DOMContentLoaded when known (for the timing in the status). */
  readyAt?: () => number | null;
  now?: () => number;
  observer?: { delayMs?: number; budgetMs?: number; maxRoots?: number };
  /** Also hide every block beside the article and its headline (default true). */
  focus?: boolean;
}

export const OUTSIDE_REASON = 'beside the article';

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
  let late: LateObserver | null = null;
  let stopped = false;

  const attachStyle = (): void => {
    if (!enabled || stopped || style.isConnected) return;
    const parent = doc.head ?? doc.documentElement;
    if (parent) parent.appendChild(style);
  };
  const record = (found: LiveHit[]): void => {
    for (const hit of found) {
      known.add(hit.el);
      hits.push(hit);
    }
  };
  const scan = (scope: Element): void => {
    if (!roots.length) return; // without an article root, text patterns could hide the article
    record(markClutter(scope, profile, roots, known));
    for (const root of roots) {
      if (scope === root || scope.contains(root) || root.contains(scope)) {
        record(markBlocks(findInlineRunClutter(root), 'inline link line', known));
      }
    }
  };
  const locate = (): void => {
    roots = findLiveRoots(doc, profile);
    noRoot = roots.length === 0;
    protectRoots(roots, profile);
    keeps = roots.length ? [...roots, ...findArticleHeader(doc, profile)] : [];
  };
  const hideBeside = (added: Element[] | null): void => {
    if (!focus || !keeps.length || !doc.body) return;
    const body = doc.body;
    const els = added
      ? added.filter((el) => isBesideArticle(el, keeps, body))
      : findOutside(keeps, body);
    record(markBlocks(els, OUTSIDE_REASON, known));
  };

  const onReady = (): void =>
    guard(() => {
      if (stopped) return;
      const start = opts.readyAt?.() ?? now();
      attachStyle(); // the page may have replaced <html>'s children while parsing
      locate();
      if (doc.body) scan(doc.body);
      hideBeside(null);
      declutterMs = now() - start;
      if (!doc.body) return;
      late = observeLate(doc.body, {
        ...opts.observer,
        onError: fail,
        onAdded: (added) => {
          attachStyle(); // a page script that rebuilt <head> took our sheet with it
          if (!roots.every((r) => r.isConnected)) locate();
          if (added === null) scan(doc.body);
          else for (const el of added) scan(el);
          hideBeside(added);
        },
      });
    });

  guard(attachStyle);
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
  });

  return {
    status,
    setEnabled(on) {
      guard(() => {
        enabled = on;
        if (on) attachStyle();
        else style.remove();
      });
      return status();
    },
    restore(index) {
      guard(() => {
        const hit = hits[index];
        if (!hit || restored.includes(index)) return;
        hit.el.setAttribute(KEEP_ATTR, 'reader');
        restored.push(index);
      });
      return status();
    },
    stop() {
      stopped = true;
      guard(() => {
        late?.stop();
        doc.removeEventListener('DOMContentLoaded', onReady);
        style.remove();
      });
    },
  };
}
