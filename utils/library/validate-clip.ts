// Pure: checks that an untrusted value (a line of an imported JSONL file) is a whole clip, field by
// field, and says exactly what is wrong; nothing half-valid gets into the library.
import type { Clip } from './types.ts';

type Check = (value: unknown, path: string, errors: string[]) => void;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str: Check = (v, path, errors) => {
  if (typeof v !== 'string') errors.push(`${path} must be a string`);
};
const strOrNull: Check = (v, path, errors) => {
  if (v !== null && typeof v !== 'string') errors.push(`${path} must be a string or null`);
};
const optStr: Check = (v, path, errors) => {
  if (v !== undefined) str(v, path, errors);
};
const count: Check = (v, path, errors) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    errors.push(`${path} must be a whole number >= 0`);
};
const optCount: Check = (v, path, errors) => {
  if (v !== undefined) count(v, path, errors);
};
const isoDate: Check = (v, path, errors) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/u.test(v) || Number.isNaN(Date.parse(v)))
    errors.push(`${path} must be an ISO date`);
};
const isoOrNull: Check = (v, path, errors) => {
  // The Article contract keeps a page's date as found; only its type is checked here.
  strOrNull(v, path, errors);
};
const listOf =
  (item: Check): Check =>
  (v, path, errors) => {
    if (!Array.isArray(v)) errors.push(`${path} must be a list`);
    else v.forEach((x, i) => item(x, `${path}[${i}]`, errors));
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (v, path, errors) => {
    if (!isObject(v)) {
      errors.push(`${path || 'line'} must be an object`);
      return;
    }
    for (const [key, check] of Object.entries(fields))
      check(v[key], path ? `${path}.${key}` : key, errors);
  };
const oneOf =
  (...allowed: unknown[]): Check =>
  (v, path, errors) => {
    if (!allowed.includes(v)) errors.push(`${path} must be one of ${allowed.join(', ')}`);
  };
const nullOr =
  (check: Check): Check =>
  (v, path, errors) => {
    if (v !== null) check(v, path, errors);
  };

const SPAN = { text: str, start: count, end: count };
const SPEAKER = shape({ name: str, role: optStr, org: optStr });
const HIGHLIGHT = shape({ text: str, comment: optStr, start: optCount, end: optCount });

export const ARTICLE_FIELDS: Record<string, Check> = {
  schemaVersion: oneOf(1),
  url: strOrNull,
  title: str,
  siteName: strOrNull,
  authors: listOf(str),
  editors: listOf(str),
  published: isoOrNull,
  lang: strOrNull,
  canonicalUrl: strOrNull,
  section: strOrNull,
  tags: listOf(str),
  image: strOrNull,
  description: strOrNull,
  text: str,
  html: str,
  wordCount: count,
  pages: count,
  quotes: listOf(shape({ ...SPAN, speaker: nullOr(SPEAKER), cue: optStr })),
  participants: listOf(
    shape({
      name: str,
      kind: oneOf('person', 'organization'),
      role: optStr,
      aliases: listOf(str),
      mentions: listOf(shape({ start: count, end: count })),
      quotes: count,
    }),
  ),
  summary: listOf(shape(SPAN)),
  removed: listOf(shape({ reason: str, text: str })),
  profile: strOrNull,
};

export const CLIP_FIELDS: Record<string, Check> = {
  id: (v, path, errors) => {
    if (typeof v !== 'string' || !v.trim()) errors.push(`${path} must be a non-empty string`);
  },
  clippedAt: isoDate,
  accessed: isoDate,
  updatedAt: isoDate,
  userTags: listOf(str),
  note: str,
  highlights: listOf(HIGHLIGHT),
  extractorVersion: str,
};

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** A whole clip, or every problem found (not just the first). */
export function validateClip(value: unknown): Validation<Clip> {
  const errors: string[] = [];
  shape({ ...ARTICLE_FIELDS, ...CLIP_FIELDS })(value, '', errors);
  if (!errors.length && isObject(value)) checkOffsets(value as unknown as Clip, errors);
  return errors.length ? { ok: false, errors } : { ok: true, value: value as unknown as Clip };
}

/** An Article without clip fields (a `jernih clip --format jsonl` line). */
export function validateArticle(value: unknown): string[] {
  const errors: string[] = [];
  shape(ARTICLE_FIELDS)(value, '', errors);
  return errors;
}

/** Offsets must index the clip's own text, or the reading view would mark the wrong words. */
function checkOffsets(clip: Clip, errors: string[]): void {
  const n = clip.text.length;
  clip.highlights.forEach((h, i) => {
    if ((h.start === undefined) !== (h.end === undefined))
      errors.push(`highlights[${i}] needs both start and end, or neither`);
    else if (h.start !== undefined && h.end !== undefined && (h.start > h.end || h.end > n))
      errors.push(`highlights[${i}] offsets ${h.start}-${h.end} are outside the text (${n})`);
  });
}
