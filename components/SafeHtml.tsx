// Extension pages: THE one place where article HTML enters our DOM. Page content is hostile, so
// whatever the caller passes goes through the DOMPurify policy here (utils/sanitize) even if it
// was sanitized before, in the content script: that page's DOMPurify ran inside a page we do not
// control. No other component may use dangerouslySetInnerHTML (tests/ext/popup checks).
import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '../utils/sanitize/browser';

interface Props {
  html: string;
  lang?: string | null;
  label: string;
  containerRef?: Ref<HTMLDivElement>;
}

export function SafeHtml({ html, lang, label, containerRef }: Props) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return (
    <div
      ref={containerRef}
      class="jr-body"
      role="region"
      aria-label={label}
      lang={lang ?? undefined}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
