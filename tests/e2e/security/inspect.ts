// Node-only e2e helper: the check run INSIDE an extension page (popup, library) after a poisoned
// article was rendered. Self-contained (it is serialized into the page): no imports, no closures.

export interface PageInspection {
  /** window.__pwned: set by any payload that ran in this page. */
  pwned: unknown;
  title: string;
  /** Active content found in the page's DOM (our own bundle scripts excluded). */
  active: string[];
  /** Body text, to check the article is really there (not an empty-page pass). */
  text: string;
}

export function inspectExtensionPage(): PageInspection {
  const active: string[] = [];
  const own = location.origin;
  // data: images are inert where they are images (an SVG in <img> runs no script)
  const BAD_URL = /^\s*(javascript|vbscript|data:)/i;
  const IMAGE_DATA = /^\s*data:image\//i;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') {
      const src = el.getAttribute('src');
      if (!src || !new URL(src, location.href).href.startsWith(own)) active.push('script');
    }
    // Structural traps inside the rendered article (our own UI may have forms of its own).
    const inArticle = !!el.closest('.jr-body');
    if (
      inArticle &&
      ['iframe', 'frame', 'object', 'embed', 'base', 'form', 'meta', 'noscript', 'style'].includes(
        tag,
      )
    )
      active.push(tag);
    if (['base', 'iframe', 'object', 'embed'].includes(tag) && !inArticle) active.push(tag);
    if (tag === 'link' && !(el.getAttribute('href') ?? '').startsWith('/')) {
      const href = new URL(el.getAttribute('href') ?? '', location.href).href;
      if (!href.startsWith(own)) active.push(`link ${href.slice(0, 60)}`);
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) active.push(`${tag}[${name}]`);
      if (name === 'srcdoc') active.push(`${tag}[srcdoc]`);
      if (
        ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'srcset'].includes(
          name,
        ) &&
        BAD_URL.test(attr.value) &&
        !(tag === 'img' && name === 'src' && IMAGE_DATA.test(attr.value))
      )
        active.push(`${tag}[${name}=${attr.value.slice(0, 30)}]`);
      if (name === 'style' && /url\s*\(/i.test(attr.value)) active.push(`${tag}[style url()]`);
    }
  }
  return {
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    title: document.title,
    active,
    text: document.body?.innerText ?? '',
  };
}
