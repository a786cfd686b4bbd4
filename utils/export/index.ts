// Pure: the exporters behind one switch: a format name and clips in, the file's text out.
import { formatBibtex } from './bibtex.ts';
import { formatCsl } from './csl.ts';
import { formatCsv } from './csv.ts';
import { formatHtml } from './html.ts';
import { formatJson, formatJsonl } from './json.ts';
import { formatMarkdown } from './markdown.ts';
import { formatRis } from './ris.ts';
import type { ExportItem } from './types.ts';

export type ExportFormat = 'md' | 'html' | 'json' | 'jsonl' | 'csl' | 'ris' | 'bibtex' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'md',
  'html',
  'json',
  'jsonl',
  'csl',
  'ris',
  'bibtex',
  'csv',
];

const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  md: 'md',
  html: 'html',
  json: 'json',
  jsonl: 'jsonl',
  csl: 'json',
  ris: 'ris',
  bibtex: 'bib',
  csv: 'csv',
};

const MIME_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
  jsonl: 'application/jsonl',
  csl: 'application/vnd.citationstyles.csl+json',
  ris: 'application/x-research-info-systems',
  bibtex: 'application/x-bibtex; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function fileExtension(format: ExportFormat): string {
  return FILE_EXTENSIONS[format];
}

export function mimeType(format: ExportFormat): string {
  return MIME_TYPES[format];
}

/**
 * The text of one export file. Formats that hold one document (md, json) put several items one
 * after another: Markdown documents separated by a blank line, JSON as an array. For one file
 * per clip (a zip, `--out DIR`), call it once per item.
 */
export function formatItems(format: ExportFormat, items: readonly ExportItem[]): string {
  switch (format) {
    case 'md':
      return items.map(formatMarkdown).join('\n');
    case 'html':
      return formatHtml(items);
    case 'json':
      return items.length === 1 && items[0]
        ? formatJson(items[0])
        : `${JSON.stringify(items, null, 2)}\n`;
    case 'jsonl':
      return formatJsonl(items);
    case 'csl':
      return formatCsl(items);
    case 'ris':
      return formatRis(items);
    case 'bibtex':
      return formatBibtex(items);
    case 'csv':
      return formatCsv(items);
  }
}

export type { ClipFields, ExportItem, Highlight } from './types.ts';
export { buildCitationKey } from './bibtex.ts';
export { buildFileName } from './file-name.ts';
