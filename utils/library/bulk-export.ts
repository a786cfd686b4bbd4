// Pure: many clips to one download: JSONL (the full records, re-importable), CSV of metadata,
// or a zip of one Markdown file each (fflate; names from buildFileName, made unique).
import { strToU8, zipSync, type Zippable } from 'fflate';
import { buildFileName, formatItems } from '../export/index.ts';
import { assembleMarkdown, convertBodyToMarkdown } from '../export/markdown.ts';
import type { Clip } from './types.ts';

export type BulkFormat = 'jsonl' | 'csv' | 'md-zip';

export interface BulkFile {
  name: string;
  mime: string;
  data: Uint8Array | string;
}

/** A clip's body as Markdown, exactly `convertBodyToMarkdown(clip)` (a kept copy, say). */
export type BodyOf = (clip: Clip, index: number) => string;

const convertBody: BodyOf = (clip) => convertBodyToMarkdown(clip);

/** The export file for a list of clips; `stamp` ("2025-01-31") names the file. `bodyOf` gives
 * the Markdown bodies for the zip (default: convert each now). */
export function exportClips(
  clips: readonly Clip[],
  format: BulkFormat,
  stamp: string,
  bodyOf: BodyOf = convertBody,
): BulkFile {
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
        data: zipMarkdown(clips, bodyOf),
      };
  }
}

/**
 * One Markdown file per clip, each byte for byte `formatItems('md', [clip])`; two clips with the
 * same date and title get "-2", "-3".
 */
export function zipMarkdown(clips: readonly Clip[], bodyOf: BodyOf = convertBody): Uint8Array {
  const files: Zippable = {};
  let deflated = 0;
  clips.forEach((clip, i) => {
    const name = makeUniqueName(buildFileName(clip, 'md'), files);
    const data = strToU8(assembleMarkdown(clip, bodyOf(clip, i)));
    const level = deflated < DEFLATE_BUDGET_BYTES ? 1 : 0;
    if (level) deflated += data.length;
    files[name] = [data, { level }];
  });
  return zipSync(files);
}

// fflate's deflate runs at ~15 MB/s even at level 1 (10,000 clips are ~37 MB of Markdown: 2.5 s
// of the 5 s an export may take), while storing is ~10x faster. So files are deflated (level 1:
// within 3% of level 6's size, a little faster) until this much text has been, and stored after:
// a library of up to ~2,000 clips is zipped ~2.5x smaller, a larger one still exports in time.
const DEFLATE_BUDGET_BYTES = 8 * 2 ** 20;

function makeUniqueName(name: string, taken: Zippable): string {
  if (!(name in taken)) return name;
  const dot = name.lastIndexOf('.');
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
    if (!(candidate in taken)) return candidate;
  }
}
