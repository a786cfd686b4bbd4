// Pure: turns a cleaned body element into paragraphs of plain text.
import { BLOCK_TAGS, isElement, normalizeText } from './dom-text';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'BUTTON',
]);

/** Paragraphs in document order: blocks and <br> end a paragraph; hidden elements are skipped. */
export function toParagraphs(root: Element): string[] {
  const out: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = normalizeText(line);
    if (t) out.push(t);
    line = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag) || isHidden(node)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}

/** Hidden by the page itself: `hidden`, `aria-hidden`, or an inline display:none. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
