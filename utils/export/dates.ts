// Pure: reads the ISO dates of an Article/clip into parts for citation formats, without a clock.

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  /** "14:56" or "14:56:07" when the source had a time. */
  time?: string;
  /** "+07:00" or "Z" when the source had an offset. */
  offset?: string;
}

// Indonesia's three zones (Keppres 41/1987); any other offset is shown as is.
const ZONE_NAMES: Record<string, string> = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT' };
const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/u;
const MONTH_KEYS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** Parses "2015-11-05", "2015-11-05T14:56:00+07:00" and shorter forms; null when not ISO. */
export function parseIsoDate(value: string | null | undefined): DateParts | null {
  if (!value) return null;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const parts: DateParts = { year: Number(match[1]) };
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && month >= 1 && month <= 12) parts.month = month;
  if (parts.month !== undefined && day !== undefined && day >= 1 && day <= 31) parts.day = day;
  if (match[4] !== undefined) parts.time = match[4];
  if (match[5] !== undefined) parts.offset = normalizeOffset(match[5]);
  return parts;
}

function normalizeOffset(offset: string): string {
  if (offset === 'Z') return offset;
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** WIB/WITA/WIT for the offset of an ISO date-time, or null. */
export function findZoneName(value: string | null | undefined): string | null {
  const offset = parseIsoDate(value)?.offset;
  return offset === undefined ? null : (ZONE_NAMES[offset] ?? null);
}

/** [year, month?, day?] as CSL date-parts want them. */
export function toDateParts(parts: DateParts): number[] {
  const out = [parts.year];
  if (parts.month !== undefined) out.push(parts.month);
  if (parts.month !== undefined && parts.day !== undefined) out.push(parts.day);
  return out;
}

/** "2015-11-05", "2015-11" or "2015": the calendar date as written in the source's own zone. */
export function formatIsoDay(parts: DateParts): string {
  return toDateParts(parts)
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

/** BibTeX's three-letter month macro name. */
export function findMonthKey(parts: DateParts): string | null {
  return parts.month === undefined ? null : (MONTH_KEYS[parts.month - 1] ?? null);
}

/** The access date of an item: its `accessed`, else the clip time, else null. */
export function pickAccessed(item: { accessed?: string; clippedAt?: string }): DateParts | null {
  return parseIsoDate(item.accessed) ?? parseIsoDate(item.clippedAt);
}
