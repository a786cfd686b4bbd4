// Pure: HTML escaping for text and attribute values, and a check that an address is safe to link.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/gu, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Only http(s) addresses become links; anything else (javascript:, data:) stays text. */
export function isLinkableUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
