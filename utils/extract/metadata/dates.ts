// Pure: turns the dates news pages carry (ISO-ish meta values, Indonesian visible date lines)
// into ISO 8601 with the page's offset, or a plain YYYY-MM-DD when no time is shown.
import { DEFAULT_OFFSET_MIN, MONTHS, ZONE_OFFSETS } from '../lang/dates';

export interface ParsedDate {
  /** ISO 8601: "2022-12-10T13:19:00+07:00", or "2022-12-10" when the text has no time. */
  iso: string;
  hasTime: boolean;
  /** The offset the text named (WIB/WITA/WIT or a numeric one), null when it named none. */
  zoneMin: number | null;
}

// Longer inputs are not date lines; the cap also bounds the regexes below.
const MAX_DATE_TEXT = 300;

const TIME_PART = String.raw`(?:[\s,|\u2013\u2014-]{0,6}(?:(?:at|pukul|jam)\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*(wib|wita|wit)\b)?)?`;
const NAMED_MONTH_DATE = new RegExp(
  String.raw`\b(\d{1,2})\s+([a-z]{3,9})\.?\s*,?\s+(\d{4})` + TIME_PART,
  'i',
);
const NUMERIC_DATE = new RegExp(String.raw`\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})` + TIME_PART, 'i');
const ISO_LIKE =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:\s*T?\s*(\d{2})[:-](\d{2})(?:[:-](\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const ZONE_WORD = /\b(wib|wita|wit)\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const abs = Math.abs(min);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function isValidDate(y: number, mo: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

/** Formats a wall-clock time in the given offset. */
export function formatLocal(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  offsetMin: number,
): string {
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${formatOffset(offsetMin)}`;
}

/** Formats an instant (ms since epoch) as wall-clock time in the given offset. */
function formatInstant(ms: number, offsetMin: number): string {
  const t = new Date(ms + offsetMin * 60000);
  return formatLocal(
    t.getUTCFullYear(),
    t.getUTCMonth() + 1,
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
    offsetMin,
  );
}

function buildDate(
  y: number,
  mo: number,
  d: number,
  hh: string | undefined,
  mm: string | undefined,
  ss: string | undefined,
  zone: string | undefined,
  fallbackOffset: number,
): ParsedDate | null {
  if (!isValidDate(y, mo, d)) return null;
  if (hh === undefined || mm === undefined)
    return { iso: `${y}-${pad(mo)}-${pad(d)}`, hasTime: false, zoneMin: null };
  const h = Number(hh);
  const mi = Number(mm);
  const s = ss === undefined ? 0 : Number(ss);
  if (h > 23 || mi > 59 || s > 59) return null;
  const zoneMin = zone ? (ZONE_OFFSETS[zone.toLowerCase()] ?? null) : null;
  return {
    iso: formatLocal(y, mo, d, h, mi, s, zoneMin ?? fallbackOffset),
    hasTime: true,
    zoneMin,
  };
}

/**
 * Parses a visible Indonesian date line: "Sabtu, 10 Des 2022 13:19 WIB", "02/11/2023, 21:34 WIB",
 * "16 Feb 2016 at 09:10 WIB", "Jum'at, 17 Februari 2017 - 13:30 wib", "19 Jun 2015 | 13:06".
 * Numeric dates are day/month/year, as Indonesian pages write them.
 */
export function parseVisibleDate(
  text: string,
  fallbackOffset = DEFAULT_OFFSET_MIN,
): ParsedDate | null {
  const t = text.slice(0, MAX_DATE_TEXT);
  const named = NAMED_MONTH_DATE.exec(t);
  if (named) {
    const mo = MONTHS[(named[2] ?? '').toLowerCase()];
    if (mo !== undefined) {
      const zone = named[7] ?? ZONE_WORD.exec(t)?.[1];
      const r = buildDate(
        Number(named[3]),
        mo,
        Number(named[1]),
        named[4],
        named[5],
        named[6],
        zone,
        fallbackOffset,
      );
      if (r) return r;
    }
  }
  const num = NUMERIC_DATE.exec(t);
  if (num) {
    const zone = num[7] ?? ZONE_WORD.exec(t)?.[1];
    return buildDate(
      Number(num[3]),
      Number(num[2]),
      Number(num[1]),
      num[4],
      num[5],
      num[6],
      zone,
      fallbackOffset,
    );
  }
  const iso = parseMachineDate(t.trim(), fallbackOffset);
  return iso ? { iso, hasTime: iso.length > 10, zoneMin: null } : null;
}

/**
 * Normalises a machine date (JSON-LD, meta tags, <time datetime>): "2023-11-02T14:34:19+00:00",
 * "2016-02-16T02:10:56Z", "2016-02-16T13:01:52+0700", "2017-02-17 13:30:08", "2022/12/10 13:19:56".
 * An instant with an offset is shown in `pageOffset` (the page's zone); one without is read as
 * wall-clock time in `pageOffset`. Returns null for anything else.
 */
export function parseMachineDate(value: string, pageOffset = DEFAULT_OFFSET_MIN): string | null {
  const m = ISO_LIKE.exec(value.trim().slice(0, 60));
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isValidDate(y, mo, d)) return null;
  if (m[4] === undefined || m[5] === undefined) return `${y}-${pad(mo)}-${pad(d)}`;
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (h > 23 || mi > 59 || s > 59) return null;
  const off = m[7];
  if (!off) return formatLocal(y, mo, d, h, mi, s, pageOffset);
  const offMin = off.toUpperCase() === 'Z' ? 0 : parseOffset(off);
  const utcMs = Date.UTC(y, mo - 1, d, h, mi, s) - offMin * 60000;
  return formatInstant(utcMs, pageOffset);
}

function parseOffset(off: string): number {
  const digits = off.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}
