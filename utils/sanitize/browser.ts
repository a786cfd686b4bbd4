// Extension-only: the sanitizer over the page's or extension page's own window.
import DOMPurify from 'dompurify';
import { PURIFY_CONFIG, hardenLink } from './config';

let hooked = false;

export function sanitizeHtml(html: string): string {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', hardenLink);
    hooked = true;
  }
  return DOMPurify.sanitize(html, PURIFY_CONFIG) as unknown as string;
}
