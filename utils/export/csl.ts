// Pure: clips as CSL-JSON items (the citeproc input format read by Zotero, Pandoc, citeproc-js).
import { parseIsoDate, pickAccessed, toDateParts } from './dates.ts';
import { splitPersonName } from './names.ts';
import type { ExportItem } from './types.ts';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts': number[][];
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  abstract?: string;
  section?: string;
  keyword?: string;
  note?: string;
}

// CSL expects lowercase particles ("bin", "van") as non-dropping particles, not in `family`.
const LOWERCASE_PARTICLE = /^((?:\p{Ll}+ )+)(.+)$/u;

function toCslName(raw: string): CslName {
  const parts = splitPersonName(raw);
  if (parts.literal !== undefined) return { literal: parts.literal };
  const name: CslName = {};
  const particle = LOWERCASE_PARTICLE.exec(parts.family ?? '');
  if (particle?.[1] && particle[2]) {
    name['non-dropping-particle'] = particle[1].trim();
    name.family = particle[2];
  } else {
    name.family = parts.family ?? '';
  }
  if (parts.given) name.given = parts.given;
  return name;
}

function fallbackId(item: ExportItem, index: number): string {
  return item.canonicalUrl ?? item.url ?? `jernih-${index + 1}`;
}

/** One CSL-JSON item; `index` only makes the id unique when a clip has no id and no address. */
export function buildCslItem(item: ExportItem, index = 0): CslItem {
  const csl: CslItem = {
    id: item.id ?? fallbackId(item, index),
    type: 'article-newspaper',
    title: item.title,
  };
  if (item.siteName) csl['container-title'] = item.siteName;
  if (item.authors.length > 0) csl.author = item.authors.map(toCslName);
  if (item.editors.length > 0) csl.editor = item.editors.map(toCslName);
  const issued = parseIsoDate(item.published);
  if (issued) csl.issued = { 'date-parts': [toDateParts(issued)] };
  const accessed = pickAccessed(item);
  if (accessed) csl.accessed = { 'date-parts': [toDateParts(accessed)] };
  const url = item.canonicalUrl ?? item.url;
  if (url) csl.URL = url;
  if (item.lang) csl.language = item.lang;
  if (item.description) csl.abstract = item.description;
  if (item.section) csl.section = item.section;
  const keywords = [...item.tags, ...(item.userTags ?? [])];
  if (keywords.length > 0) csl.keyword = keywords.join(', ');
  if (item.note?.trim()) csl.note = item.note.trim();
  return csl;
}

/** A CSL-JSON array for any number of items. */
export function formatCsl(items: readonly ExportItem[]): string {
  const seen = new Map<string, number>();
  const csl = items.map((item, index) => {
    const built = buildCslItem(item, index);
    // Citeproc looks items up by id: the same page clipped twice must not share one.
    const count = (seen.get(built.id) ?? 0) + 1;
    seen.set(built.id, count);
    if (count > 1) built.id = `${built.id}#${count}`;
    return built;
  });
  return `${JSON.stringify(csl, null, 2)}\n`;
}
