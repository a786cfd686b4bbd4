// Extension-side (DOM only): inline clutter lines in bodies written as bare text runs split by
// <br> (old detik and antara templates). The extractor first rebuilds such a body into
// paragraphs on its clone (the `br-to-paragraphs` transform) and then finds these lines; the
// live page is not rebuilt, so here the same phrase table is applied to the body's own inline
// children ("<strong>Simak Video "…"</strong>").
import { INLINE_CLUTTER_PREFIXES, INLINE_MAX_CHARS } from '../extract/lang/clutter-phrases';
import { textOf } from '../extract/dom-text';

const INLINE_TAGS = /^(STRONG|B|EM|I|SPAN|A|FONT|U|SMALL)$/;

/** Inline children of `root` whose whole text is an inline clutter line. */
export function findInlineRunClutter(root: Element): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(root.children)) {
    if (!INLINE_TAGS.test(child.tagName.toUpperCase())) continue;
    const text = textOf(child);
    if (!text || text.length > INLINE_MAX_CHARS) continue;
    if (INLINE_CLUTTER_PREFIXES.some((re) => re.test(text))) out.push(child);
  }
  return out;
}
