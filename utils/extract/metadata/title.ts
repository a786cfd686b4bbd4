// Pure: picks the headline as the page shows it: the <h1> that matches the meta titles, else the
// meta title without the outlet's " - Kompas.com" / "KapanLagi.com: " decoration.
import type { SiteProfile } from '../../sites/types';
import { queryAll } from './dom-text';
import { type MetaTags, pickMeta } from './meta-tags';

const MAX_TITLE = 400;

// Headline elements are small; textContent keeps inline markup ("<i>Serbu</i>") joined as shown.
const textOf = (el: Element): string =>
  (el.textContent ?? '')
    .slice(0, MAX_TITLE * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TITLE);
// Separators outlets put between the headline and their name.
const SUFFIX_SEPARATORS = [' - ', ' | ', ' :: ', ' : ', ' \u2013 ', ' \u2014 '];
const PREFIX_SEPARATORS = [': ', ' | ', ' - '];

/** Letters and digits only, lower case: "Apa Iya Betul Dicabut?" and "Apa Iya Betul Dicabut" agree. */
export function titleKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function isBrand(segment: string, brand: readonly string[]): boolean {
  const k = titleKey(segment);
  return k.length > 0 && brand.some((b) => k.includes(b));
}

/** Removes outlet names around a meta title: "X - Kompas.com Regional", "KapanLagi.com: X". */
export function stripSiteDecoration(title: string, brand: readonly string[]): string {
  let t = title.replace(/\s+/g, ' ').trim();
  for (let round = 0; round < 2; round++) {
    let changed = false;
    for (const sep of SUFFIX_SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i > 0 && isBrand(t.slice(i + sep.length), brand)) {
        t = t.slice(0, i).trim();
        changed = true;
      }
    }
    for (const sep of PREFIX_SEPARATORS) {
      const i = t.indexOf(sep);
      if (
        i > 0 &&
        i < 40 &&
        isBrand(t.slice(0, i), brand) &&
        titleKey(t.slice(0, i)).length <= 30
      ) {
        t = t.slice(i + sep.length).trim();
        changed = true;
      }
    }
    if (!changed) break;
  }
  return t;
}

/**
 * The headline: a profile title element first; else the <h1> whose letters equal a meta title's
 * (JSON-LD headline, og:title, twitter:title, <title>) with the outlet's name stripped; else that
 * meta title; else the first <h1>.
 */
export function pickTitle(
  doc: Document,
  profile: SiteProfile | null,
  tags: MetaTags,
  ldHeadline: string | null,
  brand: readonly string[],
): string {
  for (const el of queryAll(doc, profile?.meta?.title ?? [], 3)) {
    const t = textOf(el);
    if (t) return t;
  }
  const metaTitles = [
    ldHeadline,
    pickMeta(tags, 'og:title'),
    pickMeta(tags, 'twitter:title'),
    pickMeta(tags, 'title'),
    doc.title,
  ]
    .filter((t): t is string => typeof t === 'string' && t.trim().length > 0)
    .map((t) => stripSiteDecoration(t, brand));
  const keys = new Set(metaTitles.map(titleKey));
  const h1s = Array.from(doc.getElementsByTagName('h1')).slice(0, 10);
  for (const h1 of h1s) {
    const t = textOf(h1);
    if (t && keys.has(titleKey(t))) return t;
  }
  if (metaTitles[0]) return metaTitles[0];
  const first = h1s[0];
  return first ? textOf(first) : '';
}
