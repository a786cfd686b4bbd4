// Runs anywhere: display formatting for the reading view (dates with the outlet's zone, reading
// time, name lists). No clock: everything is computed from the article's own values.
import { findZoneName, parseIsoDate } from '../utils/export/dates';

/** Words per minute for Indonesian news prose read silently (a common, slightly careful pace). */
export const READING_WPM = 200;

export function countReadingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WPM));
}

/**
 * The published time as the outlet gave it (its wall clock), written in the reader's locale,
 * followed by the original zone: "10 Desember 2022 pukul 13.19 WIB". The zone is the outlet's,
 * not the reader's, because that is what a citation of an Indonesian paper carries.
 */
export function formatPublished(iso: string | null, locale: string): string | null {
  const parts = parseIsoDate(iso);
  if (!parts || parts.month === undefined || parts.day === undefined) return iso;
  const [hh, mm] = (parts.time ?? '').split(':').map(Number);
  const hasTime = parts.time !== undefined && hh !== undefined && mm !== undefined;
  // Format the wall-clock parts in UTC so the reader's own zone cannot shift them.
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, hh ?? 0, mm ?? 0));
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(hasTime ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  }).format(date);
  if (!hasTime) return text;
  const zone =
    findZoneName(iso) ??
    (parts.offset === 'Z' ? 'UTC' : parts.offset ? `UTC${parts.offset}` : null);
  return zone ? `${text} ${zone}` : text;
}

/** "Ana, Budi dan Citra" / "Ana, Budi and Citra" in the UI language. */
export function joinNames(names: readonly string[], locale: string): string {
  if (names.length <= 1) return names[0] ?? '';
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** Only http(s) images are shown; anything else from the page (javascript:, data:) is dropped. */
export function isSafeImageUrl(url: string | null): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
