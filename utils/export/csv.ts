// Pure: the metadata of many clips as CSV (RFC 4180), safe to open in a spreadsheet.
import { findZoneName } from './dates.ts';
import type { ExportItem } from './types.ts';

type Column = [header: string, pick: (item: ExportItem) => string | number | null | undefined];

const LIST_SEPARATOR = '; ';
const COLUMNS: Column[] = [
  ['id', (item) => item.id],
  ['title', (item) => item.title],
  ['url', (item) => item.url],
  ['canonical_url', (item) => item.canonicalUrl],
  ['outlet', (item) => item.siteName],
  ['authors', (item) => item.authors.join(LIST_SEPARATOR)],
  ['editors', (item) => item.editors.join(LIST_SEPARATOR)],
  ['published', (item) => item.published],
  ['published_zone', (item) => findZoneName(item.published)],
  ['section', (item) => item.section],
  ['tags', (item) => item.tags.join(LIST_SEPARATOR)],
  ['user_tags', (item) => (item.userTags ?? []).join(LIST_SEPARATOR)],
  ['lang', (item) => item.lang],
  ['word_count', (item) => item.wordCount],
  ['pages', (item) => item.pages],
  ['quotes', (item) => item.quotes.length],
  ['highlights', (item) => (item.highlights ?? []).length],
  ['profile', (item) => item.profile],
  ['clipped', (item) => item.clippedAt],
  ['accessed', (item) => item.accessed],
  ['description', (item) => item.description],
  ['note', (item) => item.note],
];

// A cell a spreadsheet would read as a formula (OWASP "CSV injection"): = + - @, and tab or CR
// which some programs strip before looking for those. A leading ' makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;

/** One cell: numbers as is, text defused and quoted when RFC 4180 requires. */
export function formatCsvCell(value: string | number | null | undefined): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** A header row and one row per item, CRLF line ends as RFC 4180 says. */
export function formatCsv(items: readonly ExportItem[]): string {
  const rows = [COLUMNS.map(([header]) => header)];
  for (const item of items) rows.push(COLUMNS.map(([, pick]) => formatCsvCell(pick(item))));
  return rows.map((row) => `${row.join(',')}\r\n`).join('');
}
