// Schema upgrades (issue 6: "a schema version and migrations from day one"): a library made by
// schema version 1 opens under the current schema with every clip, trash row and log entry kept,
// and version 2 fills the kept Markdown body of every existing clip.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createLibraryDb, type LibraryDb } from '../../../utils/library/db.ts';
import { exportLibrary } from '../../../utils/library/export-library.ts';
import { buildMarkdownBody } from '../../../utils/library/markdown-bodies.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../utils/library/migrations.ts';
import { formatItems } from '../../../utils/export/index.ts';
import type { Clip } from '../../../utils/library/types.ts';
import { strFromU8, unzipSync } from 'fflate';
import { extractCorpusArticles, makeClips } from '../../ext/library/make-clips.ts';

const opened: Dexie[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A database exactly as schema version 1 made it (its stores, its log row). */
async function makeVersion1(name: string, clips: Clip[], trashed: Clip): Promise<void> {
  const v1 = MIGRATIONS.find((m) => m.version === 1)!;
  const old = new Dexie(name);
  old.version(1).stores(v1.stores);
  await old.open();
  await old.table('clips').bulkPut(clips);
  await old.table('trash').put({ id: trashed.id, deletedAt: 1_700_000_000_000, clip: trashed });
  await old
    .table('migrations')
    .put({ version: 1, name: v1.name, appliedAt: '2025-01-01T00:00:00.000Z' });
  old.close();
}

describe('library schema upgrade', () => {
  it('a version 1 library upgrades without loss and gets a body for every clip', async () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    const clips = makeClips(extractCorpusArticles(12), 60, 17);
    const trashed = clips.pop()!;
    const name = 'library-v1-upgrade';
    await makeVersion1(name, clips, trashed);

    const db: LibraryDb = createLibraryDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    const byId = (a: Clip, b: Clip) => a.id.localeCompare(b.id);
    expect((await db.clips.toArray()).sort(byId)).toStrictEqual([...clips].sort(byId));
    expect(await db.trash.toArray()).toStrictEqual([
      { id: trashed.id, deletedAt: 1_700_000_000_000, clip: trashed },
    ]);

    const log = await db.migrations.orderBy('version').toArray();
    expect(log.map((m) => m.version)).toStrictEqual(MIGRATIONS.map((m) => m.version));
    expect(log[0]?.appliedAt).toBe('2025-01-01T00:00:00.000Z');

    const bodies = await db.markdownBodies.bulkGet(clips.map((c) => c.id));
    bodies.forEach((row, i) => expect(row).toStrictEqual(buildMarkdownBody(clips[i]!)));

    // The upgraded library exports exactly what formatItems gives, from the filled bodies.
    const file = await exportLibrary(
      db,
      clips.map((c) => c.id),
      'md-zip',
      'x',
    );
    const files = Object.values(unzipSync(file.data as Uint8Array)).map((b) => strFromU8(b));
    expect(files).toStrictEqual(clips.map((c) => formatItems('md', [c])));
  });

  it('a new library logs the whole chain and has the current stores', async () => {
    const db = createLibraryDb('library-new');
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect((await db.migrations.toArray()).map((m) => m.version)).toStrictEqual(
      MIGRATIONS.map((m) => m.version),
    );
    expect(db.tables.map((t) => t.name).sort()).toStrictEqual([
      'clips',
      'markdownBodies',
      'migrations',
      'trash',
    ]);
  });
});
