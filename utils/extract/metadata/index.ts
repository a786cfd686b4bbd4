// Pure: article metadata (title, credits, date, site, language ...) from a Document, read-only.
// Order of trust: JSON-LD, meta tags, visible byline; where the page's own signals disagree (an
// editor given as JSON-LD author) the more specific one wins.
import type { SiteProfile } from '../../sites/types';
import type { ArticleMeta } from '../types';
import { type Credits, isPersonName, splitNames } from './byline';
import { findProfileCredits, findVisibleCredits } from './find-credits';
import { findLdArticle } from './json-ld';
import { pickLang } from './lang';
import { type MetaTags, pickMeta, readMetaTags } from './meta-tags';
import { findProfileDate, findVisibleDate, hasMachineTime, pickPublished } from './published';
import { type PageScan, scanPage, scanPageSteps } from './scan-page';
import { pickTitle, titleKey } from './title';
import { drainSteps } from '../steps';

export interface MetadataContext {
  url: string | null;
  profile: SiteProfile | null;
}

// Second-level labels that are not the outlet's name ("news.detik.com" -> "detik").
const GENERIC_LABELS = new Set([
  'www',
  'm',
  'co',
  'com',
  'id',
  'or',
  'go',
  'ac',
  'net',
  'org',
  'web',
  'my',
]);
// Meta tags that name the writer; "content_author" is kompas's, "dtk:author" detik's.
const AUTHOR_META_KEYS = ['content_author', 'dtk:author', 'author', 'article:author'];
const EDITOR_META_KEYS = ['content_editor', 'dtk:editor', 'editor'];

/** The outlet's name as a lower-case word from its address: "sport.detik.com" -> "detik". */
function brandOf(url: string | null): string | null {
  const host = url ? /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  if (!host) return null;
  const labels = host.split('.').filter((l) => !GENERIC_LABELS.has(l));
  const brand = labels[labels.length - 1];
  return brand && brand.length >= 4 ? brand : null;
}

const sameName = (a: string, b: string): boolean => titleKey(a) === titleKey(b);
const tokens = (s: string): Set<string> => new Set(s.toLowerCase().split(/\s+/).filter(Boolean));
const isSubsetName = (short: string, long: string): boolean => {
  const a = tokens(short);
  const b = tokens(long);
  return a.size < b.size && [...a].every((t) => b.has(t));
};

function metaNames(tags: MetaTags, keys: readonly string[], brand: readonly string[]): string[] {
  for (const k of keys) {
    const v = pickMeta(tags, k);
    if (!v || /^https?:/i.test(v)) continue;
    const names = splitNames(v, brand);
    if (names.length) return names;
  }
  return [];
}

/**
 * Whether the cheap sources already name the writers, so the page walk can be skipped: a profile
 * byline, or full (two-word) person names from JSON-LD / meta tags that no editor credit contradicts
 * (kompas-7: JSON-LD "author" is the editor named in content_editor).
 */
function hasTrustedAuthors(
  fromProfile: Credits,
  ldAuthors: string[],
  metaAuthors: string[],
  machineEditors: string[],
): boolean {
  if (fromProfile.authors.length > 0) return true;
  const full = (names: string[]): boolean =>
    names.length > 0 &&
    names.every((n) => n.includes(' ') && !machineEditors.some((e) => sameName(n, e)));
  return full(ldAuthors) || (ldAuthors.length === 0 && full(metaAuthors));
}

/** Authors by trust, minus editors given as authors; short names upgraded to the page's fuller form. */
function pickAuthors(
  ldAuthors: string[],
  metaAuthors: string[],
  visible: Credits,
  editors: string[],
): string[] {
  const explicit = [...metaAuthors, ...visible.authors];
  let authors = ldAuthors;
  // kompas: JSON-LD "author" is the editor while the page credits another writer.
  const notEditor = authors.filter((a) => !editors.some((e) => sameName(a, e)));
  if (
    notEditor.length < authors.length &&
    explicit.some((a) => !editors.some((e) => sameName(a, e)))
  )
    authors = notEditor;
  if (authors.length === 0) authors = metaAuthors.length ? metaAuthors : visible.authors;
  // The visible credit list may name co-writers the single-valued sources leave out.
  if (authors.length === 0) authors = visible.photographers;
  return authors.map((a) => explicit.find((f) => isSubsetName(a, f)) ?? a);
}

/** Reads the page's metadata. Never changes `doc`. */
export function extractMetadata(doc: Document, ctx: MetadataContext): ArticleMeta {
  return drainSteps(extractMetadataSteps(doc, ctx));
}

