// Pure: the generic path for pages without a (working) profile: Readability on a clone from
// which the Indonesian clutter has already been removed, because Readability alone keeps
// inline "Baca juga" lines and headed link lists.
import { Readability } from '@mozilla/readability';
import type { RemovedItem } from './types';
import { findClutter } from './clutter/find-clutter';
import { cloneDeep, countWords, textOf } from './dom-text';
import { findContentRegion } from './narrow-content';
import { PageTooLargeError } from './errors';

export interface GenericBody {
  el: Element;
  title: string | null;
}

/**
 * Above this many elements Readability's scoring takes minutes under jsdom (80,000 paragraphs:
 * over a minute); such pages get the flat best-effort read instead.
 */
export const MAX_GENERIC_ELEMENTS = 20_000;
/**
 * Deeper than this, Readability's node moves (each walks the ancestors and the moved subtree)
 * turn quadratic: 3,000 levels took 5 s. Browsers' own parsers stop nesting at 512 (Chromium)
 * and the corpus pages go no deeper than 22, so only pathological pages get the flat read.
 */
export const MAX_GENERIC_DEPTH = 512;
/** The fewest words an article has (extract-article.ts checks its paragraphs against it). */
export const MIN_ARTICLE_WORDS = 20;

export function findGenericBody(doc: Document, removed: RemovedItem[]): GenericBody | null {
  assertReadable(doc);
  const clone = cloneRegion(doc);
  const body = clone.body ?? clone.documentElement;
  if (!body) return null;
  for (const hit of findClutter(body, { mode: 'live' })) {
    removed.push({ reason: hit.reason, text: clip(textOf(hit.el)) });
    hit.el.remove();
  }
  // Readability's article is made of this clone's text: a page with fewer words than an article
  // needs has none, and Readability is not run (under jsdom it took 4 s over 2,963 empty sibling
  // tables, a fuzz case: the parser turns "<table><table>..." into siblings, not depth).
  if (!hasWords(body, MIN_ARTICLE_WORDS)) return null;
  // The serializer hands back Readability's own element: no HTML string round trip.
  const parsed = new Readability<Node>(clone, {
    charThreshold: 250,
    keepClasses: false,
    serializer: (node: Node) => node,
  }).parse();
  const content = parsed?.content;
  if (!content || content.nodeType !== 1) return null;
  return { el: content as Element, title: parsed.title ?? null };
}

/**
 * Whether the text under `root`, outside scripts and styles, has at least `min` words. Counted
 * per text node, which never counts fewer words than the paragraphs made of them (a word split
 * over two nodes counts twice); stops at `min`.
 */
function hasWords(root: Element, min: number): boolean {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let words = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const tag = node.parentElement?.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    words += countWords(node.nodeValue ?? '');
    if (words >= min) return true;
  }
  return false;
}

/** Throws PageTooLargeError past either limit; one iterative walk that stops at the first excess. */
function assertReadable(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  let count = 0;
  let depth = 0;
  let el: Element | null = root;
  while (el) {
    if (++count > MAX_GENERIC_ELEMENTS) throw new PageTooLargeError();
    const child: Element | null = el.firstElementChild;
    if (child) {
      if (++depth > MAX_GENERIC_DEPTH)
        throw new PageTooLargeError('page nested too deeply for the generic path');
      el = child;
      continue;
    }
    // No children: the next sibling, else climb until an ancestor has one.
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth -= 1;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
}

/**
 * A document for Readability to work on (it mutates its input): only the region that holds the
 * prose when one stands out, else the whole page.
 */
function cloneRegion(doc: Document): Document {
  const region = findContentRegion(doc);
  if (!region) return cloneDeep(doc);
  const out = doc.implementation.createHTMLDocument(doc.title);
  out.body.appendChild(out.importNode(region, true));
  return out;
}

export function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
