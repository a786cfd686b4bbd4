// Pure: the shapes the exporters take: an Article plus the fields a clip adds.
import type { Article } from '../extract/types.ts';

/** A passage the reader marked in the reading view; offsets index into `Article.text`. */
export interface Highlight {
  text: string;
  comment?: string;
  start?: number;
  end?: number;
}

/**
 * What a clip adds to an Article. The reader's own tags are `userTags`, not `tags`: Article
 * already has `tags` (the outlet's keywords) and an intersection type would merge the two into
 * one field, so one of them would be lost on the way to the library and back.
 */
export interface ClipFields {
  id: string;
  /** When the clip was made, ISO 8601 with offset or Z. */
  clippedAt: string;
  userTags: string[];
  note: string;
  highlights: Highlight[];
  extractorVersion: string;
  /** The access date for citations, ISO 8601 (date or date-time); defaults to `clippedAt`. */
  accessed: string;
}

export type ExportItem = Article & Partial<ClipFields>;
