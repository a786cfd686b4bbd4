// Node-only: the same sanitizer policy over a jsdom window (happy-dom and linkedom do not
// sanitize: see ../shared/recipes/browser-builds-and-tests.md).
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { PURIFY_CONFIG, hardenLink } from './config';

let purify: DOMPurify | null = null;

function instance(): DOMPurify {
  if (!purify) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('afterSanitizeAttributes', hardenLink);
  }
  return purify;
}

export function sanitizeHtml(html: string): string {
  return instance().sanitize(html, PURIFY_CONFIG) as unknown as string;
}
