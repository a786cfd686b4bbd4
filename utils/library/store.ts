// Extension-side: saving, editing and deleting clips (with undo) in the library database. Every
// operation validates first and runs in one transaction, so a failure leaves nothing half-done.
// Every write of a clip's article writes its kept Markdown body (markdown-bodies.ts) with it.
import { cleanTags, findClipKey, locateHighlight, mergeClip } from './clip.ts';
import type { LibraryDb } from './db.ts';
import { LibraryError, guard } from './errors.ts';
import { buildMarkdownBody, pickKeptBody } from './markdown-bodies.ts';
import type { Clip, Highlight } from './types.ts';
import { validateClip } from './validate-clip.ts';

/** How long a deleted clip can be brought back (the trash is purged when the library opens). */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface SaveResult {
  clip: Clip;
  /** True when the page was already in the library and the clip was merged into it. */
  merged: boolean;
}

function assertValid(clip: unknown): Clip {
  const check = validateClip(clip);
  if (!check.ok)
    throw new LibraryError('invalid', `Not a valid clip: ${check.errors.slice(0, 5).join('; ')}`);
  return check.value;
}

/** Saves a new clip; a clip of a page already in the library is merged into the old one. */
export function saveClip(db: LibraryDb, clip: Clip): Promise<SaveResult> {
  const fresh = assertValid(clip);
  // Converted before the transaction: a merge keeps the fresh article, so the body is the same.
  const body = buildMarkdownBody(fresh);
  return guard(() =>
    db.transaction('rw', db.clips, db.markdownBodies, async () => {
      const existing = await findClipByAddress(db, fresh);
      if (!existing || existing.id === fresh.id) {
        await db.clips.put(fresh);
        await db.markdownBodies.put(body);
        return { clip: fresh, merged: false };
      }
      const merged = mergeClip(existing, fresh);
      await db.clips.put(merged);
      await db.markdownBodies.put({ ...body, id: merged.id });
      return { clip: merged, merged: true };
    }),
  );
}

/** A live clip of the same article (canonical address first, then address), if any. */
export async function findClipByAddress(
  db: LibraryDb,
  clip: Pick<Clip, 'canonicalUrl' | 'url'>,
): Promise<Clip | undefined> {
  const key = findClipKey(clip);
  if (!key) return undefined;
  return guard(
    async () =>
      (await db.clips.where('canonicalUrl').equals(key).first()) ??
      (await db.clips.where('url').equals(key).first()),
  );
}

export function getClip(db: LibraryDb, id: string): Promise<Clip | undefined> {
  return guard(() => db.clips.get(id));
}

/** Full clips for ids (the shown list, for a bulk export), in the order given; missing ids skipped. */
export async function getClips(db: LibraryDb, ids: readonly string[]): Promise<Clip[]> {
  const clips = await guard(() => db.clips.bulkGet([...ids]));
  return clips.filter((c): c is Clip => !!c);
}

export interface ClipEdit {
  userTags?: readonly string[];
  note?: string;
  highlights?: readonly Highlight[];
}

/** Changes the reader's own fields of a clip; the article itself (so its Markdown body) is never
 * edited here. A body missing or out of step is made again, so the row is right after any edit. */
export function updateClip(
  db: LibraryDb,
  id: string,
  edit: ClipEdit,
  now: Date = new Date(),
): Promise<Clip> {
  return guard(() =>
    db.transaction('rw', db.clips, db.markdownBodies, async () => {
      const clip = await db.clips.get(id);
      if (!clip) throw new LibraryError('not-found', `No clip ${id} in the library.`);
      if (pickKeptBody(clip, await db.markdownBodies.get(id)) === null)
        await db.markdownBodies.put(buildMarkdownBody(clip));
      const next: Clip = { ...clip, updatedAt: now.toISOString() };
      if (edit.userTags) next.userTags = cleanTags(edit.userTags);
      if (edit.note !== undefined) next.note = edit.note;
      if (edit.highlights)
        next.highlights = edit.highlights.map((h) => locateHighlight(clip.text, h));
      await db.clips.put(assertValid(next));
      return next;
    }),
  );
}

/** Moves clips to the trash; `restoreClips` with the same ids undoes it. */
export function deleteClips(
  db: LibraryDb,
  ids: readonly string[],
  now: Date = new Date(),
): Promise<number> {
  return guard(() =>
    db.transaction('rw', db.clips, db.trash, db.markdownBodies, async () => {
      const clips = (await db.clips.bulkGet([...ids])).filter((c): c is Clip => !!c);
      const kept = clips.map((c) => c.id);
      const bodies = await db.markdownBodies.bulkGet(kept);
      const deletedAt = now.getTime();
      await db.trash.bulkPut(
        clips.map((clip, i) => {
          const markdown = bodies[i];
          return markdown
            ? { id: clip.id, deletedAt, clip, markdown }
            : { id: clip.id, deletedAt, clip };
        }),
      );
      await db.clips.bulkDelete(kept);
      await db.markdownBodies.bulkDelete(kept);
      return clips.length;
    }),
  );
}

/** Undo: puts trashed clips back unchanged. Returns the clips restored. */
export function restoreClips(db: LibraryDb, ids: readonly string[]): Promise<Clip[]> {
  return guard(() =>
    db.transaction('rw', db.clips, db.trash, db.markdownBodies, async () => {
      const rows = (await db.trash.bulkGet([...ids])).filter((r) => !!r);
      const clips = rows.map((r) => r.clip);
      await db.clips.bulkPut(clips);
      // A trash row from before schema 2 (or a converter change since) has no usable body.
      await db.markdownBodies.bulkPut(
        rows.map((r) =>
          r.markdown && pickKeptBody(r.clip, r.markdown) !== null
            ? r.markdown
            : buildMarkdownBody(r.clip),
        ),
      );
      await db.trash.bulkDelete(rows.map((r) => r.id));
      return clips;
    }),
  );
}

/** Forgets trashed clips older than the undo window. */
export function purgeTrash(db: LibraryDb, now: Date = new Date()): Promise<number> {
  return guard(() =>
    db.trash
      .where('deletedAt')
      .below(now.getTime() - UNDO_WINDOW_MS)
      .delete(),
  );
}

/** Deletes every clip and the trash (the library's "wipe"; tests and a fresh start). */
export function wipeLibrary(db: LibraryDb): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.clips, db.trash, db.markdownBodies, async () => {
      await db.clips.clear();
      await db.trash.clear();
      await db.markdownBodies.clear();
    }),
  );
}

/** Calls `visit` for every clip in clipping order without holding them all in memory. */
export function eachClip(db: LibraryDb, visit: (clip: Clip) => void): Promise<void> {
  return guard(() => db.clips.orderBy('clippedAt').each(visit));
}

export function countClips(db: LibraryDb): Promise<number> {
  return guard(() => db.clips.count());
}
