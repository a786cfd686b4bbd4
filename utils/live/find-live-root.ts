// Extension-side (takes a Document, no browser.*): the article element(s) on the live page,
// which the live declutter must never hide, nor any of their ancestors.
import { findProfileBody } from '../extract/find-body';
import { textOf } from '../extract/dom-text';
import type { SiteProfile } from '../sites/types';

const MIN_GENERIC_CHARS = 200;
/** Markup that names the article itself on pages without a profile. */
const GENERIC_ROOT_SELECTORS = ['[itemprop="articleBody"]', 'article', '[role="main"]', 'main'];

/** The article root(s): the profile body, else a generic guess; empty when nothing is found. */
export function findLiveRoots(doc: Document, profile: SiteProfile | null): Element[] {
  if (profile) {
    const match = findProfileBody(doc, profile);
    if (match?.el.isConnected) return [match.el];
    if (match?.selector.startsWith('all: ')) {
      // `{ all }` bodies come back as a detached holder of clones: protect the originals.
      try {
        return Array.from(doc.querySelectorAll(match.selector.slice(5)));
      } catch {
        return [];
      }
    }
  }
  const generic = findGenericRoot(doc);
  return generic ? [generic] : [];
}

/** Named article markup first, else the parent of the most paragraph text. */
function findGenericRoot(doc: Document): Element | null {
  for (const selector of GENERIC_ROOT_SELECTORS) {
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const len = textOf(el).length;
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (best && bestLen >= MIN_GENERIC_CHARS) return best;
  }
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + (p.textContent ?? '').length);
  }
  let best: Element | null = null;
  let bestScore = MIN_GENERIC_CHARS - 1;
  for (const [el, n] of score) {
    if (n > bestScore) {
      best = el;
      bestScore = n;
    }
  }
  return best;
}

/** Whether `el` is a root, or an ancestor of one (hiding it would hide the article). */
export function coversRoot(el: Element, roots: readonly Element[]): boolean {
  return roots.some((root) => el === root || el.contains(root));
}
