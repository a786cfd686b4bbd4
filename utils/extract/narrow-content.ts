// Pure: a cheap first guess at the region of a page that holds the article, so the generic
// path clones and scores that region instead of the whole page (headers, sidebars and footers
// are most of a news page, and cloning them under jsdom costs more than reading the article).
import { linkTextLength, textOf } from './dom-text';
import { PageTooLargeError } from './errors';

/** Paragraphs shorter than this are captions, bylines or list items, not prose. */
const MIN_PARAGRAPH_CHARS = 60;
/**
 * Prose nested deeper than this is a pathological page: jsdom's clone and detach are recursive
 * and every insertion walks the ancestors, so such pages get the flat read instead.
 */
export const MAX_DEPTH = 1000;

/** The region must hold at least this much of the prose found on the whole page. */
const MIN_SHARE = 0.8;

/**
 * The smallest element that holds most of the page's prose paragraphs (each `<p>` scores its
 * parent fully and its grandparent half, as Readability does), widened to the ancestor that
 * holds at least 80% of all prose. Null when the page has too little `<p>` prose to judge
 * (bodies of bare text and <br>), which sends the caller to the whole document.
 */
export function findContentRegion(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  let total = 0;
  const paragraphs: { el: Element; len: number }[] = [];
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const len = textOf(p).length;
    if (len < MIN_PARAGRAPH_CHARS || linkTextLength(p) > len * 0.5) continue;
    total += len;
    paragraphs.push({ el: p, len });
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  // How much prose each ancestor holds: one walk up from each paragraph (contains() from every
  // ancestor would be quadratic on pages nested thousands deep).
  const held = new Map<Element, number>();
  for (const p of paragraphs) {
    let depth = 0;
    for (let a = p.el.parentElement; a; a = a.parentElement) {
      held.set(a, (held.get(a) ?? 0) + p.len);
      if (++depth > MAX_DEPTH)
        throw new PageTooLargeError('page nested too deeply for the generic path');
    }
  }
  if (total < 500) return null;
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  for (let el = best; el; el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') return null;
    // One level above the prose holder keeps the in-body headings and "Baca juga" boxes
    // that Readability and the clutter pass need to see.
    if ((held.get(el) ?? 0) >= total * MIN_SHARE) {
      const up = el.parentElement;
      return up && up.tagName !== 'BODY' ? up : el;
    }
  }
  return null;
}
