// Pure: reads <meta> tags (name, property, itemprop, http-equiv) into a lookup by lower-case key.

export type MetaTags = ReadonlyMap<string, string[]>;

/** All meta values of the page by lower-case key, in document order. */
export function readMetaTags(doc: Document): MetaTags {
  const map = new Map<string, string[]>();
  // getElementsByTagName: under jsdom a selector query compiles per document and costs far more.
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    if (!el.hasAttribute('content')) continue;
    const key =
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv');
    const value = (el.getAttribute('content') ?? '').trim();
    if (!key || !value) continue;
    const k = key.trim().toLowerCase();
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  }
  return map;
}

/** The first non-empty value among the given keys, in the order given. */
export function pickMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = tags.get(k)?.[0];
    if (v) return v;
  }
  return null;
}
