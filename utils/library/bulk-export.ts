// Pure: many clips to one download: JSONL (the full records, re-importable), CSV of metadata,
// or a zip of one Markdown file each (fflate; names from buildFileName, made unique).
import { strToU8, zipSync, type Zippable } from 'fflate';
import { buildFileName, formatItems } from '../export/index.ts';
import type { Clip } from './types.ts';

export type BulkFormat = 'jsonl' | 'csv' | 'md-zip';

export interface BulkFile {
  name: string;
  mime: string;
  data: Uint8Array | string;
}

/** The export file for a list of clips; `stamp` ("2025-01-31") names the file. */
export function exportClips(clips: readonly Clip[], format: BulkFormat, stamp: string): BulkFile {
  switch (format) {
    case 'jsonl':
      return {
        name: `jernih-library-${stamp}.jsonl`,
        mime: 'application/jsonl',
        data: formatItems('jsonl', clips),
      };
    case 'csv':
      // A BOM so spreadsheet programs read the UTF-8 names right.
      return {
        name: `jernih-library-${stamp}.csv`,
        mime: 'text/csv; charset=utf-8',
        data: `\uFEFF${formatItems('csv', clips)}`,
      };
    case 'md-zip':
      return {
        name: `jernih-library-${stamp}.zip`,
        mime: 'application/zip',
        data: zipMarkdown(clips),
      };
  }
}

/** One Markdown file per clip; two clips with the same date and title get "-2", "-3". */
export function zipMarkdown(clips: readonly Clip[]): Uint8Array {
  const files: Zippable = {};
  for (const clip of clips) {
    const name = makeUniqueName(buildFileName(clip, 'md'), files);
    // Text compresses ~3x; level 6 is fflate's balance of size and time.
    files[name] = [strToU8(formatItems('md', [clip])), { level: 6 }];
  }
  return zipSync(files);
}

function makeUniqueName(name: string, taken: Zippable): string {
  if (!(name in taken)) return name;
  const dot = name.lastIndexOf('.');
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
    if (!(candidate in taken)) return candidate;
  }
}
