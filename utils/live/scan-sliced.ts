// Extension-side (DOM only): the clutter scan of a scope cut into small steps (a generator that
// yields after each), with the same hits, in the same order, as one markClutter(scope) call.
// The scope is split into subtrees of at most CHUNK_ELEMENTS elements; each is scanned on its
// own, the split ancestors ("shells") are matched against the profile selectors themselves,
// and at the end the hits are put back in findClutter's order without nested duplicates.
import { findClutter, type ClutterHit } from '../extract/clutter/find-clutter';
import { CLUTTER_TRIGGER, PROMOTION_TRIGGER } from '../extract/lang/clutter-phrases';
import type { SiteProfile } from '../sites/types';
import { markHits, type LiveHit } from './mark-clutter';
import { listLiveSelectors } from './live-style';

/** Elements per scanned subtree: a few milliseconds of work on a slow machine. */
export const CHUNK_ELEMENTS = 400;
/** Hits marked per step at the end of a scan. */
const MARK_BATCH = 200;

export interface ScanTarget {
  profile: SiteProfile | null;
  roots: readonly Element[];
  /** Hits recorded before this scan (not reported again). */
  known: ReadonlySet<Element>;
}

interface Found extends ClutterHit {
  /** The profile selector's index for selector hits; -1 for text hits. */
  sel: number;
}

/**
 * Steps that scan `scope`; when done, `onHits` gets the new hits, marked on the page in the
 * last steps. Nothing is marked while scanning: a page changed between slices would have its
 * style recomputed before every slice (seconds on a 20 MB page).
 */
export function* scanSliced(
  scope: Element,
  target: ScanTarget,
  onHits: (hits: LiveHit[]) => void,
  chunkElements = CHUNK_ELEMENTS,
  /** Subtrees left out of the scan (a huge page's blocks beside the article, hidden whole). */
  skip: (el: Element) => boolean = () => false,
): Generator<string | void> {
  const { profile, roots, known } = target;
  const keep = roots[0] ?? null;
  const selectors = listLiveSelectors(profile);
  const indexOf = new Map<string, number>();
  selectors.forEach((s, i) => {
    if (!indexOf.has(s)) indexOf.set(s, i);
  });
  const found: Found[] = [];
  const add = (el: Element, reason: string, sel: number): void => {
    if (keep && (el === keep || el.contains(keep))) return; // findClutter's own keep rule
    found.push({ el, reason, sel });
  };

  const stack: Element[] = [scope];
  while (stack.length) {
    const el = stack.pop() as Element;
    if ((!el.isConnected || skip(el)) && el !== scope) continue;
    // querySelectorAll under a subtree never returns the subtree's own root, so every split
    // point is matched here (the scope itself is not, as in findClutter).
    if (el !== scope) {
      selectors.forEach((s, i) => {
        if (indexOf.get(s) === i && matchesSafely(el, s)) add(el, `profile: ${s}`, i);
      });
    }
    // item(n) walks n elements at most; .length would count a huge subtree whole (200 ms).
    if (el.getElementsByTagName('*').item(chunkElements) === null || hasTriggerText(el)) {
      // The selectors here, as findClutter would run them (querySelectorAll per selector), but
      // not on a chunk with no element below it: an infinite feed splits into hundreds of tiny
      // chunks, and 50 selectors each on every one of them was most of a late scan's time.
      if (el.firstElementChild) {
        selectors.forEach((s, i) => {
          if (indexOf.get(s) !== i) return;
          for (const hit of selectAllSafely(el, s)) add(hit, `profile: ${s}`, i);
        });
      }
      // Text patterns only (no profile: findClutter then runs no selector).
      const opts = { profile: null, keep, mode: 'live' as const, includePage: true };
      for (const hit of findClutter(el, opts)) add(hit.el, hit.reason, -1);
    } else {
      const kids = Array.from(el.children);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Element);
      yield 'split';
      continue;
    }
    yield 'chunk';
  }

  const ordered = restoreOrder(found);
  yield 'order';
  const hits: LiveHit[] = [];
  for (let i = 0; i < ordered.length; i += MARK_BATCH) {
    hits.push(...markHits(ordered.slice(i, i + MARK_BATCH), roots, known));
    if (i + MARK_BATCH < ordered.length) yield 'mark';
  }
  onHits(hits);
}

/** Selector hits by selector, then in document order; then text hits as found; no nesting. */
function restoreOrder(found: Found[]): ClutterHit[] {
  const bySel = found.filter((f) => f.sel >= 0);
  const byText = found.filter((f) => f.sel < 0);
  bySel.sort((a, b) => a.sel - b.sel || documentOrder(a.el, b.el));
  const all = [...bySel, ...byText];
  const set = new Set(all.map((h) => h.el));
  const taken = new Set<Element>();
  const out: ClutterHit[] = [];
  for (const hit of all) {
    if (taken.has(hit.el)) continue;
    let nested = false;
    for (let p = hit.el.parentElement; p; p = p.parentElement) {
      if (set.has(p)) {
        nested = true;
        break;
      }
    }
    if (nested) continue;
    taken.add(hit.el);
    out.push({ el: hit.el, reason: hit.reason });
  }
  return out;
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // 4 = DOCUMENT_POSITION_FOLLOWING: b comes after a
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

function selectAllSafely(el: Element, selector: string): Element[] {
  try {
    return Array.from(el.querySelectorAll(selector));
  } catch {
    return []; // an invalid selector in a profile must not stop the page
  }
}

/** A shell with text of its own that may be clutter is scanned whole (findClutter reads it). */
function hasTriggerText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 3) continue;
    const t = n.nodeValue ?? '';
    if (CLUTTER_TRIGGER.test(t) || PROMOTION_TRIGGER.test(t)) return true;
  }
  return false;
}

function matchesSafely(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
