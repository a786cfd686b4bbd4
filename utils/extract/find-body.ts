// Pure: finds the article body through the site profile's selectors (read-only on `doc`).
import type { SiteProfile } from '../sites/types';
import { textOf } from './dom-text';

/** A profile body with less text than this is a miss (photo stories have ~150 characters). */
export const MIN_BODY_CHARS = 80;

export interface BodyMatch {
  /** The body element; for `{ all }` candidates a detached holder of clones. */
  el: Element;
  selector: string;
}

export function findProfileBody(doc: Document, profile: SiteProfile): BodyMatch | null {
  for (const candidate of profile.body) {
    if (typeof candidate !== 'string') {
      const joined = joinAll(doc, candidate.all);
      if (joined) return joined;
      continue;
    }
    const selector = candidate;
    let found: Element[];
    try {
      found = Array.from(doc.querySelectorAll(selector));
    } catch {
      continue;
    }
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of found) {
      const len = textOf(el).length;
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (best && bestLen >= MIN_BODY_CHARS) return { el: best, selector };
  }
  return null;
}

/** Every match of `selector`, outermost only, cloned in document order into one holder. */
function joinAll(doc: Document, selector: string): BodyMatch | null {
  let found: Element[];
  try {
    found = Array.from(doc.querySelectorAll(selector));
  } catch {
    return null;
  }
  const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  const holder = doc.createElement('div');
  for (const el of outer) holder.appendChild(el.cloneNode(true));
  return textOf(holder).length >= MIN_BODY_CHARS
    ? { el: holder, selector: `all: ${selector}` }
    : null;
}
