// Pure: turns a cleaned body element into paragraphs of plain text.
import { BLOCK_TAGS, isElement, normalizeText } from './dom-text';
import { drainSteps } from './steps';

/** Nodes read per step of toParagraphsSteps. */
const NODES_PER_STEP = 1_500;

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
  return drainSteps(toParagraphsSteps(root));
}

/** The same read as steps (./steps.ts) of NODES_PER_STEP nodes each. */
export function* toParagraphsSteps(root: Element): Generator<string, string[]> {
  const out: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = normalizeText(line);
    if (t) out.push(t);
    line = '';
  };
  // Iterative walk: pages nested thousands of elements deep must not overflow the stack.
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  for (let n = 1; stack.length; n++) {
    if (n % NODES_PER_STEP === 0) yield 'paragraphs';
    const { node, leaving } = stack.pop() as { node: Node; leaving: boolean };
    if (leaving) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag) || isHidden(node)) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push({ node, leaving: true });
    }
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i] as Node, leaving: false });
  }
  flush();
  return out;
}

/** Hidden by the page itself: `hidden`, `aria-hidden`, or an inline display:none. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
