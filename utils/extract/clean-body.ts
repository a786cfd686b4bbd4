// Pure: removes clutter from a detached body clone and logs every removal.
import type { SiteProfile } from '../sites/types';
import type { RemovedItem } from './types';
import { findClutter } from './clutter/find-clutter';
import { BLOCK_TAGS, linkTextLength, textOf } from './dom-text';
import { TRAILING_WIDGET_LINES } from './lang/clutter-phrases';
import { clip } from './generic-body';
import { isHidden } from './to-text';

/** As steps (./steps.ts): hidden elements, the clutter search, the removals, the tail. */
export function* cleanBodySteps(
  root: Element,
  profile: SiteProfile | null,
  removed: RemovedItem[],
): Generator<string, void> {
  for (const el of Array.from(
    root.querySelectorAll('[hidden], [style*="none"], [style*="hidden"]'),
  )) {
    if (isHidden(el) && el.isConnected) {
      const text = textOf(el);
      if (text) removed.push({ reason: 'hidden by the page', text: clip(text) });
      el.remove();
    }
  }
  yield 'clean: hidden';
  const hits = findClutter(root, { profile, mode: 'extract' });
  yield 'clean: find clutter';
  for (const hit of hits) {
    const text = textOf(hit.el);
    if (text) removed.push({ reason: hit.reason, text: clip(text) });
    hit.el.remove();
  }
  yield 'clean: remove';
  dropTrailingLinkLines(root, removed);
}

/**
 * Tag lists, "more photos" strips and widget leftovers often close a body: a run of lines at the
 * end that are nothing but short links (or known widget labels). Prose ends the run.
 */
export function dropTrailingLinkLines(root: Element, removed: RemovedItem[]): void {
  const leaves = Array.from(
    root.querySelectorAll('p, li, div, h2, h3, h4, h5, h6, dd, dt, td'),
  ).filter((el) => !Array.from(el.children).some((c) => BLOCK_TAGS.has(c.tagName)));
  for (let i = leaves.length - 1; i >= 0; i--) {
    const el = leaves[i] as Element;
    const text = textOf(el);
    if (!text) continue;
    const linkOnly = text.length <= 120 && linkTextLength(el) >= text.length * 0.9;
    if (!linkOnly && !TRAILING_WIDGET_LINES.some((re) => re.test(text))) break;
    removed.push({ reason: 'trailing link list', text: clip(text) });
    el.remove();
  }
}
