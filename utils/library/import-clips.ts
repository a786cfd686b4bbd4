// Extension-side: import of a JSONL export. Every line is checked first; bad lines are reported
// by number with every problem, and the good ones go in one transaction (all or none).
import type { Article } from '../extract/types.ts';
import { buildClip } from './clip.ts';
import type { LibraryDb } from './db.ts';
import { guard } from './errors.ts';
import { buildMarkdownBody } from './markdown-bodies.ts';
import type { Clip } from './types.ts';
import { validateArticle, validateClip } from './validate-clip.ts';

export interface LineError {
  line: number;
  errors: string[];
}

export interface ParsedImport {
  clips: Clip[];
  errors: LineError[];
  /** Lines that were plain Articles (`jernih clip --format jsonl`) made into new clips. */
  converted: number;
}

export interface ImportOptions {
  extractorVersion: string;
  now?: Date;
}

/** Reads a JSONL export; blank lines are skipped, a BOM is allowed, CRLF is fine. */
export function parseClipJsonl(text: string, options: ImportOptions): ParsedImport {
  const out: ParsedImport = { clips: [], errors: [], converted: 0 };
  const seen = new Map<string, number>();
  text
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line) return;
      const lineNo = i + 1;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        out.errors.push({ line: lineNo, errors: [`not JSON: ${why}`] });
        return;
      }
      const clip = readLine(value, options, out);
      if (!clip.ok) {
        out.errors.push({ line: lineNo, errors: clip.errors });
        return;
      }
      const first = seen.get(clip.value.id);
      if (first !== undefined) {
        out.errors.push({ line: lineNo, errors: [`id ${clip.value.id} repeats line ${first}`] });
        return;
      }
      seen.set(clip.value.id, lineNo);
      out.clips.push(clip.value);
    });
  return out;
}

type LineResult = { ok: true; value: Clip } | { ok: false; errors: string[] };

function readLine(value: unknown, options: ImportOptions, out: ParsedImport): LineResult {
  const isRecord = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isRecord && 'error' in value && !('text' in value)) {
    const input = (value as { input?: unknown }).input;
    return { ok: false, errors: [`a failed extraction (${String(input ?? 'unknown input')})`] };
  }
  // Our own export has every clip field; a line with none of them is a plain Article.
  if (isRecord && !('id' in value) && !('clippedAt' in value)) {
    const errors = validateArticle(value);
    if (errors.length) return { ok: false, errors };
    const article: Record<string, unknown> = { ...value };
    delete article.input;
    out.converted++;
    const clip = buildClip(article as unknown as Article, {
      extractorVersion: options.extractorVersion,
      ...(options.now ? { now: options.now } : {}),
    });
    return { ok: true, value: clip };
  }
  const check = validateClip(value);
  return check.ok ? { ok: true, value: check.value } : { ok: false, errors: check.errors };
}

export interface ImportResult {
  added: number;
  /** Same id already here, file's copy newer (by updatedAt): replaced. */
  replaced: number;
  /** Same id and identical: nothing to do. */
  unchanged: number;
  /** Same id, the library's copy newer: kept, the file's copy skipped (and counted). */
  keptNewer: number;
}

/** Stores parsed clips in one transaction, each with its Markdown body converted (~1 ms a clip);
 * a clip in the trash is brought back by its import. */
export function importClips(db: LibraryDb, clips: readonly Clip[]): Promise<ImportResult> {
  const result: ImportResult = { added: 0, replaced: 0, unchanged: 0, keptNewer: 0 };
  return guard(() =>
    db.transaction('rw', db.clips, db.trash, db.markdownBodies, async () => {
      const ids = clips.map((c) => c.id);
      const existing = await db.clips.bulkGet(ids);
      const toPut: Clip[] = [];
      clips.forEach((clip, i) => {
        const old = existing[i];
        if (!old) {
          result.added++;
          toPut.push(clip);
        } else if (JSON.stringify(old) === JSON.stringify(clip)) result.unchanged++;
        else if (Date.parse(old.updatedAt) > Date.parse(clip.updatedAt)) result.keptNewer++;
        else {
          result.replaced++;
          toPut.push(clip);
        }
      });
      await db.clips.bulkPut(toPut);
      // A body is never taken from the file: it is derived here from the checked clip.
      await db.markdownBodies.bulkPut(toPut.map(buildMarkdownBody));
      await db.trash.bulkDelete(toPut.map((c) => c.id));
      return result;
    }),
  );
}

/** One line per bad input line, for the page and the console. */
export function describeImportErrors(errors: readonly LineError[], max = 20): string {
  const lines = errors.slice(0, max).map((e) => `line ${e.line}: ${e.errors.join('; ')}`);
  if (errors.length > max) lines.push(`… and ${errors.length - max} more bad lines`);
  return lines.join('\n');
}