/** The same as steps (../steps.ts): the page walk and the credit and date reads apart. */
export function* extractMetadataSteps(
  doc: Document,
  ctx: MetadataContext,
): Generator<string, ArticleMeta> {
  const tags = readMetaTags(doc);
  const ld = findLdArticle(doc);
  // Only a web address counts: a hostile page's canonical can be any string (issue 7).
  const canonicalUrl =
    [findCanonical(doc), pickMeta(tags, 'og:url')]
      .map((href) => (href ? absolutize(href, ctx.url) : null))
      .find((href) => href !== null) ?? null;
  const brandWord = brandOf(ctx.url) ?? brandOf(canonicalUrl);
  const nameBrand = brandWord ? [brandWord] : [];

  const siteNameRaw =
    pickMeta(tags, 'og:site_name') ?? ld?.publisher ?? ctx.profile?.meta?.siteName ?? null;
  // okezone puts the whole page title in og:site_name; such a value is not a name.
  const siteName =
    siteNameRaw && siteNameRaw.length <= 40 ? siteNameRaw : (ctx.profile?.meta?.siteName ?? null);
  const titleBrand = [
    ...nameBrand,
    ...[siteName, ctx.profile?.meta?.siteName].filter((s): s is string => !!s).map(titleKey),
  ].filter((b) => b.length >= 4);

  yield 'metadata: tags';
  const title = pickTitle(doc, ctx.profile, tags, ld?.headline ?? null, titleBrand);
  yield 'metadata: title';
  // The page walk is the costly part: done once, and only when the cheap sources (profile
  // selectors, JSON-LD, meta tags) leave a gap.
  let scanned: PageScan | null = null;
  const scan = (): PageScan => (scanned ??= scanPage(doc));
  // The walk in steps of its own (a long page's walk took 10+ ms in one step).
  function* walk(): Generator<string, void> {
    if (!scanned) scanned = yield* scanPageSteps(doc);
  }
  const fromProfile = findProfileCredits(doc, ctx.profile, nameBrand);
  const ldAuthors = (ld?.authors ?? []).filter((a) => isPersonName(a, nameBrand));
  const metaAuthors = metaNames(tags, AUTHOR_META_KEYS, nameBrand);
  const machineEditors = [...(ld?.editors ?? []), ...metaNames(tags, EDITOR_META_KEYS, nameBrand)];
  const trusted = hasTrustedAuthors(fromProfile, ldAuthors, metaAuthors, machineEditors);
  if (!trusted) yield* walk();
  const visible = trusted ? fromProfile : findVisibleCredits(scan(), fromProfile, nameBrand);
  const editors = [...machineEditors, ...visible.editors].filter(
    (e, i, all) => isPersonName(e, nameBrand) && all.findIndex((x) => sameName(x, e)) === i,
  );
  const authors = pickAuthors(ldAuthors, metaAuthors, visible, editors);
  yield 'metadata: credits';

  const profileDate = findProfileDate(doc, ctx.profile);
  // A machine time makes the visible line only a zone hint: the walk is skipped for it.
  const machineTime = !!profileDate?.hasTime || hasMachineTime(tags, ld?.datePublished ?? null);
  if (!machineTime) yield* walk();
  const visibleDate = machineTime ? profileDate : findVisibleDate(profileDate, scan);
  yield 'metadata: date';

  const image = ld?.image ?? pickMeta(tags, 'og:image', 'twitter:image', 'twitter:image:src');
  const keywords = ld?.keywords.length
    ? ld.keywords
    : (pickMeta(tags, 'keywords', 'news_keywords', 'content_tags') ?? '').split(',');
  return {
    title,
    siteName,
    authors,
    editors: editors.filter((e) => !authors.some((a) => sameName(a, e))),
    published: pickPublished(visibleDate, scan, tags, ld?.datePublished ?? null),
    lang: pickLang(doc, tags, ld?.inLanguage ?? null, title, ctx.profile !== null),
    canonicalUrl: canonicalUrl ?? null,
    section: ld?.section ?? pickMeta(tags, 'article:section', 'content_category'),
    tags: keywords
      .map((k) => k.trim())
      .filter((k, i, all) => k && all.indexOf(k) === i)
      .slice(0, 30),
    image: image ? absolutize(image, ctx.url) : null,
    description:
      ld?.description ?? pickMeta(tags, 'description', 'og:description', 'twitter:description'),
  };
}

/** The canonical link's address (a tag lookup: cheaper than a selector under jsdom). */
function findCanonical(doc: Document): string | undefined {
  for (const link of Array.from(doc.getElementsByTagName('link')))
    if (link.getAttribute('rel') === 'canonical') return link.getAttribute('href')?.trim();
  return undefined;
}

/** The absolute http(s) address, else null (javascript:, data: and junk are not addresses). */
function absolutize(href: string, base: string | null): string | null {
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
