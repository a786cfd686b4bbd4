// Extension-side (DOM only): the live page shows what the extractor keeps - the article body
// (minus its clutter) and its headline, byline and date - and hides every block beside them
// (sidebars, "Terpopuler" tabs, tickers, footers), however the outlet names them. Only whole
// subtrees that hold none of the kept elements are hidden; the page's own scripts keep running.
import type { SiteProfile } from '../sites/types';

/** Headlines shorter than this are logos or section labels, not the article's title. */
const MIN_HEADLINE_CHARS = 15;

/** The elements shown next to the body: the profile's title/byline/date, else the page's h1. */
export function findArticleHeader(doc: Document, profile: SiteProfile | null): Element[] {
  const out: Element[] = [];
  for (const step of findArticleHeaderSteps(doc, profile, out)) void step;
  return out;
}

/**
 * The same, one lookup per step (yields between them), into `out`: on a huge page a selector
 * that matches nothing walks the whole document.
 */
export function* findArticleHeaderSteps(
  doc: Document,
  profile: SiteProfile | null,
  out: Element[],
): Generator<string> {
  const selectors = [
    ...(profile?.meta?.title ?? []),
    ...(profile?.meta?.byline ?? []),
    ...(profile?.meta?.date ?? []),
  ];
  for (const selector of selectors) {
    try {
      const el = doc.querySelector(selector);
      if (el) out.push(el);
    } catch {
      // an invalid selector in a profile is skipped
    }
    yield 'find header';
  }
  if (!out.some((el) => el.tagName === 'H1')) {
    const h1 = Array.from(doc.getElementsByTagName('h1')).find(
      (el) => (el.textContent ?? '').trim().length >= MIN_HEADLINE_CHARS,
    );
    if (h1) out.push(h1);
  }
}

/**
 * Every element beside the kept ones: a child of an ancestor of a kept element that holds no
 * kept element itself. Outermost only, in document order; nothing above `body`.
 */
export function findOutside(keeps: readonly Element[], body: Element): Element[] {
  const path = new Set<Element>();
  const kept = new Set(keeps);
  for (const keep of keeps) {
    for (let el: Element | null = keep; el; el = el.parentElement) {
      if (path.has(el)) break;
      path.add(el);
      if (el === body) break;
    }
  }
  const out: Element[] = [];
  for (const el of path) {
    if (kept.has(el) || !body.contains(el)) continue;
    for (const child of Array.from(el.children)) {
      if (!path.has(child) && isRendered(child)) out.push(child);
    }
  }
  return out;
}

/** Whether an element added later sits beside the article (its parent is on the kept path). */
export function isBesideArticle(el: Element, keeps: readonly Element[], body: Element): boolean {
  const parent = el.parentElement;
  if (!parent || !isRendered(el) || !(parent === body || body.contains(parent))) return false;
  if (keeps.some((k) => k.contains(parent) || el.contains(k))) return false; // inside or holding one
  return keeps.some((k) => parent.contains(k));
}

function isRendered(el: Element): boolean {
  return !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LINK|META)$/i.test(el.tagName);
}
