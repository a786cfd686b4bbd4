// Extension-only: the sanitizer over the page's or extension page's own window.
import DOMPurify from 'dompurify';
import { PURIFY_CONFIG, hardenLink } from './config';

let ready = false;

export function sanitizeHtml(html: string): string {
  if (!ready) {
    DOMPurify.addHook('afterSanitizeAttributes', hardenLink);
    // Set once: a config passed to every call is parsed again on every call (tag and attribute
    // sets rebuilt), which the live page pays once per part of the body.
    DOMPurify.setConfig(PURIFY_CONFIG);
    ready = true;
  }
  return DOMPurify.sanitize(html) as unknown as string;
}
