// Extension-side: every schema version of the library database, oldest first. A new version is a
// new entry (never an edit of an old one): Dexie replays the chain for a database of any age and
// each step records itself in the `migrations` table, so a bug report can say what ran when.
import type { Transaction } from 'dexie';
import { buildMarkdownBody } from './markdown-bodies.ts';
import type { Clip } from './types.ts';

export interface Migration {
  version: number;
  /** Why this version exists, in a few words. */
  name: string;
  /** Dexie store specs: primary key first, then indexes ('*' multi-entry, '&' unique). */
  stores: Record<string, string | null>;
  /** Rewrites existing rows; runs inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

const MIGRATION_PAGE = 500;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'clips with outlet/date/address indexes, trash for undo, migrations log',
    stores: {
      // Search is an in-memory index (search-index.ts); these indexes serve listing order,
      // the outlet and date filters and "is this page already clipped".
      clips: 'id, clippedAt, siteName, published, canonicalUrl, url',
      // A deleted clip waits here ({ id, deletedAt, clip }) so "Undo" can put it back.
      trash: 'id, deletedAt',
      migrations: 'version',
    },
  },
  {
    version: 2,
    name: "each clip's body kept as Markdown, so a bulk Markdown export skips turndown",
    stores: {
      // { id, markdown, rules, sourceHash } (markdown-bodies.ts); written with its clip.
      markdownBodies: 'id',
    },
    upgrade: async (tx) => {
      // Clips are converted in pages so a large library never holds every clip twice.
      const clips = tx.table<Clip, string>('clips');
      const bodies = tx.table('markdownBodies');
      const ids = (await clips.toCollection().primaryKeys()) as string[];
      for (let i = 0; i < ids.length; i += MIGRATION_PAGE) {
        const page = await clips.bulkGet(ids.slice(i, i + MIGRATION_PAGE));
        await bodies.bulkPut(page.filter((c): c is Clip => !!c).map(buildMarkdownBody));
      }
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;

export interface MigrationRecord {
  version: number;
  name: string;
  appliedAt: string;
}
