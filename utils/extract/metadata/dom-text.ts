// Pure: bounded text reading from a Document without touching it.

/**
 * The text of an element with a space at every element boundary, so "By <a>Corry Anestia</a>on 16
 * Feb" reads "By Corry Anestia on 16 Feb"; stops after `max` characters.
 */
export function readText(el: Element, max = 400): string {
  const doc = el.ownerDocument;
  // 4 = NodeFilter.SHOW_TEXT; the global NodeFilter is not there in every runtime.
  const walker = doc.createTreeWalker(el, 4);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < max; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (parent.tagName === 'SCRIPT' || parent.tagName === 'STYLE')) continue;
    const t = n.nodeValue ?? '';
    if (!t.trim()) continue;
    parts.push(t);
    length += t.length;
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Elements matching any of the selectors, in selector order; bad selectors are skipped. */
export function queryAll(root: ParentNode, selectors: readonly string[], limit = 20): Element[] {
  const out: Element[] = [];
  for (const sel of selectors) {
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(sel));
    } catch {
      continue; // a profile selector the engine does not support
    }
    for (const el of found) {
      if (!out.includes(el)) out.push(el);
      if (out.length >= limit) return out;
    }
  }
  return out;
}
