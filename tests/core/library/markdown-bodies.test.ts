// Kept Markdown bodies (issue 6: a 10,000-clip export in under 5 s): the bulk zip is byte for
// byte what formatItems('md') gives for each real corpus clip, stays free of raw HTML, and a body
// is re-made whenever its clip's article or the converter changes, on every write path.
import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/extract/types.ts';
import { formatItems } from '../../../utils/export/index.ts';
import { zipMarkdown } from '../../../utils/library/bulk-export.ts';
import { createLibraryDb, type LibraryDb } from '../../../utils/library/db.ts';
import { exportLibrary } from '../../../utils/library/export-library.ts';
import { importClips } from '../../../utils/library/import-clips.ts';
import { buildMarkdownBody, pickKeptBody } from '../../../utils/library/markdown-bodies.ts';
import {
  deleteClips,
  restoreClips,
  saveClip,
  updateClip,
  wipeLibrary,
} from '../../../utils/library/store.ts';
import type { Clip } from '../../../utils/library/types.ts';
import { extractCorpusArticles, makeClips } from '../../ext/library/make-clips.ts';

let articles: Article[];
let clips: Clip[];
let dbCount = 0;
const opened: LibraryDb[] = [];

function openDb(): LibraryDb {
  const db = createLibraryDb(`md-bodies-${++dbCount}`);
  opened.push(db);
  return db;
}

/** The zip's files in the order written, which is the order of the clips given. */
function readZip(data: Uint8Array | string): string[] {
  expect(data).toBeInstanceOf(Uint8Array);
  return Object.values(unzipSync(data as Uint8Array)).map((bytes) => strFromU8(bytes));
}

const expectedFiles = (list: readonly Clip[]): string[] =>
  list.map((clip) => formatItems('md', [clip]));

beforeAll(() => {
  articles = extractCorpusArticles();
  expect(articles.length).toBeGreaterThan(30);
  // Every corpus article at least twice, with the helper's poisoned titles, notes and comments,
  // plus a text-only clip (no HTML: the body comes from the text) and a hostile body.
  clips = makeClips(articles, articles.length * 2 + 2, 5);
  clips[0] = { ...clips[0]!, html: '' };
  clips[1] = {
    ...clips[1]!,
    html: `${clips[1]!.html}<p>&lt;img src=x onerror=alert(1)&gt; <b>&lt;script&gt;</b></p>`,
  };
});

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('bulk Markdown from kept bodies', () => {
  it('each file is byte for byte formatItems("md") of its clip, real corpus clips', () => {
    const kept = clips.map(buildMarkdownBody);
    const files = readZip(zipMarkdown(clips, (_clip, i) => kept[i]!.markdown));
    expect(files).toHaveLength(clips.length);
    expect(files).toStrictEqual(expectedFiles(clips));
  });

  it('the same through the database: saved, imported, then exported with exportLibrary', async () => {
    const db = openDb();
    const [first, ...rest] = clips;
    await saveClip(db, first!);
    await importClips(db, rest);
    expect(await db.markdownBodies.count()).toBe(clips.length);
    const file = await exportLibrary(
      db,
      clips.map((c) => c.id),
      'md-zip',
      '2025-01-01',
    );
    expect(file.name).toBe('jernih-library-2025-01-01.zip');
    expect(readZip(file.data)).toStrictEqual(expectedFiles(clips));
  });

  it('no raw HTML tag reaches the Markdown, from the HTML or from the text', () => {
    for (const clip of [clips[0]!, clips[1]!]) {
      const body = buildMarkdownBody(clip).markdown;
      expect(body).not.toMatch(/(?<!\\)<[a-z/!]/iu);
    }
    expect(buildMarkdownBody(clips[1]!).markdown).toContain('\\<img src=x onerror=alert(1)>');
  });
});

describe('a kept body never goes stale', () => {
  it('is refused when the article or the converter differs from what made it', () => {
    const clip = clips[2]!;
    const row = buildMarkdownBody(clip);
    expect(pickKeptBody(clip, row)).toBe(row.markdown);
    const edited = { ...clip, html: clip.html.replace(/<\/p>/u, ' tambahan</p>') };
    expect(edited.html).not.toBe(clip.html);
    expect(pickKeptBody(edited, row)).toBeNull();
    expect(pickKeptBody(clip, { ...row, rules: 'older' })).toBeNull();
    expect(pickKeptBody({ ...clip, id: 'other' }, row)).toBeNull();
    expect(pickKeptBody(clip, undefined)).toBeNull();
  });

  it('an export re-makes a missing or stale body and keeps the new one', async () => {
    const db = openDb();
    const few = clips.slice(2, 6);
    await importClips(db, few);
    await db.markdownBodies.delete(few[0]!.id);
    await db.markdownBodies.update(few[1]!.id, { rules: 'older', markdown: 'stale' });
    // An article changed behind the library's back (no write path does this; the check still holds).
    await db.clips.update(few[2]!.id, { html: '<p>Isi baru sama sekali.</p>' });
    const now = await db.clips.bulkGet(few.map((c) => c.id));
    const file = await exportLibrary(
      db,
      few.map((c) => c.id),
      'md-zip',
      'x',
    );
    expect(readZip(file.data)).toStrictEqual(expectedFiles(now as Clip[]));
    const rows = await db.markdownBodies.bulkGet(few.map((c) => c.id));
    rows.forEach((row, i) => expect(row).toStrictEqual(buildMarkdownBody(now[i]!)));
  });

  it('every write path keeps the body in step: re-clip, edit, delete, undo, import, wipe', async () => {
    const db = openDb();
    const clip = clips[3]!;
    const body = async (id: string) => db.markdownBodies.get(id);
    await saveClip(db, clip);
    expect(await body(clip.id)).toStrictEqual(buildMarkdownBody(clip));

    // A re-clip of the same page with a new extraction: merged into the old id, new article.
    const reclip = {
      ...clip,
      id: 'reclip',
      html: `${clip.html}<p>Pembaruan: pernyataan tambahan.</p>`,
      text: `${clip.text}\n\nPembaruan: pernyataan tambahan.`,
    };
    const saved = await saveClip(db, reclip);
    expect(saved.merged).toBe(true);
    expect(await body(clip.id)).toStrictEqual(buildMarkdownBody({ ...reclip, id: clip.id }));
    expect(await body('reclip')).toBeUndefined();

    // Tags, note and highlights do not touch the article; the body stays right.
    const edited = await updateClip(db, clip.id, { userTags: ['baru'], note: 'catatan' });
    expect(await body(clip.id)).toStrictEqual(buildMarkdownBody(edited));

    await deleteClips(db, [clip.id]);
    expect(await body(clip.id)).toBeUndefined();
    expect((await db.trash.get(clip.id))?.markdown).toStrictEqual(buildMarkdownBody(edited));
    await restoreClips(db, [clip.id]);
    expect(await body(clip.id)).toStrictEqual(buildMarkdownBody(edited));

    // An import that replaces the clip with a newer copy whose article differs.
    const newer = {
      ...edited,
      html: '<p>Artikel yang diimpor.</p>',
      text: 'Artikel yang diimpor.',
      highlights: [],
      updatedAt: new Date(Date.parse(edited.updatedAt) + 60_000).toISOString(),
    };
    expect(await importClips(db, [newer])).toMatchObject({ replaced: 1 });
    expect(await body(clip.id)).toStrictEqual(buildMarkdownBody(newer));
    expect((await body(clip.id))?.markdown).toBe('Artikel yang diimpor.');

    await wipeLibrary(db);
    expect(await db.markdownBodies.count()).toBe(0);
  });
});
