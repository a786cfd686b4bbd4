// Pure: the published time: JSON-LD, then meta tags, then the visible date line; shown in the
// page's zone (WIB unless the page says WITA/WIT).
import type { SiteProfile } from '../../sites/types';
import { DEFAULT_OFFSET_MIN } from '../lang/dates';
import { type ParsedDate, parseMachineDate, parseVisibleDate } from './dates';
import { queryAll, readText } from './dom-text';
import { type MetaTags, pickMeta } from './meta-tags';
import { hasAncestor, type PageScan } from './scan-page';

const META_DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'content_publisheddate',
  'dtk:publishdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'date',
];
// detik writes local wall time with a false "Z" ("2015-11-05 T10:08:58Z"): only a last resort,
// read as local time.
const LOCAL_TIME_WITH_FALSE_Z_KEYS = ['pubdate', 'datecreated'];
// Lists and links are other articles' dates.
const NOT_DATE_TAGS = new Set(['SCRIPT', 'STYLE', 'A', 'LI']);
const isNotDateContext = (a: Element): boolean => NOT_DATE_TAGS.has(a.tagName);
const MAX_DATE_CANDIDATES = 30;
const MAX_DATE_LINE = 120;

/** The date line of the profile's date selectors; a line with a time wins. */
export function findProfileDate(doc: Document, profile: SiteProfile | null): ParsedDate | null {
  return pickDateLine(queryAll(doc, profile?.meta?.date ?? [], 8));
}

/**
 * The visible date line: the profile's first, then date-ish markup of the page walk (only when
 * the profile's line has no time); a line with a time wins.
 */
export function findVisibleDate(
  fromProfile: ParsedDate | null,
  scan: () => PageScan,
): ParsedDate | null {
  if (fromProfile?.hasTime) return fromProfile;
  const generic = scan()
    .dates.slice(0, MAX_DATE_CANDIDATES * 4)
    .filter((el) => !hasAncestor(el, isNotDateContext));
  return pickDateLine(generic.slice(0, MAX_DATE_CANDIDATES)) ?? fromProfile;
}

/** The first line with a time, else the first with a date. */
function pickDateLine(elements: readonly Element[]): ParsedDate | null {
  let dateOnly: ParsedDate | null = null;
  for (const el of elements) {
    const text = readText(el, MAX_DATE_LINE + 1);
    if (!text || text.length > MAX_DATE_LINE) continue;
    const d = parseVisibleDate(text);
    if (d?.hasTime) return d;
    if (d && !dateOnly) dateOnly = d;
  }
  return dateOnly;
}

/** Whether JSON-LD or the meta tags give a published time (not just a day): the page walk can wait. */
export function hasMachineTime(tags: MetaTags, ldDate: string | null): boolean {
  const value = ldDate ?? pickMeta(tags, ...META_DATE_KEYS);
  return value !== null && (parseAny(value, DEFAULT_OFFSET_MIN)?.length ?? 0) > 10;
}

function parseAny(value: string, offset: number): string | null {
  return parseMachineDate(value, offset) ?? parseVisibleDate(value, offset)?.iso ?? null;
}

/** The published time as ISO 8601, or null. */
export function pickPublished(
  visible: ParsedDate | null,
  scan: () => PageScan,
  tags: MetaTags,
  ldDate: string | null,
): string | null {
  // The visible line tells the page's zone for UTC timestamps.
  const offset = visible?.zoneMin ?? DEFAULT_OFFSET_MIN;
  // A date-only machine value loses to a visible line of the same day that shows the time.
  const refine = (d: string): string =>
    d.length === 10 && visible?.hasTime && visible.iso.startsWith(d) ? visible.iso : d;
  for (const value of [ldDate, pickMeta(tags, ...META_DATE_KEYS)]) {
    const d = value ? parseAny(value, offset) : null;
    if (d) return refine(d);
  }
  if (visible?.hasTime) return visible.iso;
  // itemprop dates come after the visible line: detik marks local times with a false "Z".
  const itemprop = scan().itempropDate;
  const itempropValue = itemprop?.getAttribute('datetime') ?? itemprop?.getAttribute('content');
  const fromItemprop = itempropValue ? parseAny(itempropValue, offset) : null;
  if (fromItemprop) return refine(fromItemprop);
  if (visible) return visible.iso;
  const fallback = pickMeta(tags, ...LOCAL_TIME_WITH_FALSE_Z_KEYS);
  return fallback ? parseAny(fallback.replace(/\s*T\s*/, 'T').replace(/Z$/i, ''), offset) : null;
}
