// Pure: small DOM text helpers shared by the pipeline steps (no globals: nodes carry their document).

/** Element tags that start a new line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/** normalizeText without the trim: for text normalised one piece at a time (clipTextOf). */
export function foldText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ');
}

/** Folds white space and drops zero-width marks: the form every pattern is matched against. */
export function normalizeText(text: string): string {
  return foldText(text).trim();
}

/** The element's text, normalised. */
export function textOf(node: Node): string {
  return normalizeText(node.textContent ?? '');
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

/** Length of the text inside links at or below `el`. */
export function linkTextLength(el: Element): number {
  if (el.tagName === 'A') return textOf(el).length;
  let total = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) total += textOf(a).length;
  return total;
}

/** Nearest ancestor-or-self that is a block element. */
export function closestBlock(node: Node): Element | null {
  let cur: Node | null = isElement(node) ? node : node.parentNode;
  while (cur && isElement(cur)) {
    if (BLOCK_TAGS.has(cur.tagName.toUpperCase())) return cur;
    cur = cur.parentNode;
  }
  return null;
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

const DOCUMENT_TYPE_NODE = 10;

/**
 * A deep clone that survives pathologically deep pages: the native clone first (fast in
 * browsers), and, when jsdom's recursive clone overflows the stack, an iterative copy.
 * jsdom also refuses to clone a doctype whose name the parser took from broken markup
 * (`<!DOCTYPE\n<!DOCTYPE html ...>` names it "<!doctype"; found by the fuzzer, 2026-12-06):
 * the iterative copy leaves such a doctype out, it carries nothing the core reads.
 */
export function cloneDeep<T extends Node>(node: T): T {
  try {
    return node.cloneNode(true) as T;
  } catch (err) {
    if (!(err instanceof RangeError) && !hasUnclonableDoctype(node)) throw err;
  }
  const copy = node.cloneNode(false) as T;
  const stack: [Node, Node][] = [[node, copy]];
  while (stack.length) {
    const [from, to] = stack.pop() as [Node, Node];
    for (let c = from.firstChild; c; c = c.nextSibling) {
      const shallow = cloneShallow(c);
      if (!shallow) continue;
      to.appendChild(shallow);
      if (c.firstChild) stack.push([c, shallow]);
    }
  }
  return copy;
}

function cloneShallow(node: Node): Node | null {
  try {
    return node.cloneNode(false);
  } catch (err) {
    if (node.nodeType === DOCUMENT_TYPE_NODE) return null;
    throw err;
  }
}

function hasUnclonableDoctype(node: Node): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling)
    if (c.nodeType === DOCUMENT_TYPE_NODE && cloneShallow(c) === null) return true;
  return false;
}

/**
 * Text and link-text lengths remembered for one read-only pass: climbing from thousands of
 * "Baca juga" lines must not re-read the same large ancestors each time (quadratic otherwise).
 */
export class TextMeasure {
  private readonly texts = new Map<Node, string>();
  private readonly links = new Map<Element, number>();

  text(node: Node): string {
    let t = this.texts.get(node);
    if (t === undefined) {
      t = textOf(node);
      this.texts.set(node, t);
    }
    return t;
  }

  linkLength(el: Element): number {
    let n = this.links.get(el);
    if (n === undefined) {
      n = linkTextLength(el);
      this.links.set(el, n);
    }
    return n;
  }
}
