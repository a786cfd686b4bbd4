// Node-only: parses HTML with jsdom (no scripts, no subresources, console noise silenced).
import { JSDOM, VirtualConsole } from 'jsdom';

const QUIET = new VirtualConsole();

export function parseHtml(html: string, url?: string | null): Document {
  const safeUrl = url && /^https?:\/\//i.test(url) ? url : undefined;
  const dom = new JSDOM(html, { url: safeUrl, virtualConsole: QUIET });
  return dom.window.document;
}
