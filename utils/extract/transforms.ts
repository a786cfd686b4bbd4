// Pure: the named transforms a site profile may ask for. Each works in place on a detached
// clone of the body, never on the live page.
import type { TransformName } from '../sites/types';
import { BLOCK_TAGS, isElement } from './dom-text';

export const TRANSFORMS: Record<TransformName, (root: Element) => void> = {
  'br-to-paragraphs': wrapBrRuns,
  'strip-trailing-initials': stripTrailingInitials,
  'strip-leading-dateline': () => undefined,
};

/**
 * Old detik, antara and kompas bodies are bare text separated by <br>: wrap each run of inline
 * content between <br>s and blocks into a <p>, so every later step sees real paragraphs.
 */
export function wrapBrRuns(root: Element): void {
  const holders = [root, ...Array.from(root.querySelectorAll('div, span, td, section, article'))];
  for (const holder of holders.reverse()) {
    if (!Array.from(holder.children).some((c) => c.tagName === 'BR')) continue;
    const doc = holder.ownerDocument;
    let run: Node[] = [];
    const flush = (before: Node | null): void => {
      if (run.some((n) => (n.textContent ?? '').trim() !== '')) {
        const p = doc.createElement('p');
        holder.insertBefore(p, before);
        for (const n of run) p.appendChild(n);
      }
      run = [];
    };
    for (const child of Array.from(holder.childNodes)) {
      if (isElement(child) && child.tagName === 'BR') {
        flush(child);
        child.remove();
      } else if (isElement(child) && BLOCK_TAGS.has(child.tagName)) {
        flush(child);
      } else {
        run.push(child);
      }
    }
    flush(null);
  }
}

const TRAILING_INITIALS = /\s*\(\s*[a-z0-9]{1,6}(\s*\/\s*[a-z0-9]{1,6}){0,3}\s*\)\s*$/i;

/** Drops "(mea/mea)"-style editor initials that close the last paragraph. */
export function stripTrailingInitials(root: Element): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').trim()) last = n;
  }
  if (last?.nodeValue && TRAILING_INITIALS.test(last.nodeValue)) {
    last.nodeValue = last.nodeValue.replace(TRAILING_INITIALS, '');
  }
}
