// Pure: the page's language as a BCP 47 primary tag ("id"), from content-language, og:locale,
// JSON-LD and <html lang>, checked against the text: Indonesian templates often say lang="en".
import { type MetaTags, pickMeta } from './meta-tags';

// Frequent Indonesian function words; two of them in a headline are evidence enough.
const INDONESIAN_WORDS = new Set([
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'untuk',
  'dengan',
  'ini',
  'itu',
  'tak',
  'tidak',
  'akan',
  'soal',
  'jadi',
  'ada',
  'saat',
  'lewat',
  'baru',
  'para',
  'dalam',
  'pada',
  'bisa',
  'kata',
  'makin',
  'masih',
]);

const primary = (tag: string | null | undefined): string | null => {
  const m = tag ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim()) : null;
  return m?.[1] ? m[1].toLowerCase() : null;
};

function looksIndonesian(text: string): boolean {
  let hits = 0;
  for (const w of text
    .toLowerCase()
    .split(/[^a-z]+/)
    .slice(0, 200))
    if (INDONESIAN_WORDS.has(w) && ++hits >= 2) return true;
  return false;
}

/** `knownIndonesianOutlet`: the page has a site profile, and every profile is an Indonesian-language outlet. */
export function pickLang(
  doc: Document,
  tags: MetaTags,
  ldLang: string | null,
  title: string,
  knownIndonesianOutlet: boolean,
): string | null {
  const declared =
    primary(pickMeta(tags, 'content-language', 'language', 'dc.language')) ??
    primary(pickMeta(tags, 'og:locale')) ??
    primary(ldLang) ??
    primary(doc.documentElement?.getAttribute('lang'));
  const sample = `${title} ${pickMeta(tags, 'description', 'og:description') ?? ''}`;
  if (declared === 'id' || declared === 'in') return 'id';
  if (knownIndonesianOutlet || looksIndonesian(sample)) return 'id';
  return declared;
}
