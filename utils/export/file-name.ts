// Pure: a safe, readable file name for one clip's export (zip entries, `--out DIR`).
import { parseIsoDate, formatIsoDay } from './dates.ts';
import type { ExportItem } from './types.ts';

const MAX_SLUG = 60;

/** "2022-12-10-polisi-soal-pistol-di-kasus.md": date, ASCII slug of the title, extension. */
export function buildFileName(item: ExportItem, extension: string): string {
  const slug = item.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/u, '');
  const date = parseIsoDate(item.published);
  const stem = [date ? formatIsoDay(date) : '', slug || 'artikel'].filter(Boolean).join('-');
  return `${stem}.${extension}`;
}
