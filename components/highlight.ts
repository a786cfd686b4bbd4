// Runs in extension pages: marks spans of Article.text inside the rendered (sanitized) body.
// The body HTML and the plain text hold the same words in the same order but not the same
// whitespace, so both sides are indexed without whitespace and a span is found as the k-th
// occurrence of its own text (k counted in Article.text), which keeps repeated names apart.
import type { Mention } from '../utils/extract/types';

export const MARK_CLASS = 'jr-mark';
/** Added to MARK_CLASS on the reader's own highlights (a quote or participant mark has none). */
export const USER_MARK_CLASS = 'jr-user-mark';

interface TextIndex {
  /** The container's text with all whitespace removed. */
  squeezed: string;
  /** For each char of `squeezed`, the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

const WS = /\s/u;

function squeeze(s: string): string {
  return s.replace(/\s+/gu, '');
}

function indexText(container: Element): TextIndex {
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  const out: TextIndex = { squeezed: '', nodes: [], offsets: [] };
  const chars: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      if (WS.test(ch)) continue;
      chars.push(ch);
      out.nodes.push(node);
      out.offsets.push(i);
    }
  }
  out.squeezed = chars.join('');
  return out;
}

function nthIndexOf(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Which occurrence (0-based) of its own text a span is, counted in the squeezed full text. */
function occurrenceOf(fullText: string, start: number, needle: string): number {
  const before = squeeze(fullText.slice(0, start)).length;
  const squeezedFull = squeeze(fullText);
  let k = 0;
  for (let at = squeezedFull.indexOf(needle); at >= 0 && at < before; k++) {
    at = squeezedFull.indexOf(needle, at + 1);
  }
  return k;
}

/** Wraps chars [from, to] (inclusive, squeezed positions) in <mark>s, one per text node. */
function wrap(index: TextIndex, from: number, to: number, extra: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  let i = from;
  while (i <= to) {
    const node = index.nodes[i] as Text;
    const startOff = index.offsets[i] as number;
    let j = i;
    while (j + 1 <= to && index.nodes[j + 1] === node) j++;
    const endOff = (index.offsets[j] as number) + 1;
    const doc = node.ownerDocument;
    const range = doc.createRange();
    range.setStart(node, startOff);
    range.setEnd(node, endOff);
    const mark = doc.createElement('mark');
    mark.className = extra ? `${MARK_CLASS} ${extra}` : MARK_CLASS;
    range.surroundContents(mark);
    marks.push(mark);
    i = j + 1;
  }
  return marks;
}

/** Removes every mark this module added and merges the text back. */
export function clearMarks(container: Element): void {
  for (const mark of Array.from(container.querySelectorAll(`mark.${MARK_CLASS}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

/**
 * Marks each span of `fullText` in the container; returns the marks in document order (the
 * first one is where to scroll). Spans are marked from last to first so that wrapping one never
 * moves the index of the next.
 */
export function markSpans(
  container: Element,
  fullText: string,
  spans: readonly Mention[],
  extraClass = '',
): HTMLElement[] {
  clearMarks(container);
  const index = indexText(container);
  const found: [number, number][] = [];
  for (const span of spans) {
    const needle = squeeze(fullText.slice(span.start, span.end));
    if (!needle) continue;
    let at = nthIndexOf(index.squeezed, needle, occurrenceOf(fullText, span.start, needle));
    if (at < 0) at = index.squeezed.indexOf(needle);
    if (at >= 0) found.push([at, at + needle.length - 1]);
  }
  found.sort((a, b) => b[0] - a[0]);
  const marks: HTMLElement[] = [];
  let lastStart = Number.POSITIVE_INFINITY;
  for (const [from, to] of found) {
    if (to >= lastStart) continue; // overlapping spans: keep the later one only
    marks.unshift(...wrap(index, from, to, extraClass));
    lastStart = from;
  }
  return marks;
}

/**
 * Where a selected passage sits in Article.text: the first exact match, else a match that lets
 * white space differ (the rendered body breaks lines where the text does not). Kept here rather
 * than imported from utils/library so the library's module stays out of the popup's first load.
 */
export function locatePassage(
  text: string,
  passage: string,
): { start: number; end: number } | null {
  const exact = text.indexOf(passage);
  if (exact >= 0) return { start: exact, end: exact + passage.length };
  const words = passage.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const loose = new RegExp(words.join('\\s+'), 'u').exec(text);
  return loose ? { start: loose.index, end: loose.index + loose[0].length } : null;
}

/** The selected passage inside the article body, or '' (a selection elsewhere does not count). */
export function selectedIn(container: Element | null): string {
  const sel = container?.ownerDocument.defaultView?.getSelection();
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return '';
  const range = sel.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return '';
  return sel.toString().replace(/\s+/gu, ' ').trim();
}
