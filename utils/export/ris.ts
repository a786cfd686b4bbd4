// Pure: clips as RIS records (the tagged format EndNote, Zotero and Mendeley import).
import { formatIsoDay, parseIsoDate, pickAccessed, type DateParts } from './dates.ts';
import { formatInvertedName, splitPersonName } from './names.ts';
import type { ExportItem } from './types.ts';

// The RIS spec ends lines with CR LF; every reader also accepts it.
const EOL = '\r\n';
// A line is "XX  - value"; a raw line break would start a tag-less line, so all breaks and
// other control characters become spaces.
// eslint-disable-next-line no-control-regex
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]+/gu;

function cleanValue(value: string): string {
  return value.replace(BREAKS, ' ').replace(/ {2,}/gu, ' ').trim();
}

function formatRisDate(parts: DateParts): string {
  const pad = (n: number | undefined): string =>
    n === undefined ? '' : String(n).padStart(2, '0');
  return `${parts.year}/${pad(parts.month)}/${pad(parts.day)}/`;
}

/** One record, TY first and ER last. */
export function formatRisRecord(item: ExportItem): string {
  const lines: string[] = [];
  const add = (tag: string, value: string | null | undefined): void => {
    const clean = value == null ? '' : cleanValue(value);
    if (clean !== '') lines.push(`${tag}  - ${clean}`);
  };
  lines.push('TY  - NEWS');
  add('TI', item.title);
  for (const author of item.authors) add('AU', formatInvertedName(splitPersonName(author)));
  for (const editor of item.editors) add('A2', formatInvertedName(splitPersonName(editor)));
  const issued = parseIsoDate(item.published);
  if (issued) {
    add('PY', String(issued.year).padStart(4, '0'));
    add('DA', formatRisDate(issued));
  }
  // T2 is the newspaper's name for TY NEWS in the RIS spec and in Zotero's importer.
  add('T2', item.siteName);
  add('SE', item.section);
  add('UR', item.canonicalUrl ?? item.url);
  const accessed = pickAccessed(item);
  if (accessed) add('Y2', formatIsoDay(accessed).replace(/-/gu, '/'));
  add('LA', item.lang);
  for (const tag of [...item.tags, ...(item.userTags ?? [])]) add('KW', tag);
  add('AB', item.description);
  add('N1', item.note);
  for (const highlight of item.highlights ?? []) {
    add('N1', highlight.comment ? `“${highlight.text}” — ${highlight.comment}` : highlight.text);
  }
  add('ID', item.id);
  lines.push('ER  - ');
  return lines.join(EOL);
}

/** Records for many items, a blank line between them. */
export function formatRis(items: readonly ExportItem[]): string {
  return items.map((item) => `${formatRisRecord(item)}${EOL}`).join(EOL);
}
