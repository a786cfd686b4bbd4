// Extension-side: the library database (Dexie over IndexedDB), shared by the background script,
// the popup and the library page, which all run on the extension's origin.
import Dexie, { type EntityTable } from 'dexie';
import type { MarkdownBody } from './markdown-bodies.ts';
import { MIGRATIONS, type MigrationRecord } from './migrations.ts';
import type { Clip } from './types.ts';

export const DB_NAME = 'jernih-library';

export interface TrashRow {
  id: string;
  /** Milliseconds; rows older than the undo window are purged. */
  deletedAt: number;
  clip: Clip;
  /** Its kept Markdown body, so Undo puts it back without converting again. */
  markdown?: MarkdownBody;
}

export type LibraryDb = Dexie & {
  clips: EntityTable<Clip, 'id'>;
  trash: EntityTable<TrashRow, 'id'>;
  markdownBodies: EntityTable<MarkdownBody, 'id'>;
  migrations: EntityTable<MigrationRecord, 'version'>;
};

/** Opens (creating or upgrading) the library; `name` lets tests use a database of their own. */
export function createLibraryDb(name: string = DB_NAME): LibraryDb {
  const db = new Dexie(name) as LibraryDb;
  for (const step of MIGRATIONS) {
    const version = db.version(step.version).stores(step.stores);
    version.upgrade(async (tx) => {
      await step.upgrade?.(tx);
      await tx
        .table('migrations')
        .put({ version: step.version, name: step.name, appliedAt: new Date().toISOString() });
    });
  }
  // A new database skips upgrade callbacks; log the whole chain as applied at creation.
  db.on('populate', async (tx) => {
    const appliedAt = new Date().toISOString();
    await tx
      .table('migrations')
      .bulkPut(MIGRATIONS.map((m) => ({ version: m.version, name: m.name, appliedAt })));
  });
  return db;
}
