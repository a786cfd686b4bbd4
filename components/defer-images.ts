// Extension pages: article images wait for the reader's click. Opening an article must send
// nothing to the outlet's image hosts (the "nothing leaves the machine"), so the
// sanitized body's <img> elements become buttons that hold the address until asked.
import { isSafeImageUrl } from './format';

/** Where a deferred image keeps its address; only ever an http(s) URL (checked on the way in). */
export const DEFERRED_SRC = 'data-jr-src';

/**
 * Replaces every <img> of already-sanitized HTML with a "load image" button. The HTML is parsed
 * by DOMParser into a document without a browsing context: nothing in it is fetched while we
 * rewrite it.
 * The button carries no text node of its own (its label is an attribute shown by CSS), so the
 * body's text, and with it every quote and highlight offset, is the same as with the images.
 */
export function deferImages(html: string, label: string): string {
  if (!/<img\b/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const img of Array.from(doc.body.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    if (!isSafeImageUrl(src)) {
      img.remove();
      continue;
    }
    const alt = img.getAttribute('alt')?.trim() ?? '';
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'jr-img-defer';
    button.setAttribute(DEFERRED_SRC, src);
    button.setAttribute('data-label', label);
    button.setAttribute('aria-label', alt ? `${label}: ${alt}` : label);
    if (alt) button.setAttribute('data-alt', alt);
    img.replaceWith(button);
  }
  return doc.body.innerHTML;
}

/** The click that loads one deferred image in place; returns whether the event was one. */
export function loadDeferredImage(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target.closest(`button[${DEFERRED_SRC}]`) : null;
  const src = el?.getAttribute(DEFERRED_SRC) ?? null;
  if (!el || !isSafeImageUrl(src)) return false;
  const img = el.ownerDocument.createElement('img');
  img.setAttribute('referrerpolicy', 'no-referrer');
  img.alt = el.getAttribute('data-alt') ?? '';
  img.src = src;
  el.replaceWith(img);
  return true;
}
