// Extension pages: THE one place where article HTML enters our DOM. Page content is hostile, so
// whatever the caller passes goes through the DOMPurify policy here (utils/sanitize) even if it
// was sanitized before, in the content script: that page's DOMPurify ran inside a page we do not
// control. No other component may use dangerouslySetInnerHTML (tests/ext/popup checks).
import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '../utils/sanitize/browser';
import type { ImageLoading } from '../utils/settings';
import { deferImages, loadDeferredImage } from './defer-images';

interface Props {
  html: string;
  lang?: string | null;
  label: string;
  containerRef?: Ref<HTMLDivElement>;
  /** 'click' (the default) keeps images as "load image" buttons: nothing is fetched unasked. */
  images?: ImageLoading;
  /** The deferred image button's label, in the UI language. */
  loadImageLabel?: string;
}

export function SafeHtml({
  html,
  lang,
  label,
  containerRef,
  images = 'click',
  loadImageLabel = 'Muat gambar',
}: Props) {
  const clean = useMemo(() => {
    const safe = sanitizeHtml(html);
    return images === 'auto' ? safe : deferImages(safe, loadImageLabel);
  }, [html, images, loadImageLabel]);
  return (
    <div
      ref={containerRef}
      class="jr-body"
      role="region"
      aria-label={label}
      lang={lang ?? undefined}
      onClick={(e) => {
        if (loadDeferredImage(e.target)) e.preventDefault();
      }}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
