// Extension-side: a bulk export straight from the library database: reads the clips (and for the
// Markdown zip their kept bodies) in one read transaction, then formats them (bulk-export.ts).
import { exportClips, type BulkFile, type BulkFormat } from './bulk-export.ts';
import type { LibraryDb } from './db.ts';
import { guard } from './errors.ts';
import { buildMarkdownBody, pickKeptBody, type MarkdownBody } from './markdown-bodies.ts';
import type { Clip } from './types.ts';

/** What was read for an export: the clips and, for the zip, their Markdown bodies. */
interface ExportRead {
  clips: Clip[];
  bodies: (MarkdownBody | undefined)[];
}

/**
 * The export file for clips by id, in the order given (missing ids skipped). A Markdown body
 * that is missing or out of step with its clip or the converter is converted now and kept for
 * the next export, so the file is always what `formatItems('md', [clip])` would give.
 */
export async function exportLibrary(
  db: LibraryDb,
  ids: readonly string[],
  format: BulkFormat,
  stamp: string,
): Promise<BulkFile> {
  const read = await guard(() =>
    db.transaction('r', db.clips, db.markdownBodies, async (): Promise<ExportRead> => {
      // bulkGet, not a cursor: one request for all rows (a cursor is one request per row; with
      // 10,000 clips on fake-indexeddb 0.9 s against 2 s).
      const found = await db.clips.bulkGet([...ids]);
      const clips = found.filter((c): c is Clip => !!c);
      const bodies =
        format === 'md-zip' ? await db.markdownBodies.bulkGet(clips.map((c) => c.id)) : [];
      return { clips, bodies };
    }),
  );
  const remade: MarkdownBody[] = [];
  const file = exportClips(read.clips, format, stamp, (clip, i) => {
    const kept = pickKeptBody(clip, read.bodies[i]);
    if (kept !== null) return kept;
    const body = buildMarkdownBody(clip);
    remade.push(body);
    return body.markdown;
  });
  if (remade.length > 0) await keepBodies(db, remade);
  return file;
}

/** Stores re-made bodies for clips still in the library (one deleted meanwhile is skipped). */
function keepBodies(db: LibraryDb, bodies: readonly MarkdownBody[]): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.clips, db.markdownBodies, async () => {
      const live = await db.clips.bulkGet(bodies.map((b) => b.id));
      await db.markdownBodies.bulkPut(
        bodies.filter((b, i) => {
          const clip = live[i];
          return !!clip && pickKeptBody(clip, b) !== null;
        }),
      );
    }),
  );
}
