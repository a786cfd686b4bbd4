// Pure: the shape of a clip in the library (an Article plus the clip fields) and its list row.
import type { Article } from '../extract/types.ts';
import type { ClipFields, Highlight } from '../export/types.ts';

/**
 * One clip as stored and as exported: exactly the Article contract (schemaVersion 1) plus every
 * clip field. The stored row IS the export record, so JSONL out and in cannot drift apart.
 */
export interface Clip extends Article, ClipFields {
  /** When the reader last changed tags, note or highlights (ISO); decides import conflicts. */
  updatedAt: string;
}

/** What the library list needs of a clip, kept in memory for 10,000 clips without the text. */
export interface ClipSummary {
  id: string;
  title: string;
  siteName: string | null;
  url: string | null;
  canonicalUrl: string | null;
  authors: string[];
  published: string | null;
  /** Milliseconds of `published`, null when the page had no usable date. */
  publishedMs: number | null;
  clippedAt: string;
  userTags: string[];
  wordCount: number;
  highlights: number;
  /** The highlighted passages and comments, shown under the clip in the list (small: kept). */
  passages: Pick<Highlight, 'text' | 'comment'>[];
}

/** The library's search and filters; every field optional. */
export interface ClipQuery {
  text?: string;
  /** Exact outlet name as stored in `siteName`; '' selects clips without one. */
  outlet?: string;
  /** Inclusive bounds on the publication day, "YYYY-MM-DD". */
  from?: string;
  to?: string;
}

export type { Highlight };
