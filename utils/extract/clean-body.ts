// Pure: removes clutter from a detached body clone and logs every removal.
import type { SiteProfile } from '../sites/types';
import type { RemovedItem } from './types';
import { findClutter } from './clutter/find-clutter';
import { textOf } from './dom-text';
import { clip } from './generic-body';
import { isHidden } from './to-text';

export function cleanBody(
  root: Element,
  profile: SiteProfile | null,
  removed: RemovedItem[],
): void {
  for (const el of Array.from(
    root.querySelectorAll('[hidden], [style*="none"], [style*="hidden"]'),
  )) {
    if (isHidden(el) && el.isConnected) {
      const text = textOf(el);
      if (text) removed.push({ reason: 'hidden by the page', text: clip(text) });
      el.remove();
    }
  }
  for (const hit of findClutter(root, { profile, mode: 'extract' })) {
    const text = textOf(hit.el);
    if (text) removed.push({ reason: hit.reason, text: clip(text) });
    hit.el.remove();
  }
}
