// Library round trip, search, undo, import checks and storage errors on fake-indexeddb (issue 6).
import 'fake-indexeddb/auto';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../utils/extract/types.ts';
import {
  LibraryIndex,
  buildClip,
  countClips,
  createLibraryDb,
  deleteClips,
  eachClip,
  exportClips,
  getClip,
  importClips,
  parseClipJsonl,
  purgeTrash,
  restoreClips,
  saveClip,
  updateClip,
  wipeLibrary,
  SCHEMA_VERSION,
  UNDO_WINDOW_MS,
  type Clip,
  type LibraryDb,
} from '../../../utils/library/index.ts';
import { tokenize } from '../../../utils/library/search-index.ts';
import { extractCorpusArticles, makeClips } from './make-clips.ts';

let articles: Article[];
let dbCount = 0;
const opened: LibraryDb[] = [];

function openDb(): LibraryDb {
  const db = createLibraryDb(`test-library-${++dbCount}`);
  opened.push(db);
  return db;
}

async function readAll(db: LibraryDb): Promise<Clip[]> {
  const all: Clip[] = [];
  await eachClip(db, (c) => all.push(c));
  return all.sort((a, b) => a.id.localeCompare(b.id));
}

beforeAll(() => {
  articles = extractCorpusArticles();
  expect(articles.length).toBeGreaterThan(30);
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) db.close();
});

describe('round trip of 5,000 clips', () => {
  it('adds, searches, exports, wipes, imports: nothing lost or changed', async () => {
    const db = openDb();
    const clips = makeClips(articles, 5000);
    for (const clip of clips) {
      const saved = await saveClip(db, clip);
      expect(saved.merged).toBe(false);
    }
    expect(await countClips(db)).toBe(5000);

    const index = await LibraryIndex.load(db);
    expect(index.summaries.size).toBe(5000);
    const word = tokenize(articles[3]!.title).find((w) => w.length > 5)!;
    const hits = index.query({ text: word });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(5000);

    const before = await readAll(db);
    const file = exportClips(before, 'jsonl', '2025-01-01');
    expect(typeof file.data).toBe('string');
    const jsonl = file.data as string;
    expect(jsonl.split('\n').filter(Boolean)).toHaveLength(5000);

    await wipeLibrary(db);
    expect(await countClips(db)).toBe(0);

    const parsed = parseClipJsonl(jsonl, { extractorVersion: 'test' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.converted).toBe(0);
    const result = await importClips(db, parsed.clips);
    expect(result).toEqual({ added: 5000, replaced: 0, unchanged: 0, keptNewer: 0 });

    const after = await readAll(db);
    expect(after).toStrictEqual(before);
    expect(after).toStrictEqual([...clips].sort((a, b) => a.id.localeCompare(b.id)));

    // A second import of the same file changes nothing.
    expect(await importClips(db, parsed.clips)).toMatchObject({ added: 0, unchanged: 5000 });
  }, 240_000);

  it('CSV has one row per clip and a zip has one unique Markdown file per clip', () => {
    const clips = makeClips(articles, 120, 11);
    const csv = exportClips(clips, 'csv', 'x').data as string;
    expect(csv.startsWith('\uFEFFid,title,')).toBe(true);
    // Rows end in CRLF; quoted cells only ever hold bare LF or CRLF inside quotes.
    const rows = csv
      .slice(1)
      .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/u)
      .filter(Boolean);
    expect(rows).toHaveLength(121);
    const zip = unzipSync(exportClips(clips, 'md-zip', 'x').data as Uint8Array);
    const names = Object.keys(zip);
    expect(names).toHaveLength(120);
    expect(new Set(names).size).toBe(120);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.md$/u);
    const first = strFromU8(zip[names[0]!]!);
    expect(first.startsWith('---\n')).toBe(true);
  });
});

describe('search and filters', () => {
  /** Brute force: a clip matches when each query word begins some word of the clip. */
  function matchesByScan(clip: Clip, query: string): boolean {
    const fields = [
      clip.title,
      clip.text,
      clip.siteName ?? '',
      clip.note,
      clip.description ?? '',
      ...clip.authors,
      ...clip.tags,
      ...clip.userTags,
      ...clip.participants.flatMap((p) => [p.name, ...p.aliases]),
      ...clip.highlights.flatMap((h) => [h.text, h.comment ?? '']),
    ];
    const words = tokenize(fields.join(' '));
    return tokenize(query).every((q) => words.some((w) => w.startsWith(q)));
  }

  it('agrees with a full scan on title words, participant names, tags and prefixes', async () => {
    const db = openDb();
    const clips = makeClips(articles, 600, 3);
    for (const clip of clips) await saveClip(db, clip);
    const index = await LibraryIndex.load(db);
    const person = articles.flatMap((a) => a.participants).find((p) => p.kind === 'person');
    expect(person).toBeDefined();
    const queries = [
      person!.name,
      person!.name.split(' ')[0]!.slice(0, 4),
      'korupsi',
      'polisi jakarta',
      'Pérez',
      'menteri',
      tokenize(articles[10]!.title).slice(0, 2).join(' '),
      'zzzz-no-such-word',
    ];
    for (const q of queries) {
      const expected = clips.filter((c) => matchesByScan(c, q)).map((c) => c.id);
      const got = index.query({ text: q }).map((s) => s.id);
      expect(got.sort(), q).toEqual(expected.sort());
    }
    expect(index.query({ text: 'zzzz-no-such-word' })).toEqual([]);
    // An accent-free query finds accented text and the other way round.
    const accented = buildClip(
      { ...articles[0]!, title: 'Wawancara dengan José Ramos-Horta' },
      {
        extractorVersion: 't',
        id: 'accent',
      },
    );
    index.put(accented);
    expect(index.query({ text: 'jose ramos' }).map((s) => s.id)).toEqual(['accent']);
  }, 120_000);

  it('filters by outlet and by publication day, newest clip first', async () => {
    const db = openDb();
    const clips = makeClips(articles, 300, 5);
    for (const clip of clips) await saveClip(db, clip);
    const index = await LibraryIndex.load(db);
    const outlet = clips.find((c) => c.siteName)!.siteName!;
    const byOutlet = index.query({ outlet });
    expect(byOutlet.length).toBe(clips.filter((c) => c.siteName === outlet).length);
    expect(byOutlet.every((s) => s.siteName === outlet)).toBe(true);
    const times = byOutlet.map((s) => s.clippedAt);
    expect(times).toEqual([...times].sort().reverse());

    const dated = clips.find((c) => c.published)!;
    const day = new Date(Date.parse(dated.published!) + 7 * 3_600_000).toISOString().slice(0, 10);
    const sameDay = index.query({ from: day, to: day });
    expect(sameDay.map((s) => s.id)).toContain(dated.id);
    for (const s of sameDay) {
      const wib = new Date(s.publishedMs! + 7 * 3_600_000).toISOString().slice(0, 10);
      expect(wib).toBe(day);
    }
    expect(index.query({ from: '2099-01-01' })).toEqual([]);
  }, 60_000);
});

describe('editing, delete and undo', () => {
  it('deletes with undo and forgets only after the undo window', async () => {
    const db = openDb();
    const clips = makeClips(articles, 10, 9);
    for (const clip of clips) await saveClip(db, clip);
    const ids = [clips[2]!.id, clips[5]!.id];
    const now = new Date('2025-03-01T00:00:00Z');
    expect(await deleteClips(db, ids, now)).toBe(2);
    expect(await countClips(db)).toBe(8);
    const restored = await restoreClips(db, ids);
    expect(restored.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(await getClip(db, ids[0]!)).toStrictEqual(clips[2]);

    await deleteClips(db, ids, now);
    expect(await purgeTrash(db, new Date(now.getTime() + UNDO_WINDOW_MS - 1000))).toBe(0);
    expect(await purgeTrash(db, new Date(now.getTime() + UNDO_WINDOW_MS + 1000))).toBe(2);
    expect(await restoreClips(db, ids)).toEqual([]);
    expect(await countClips(db)).toBe(8);
  });

  it('edits tags, note and highlights; a bad edit changes nothing', async () => {
    const db = openDb();
    const [clip] = makeClips(articles, 1, 13);
    await saveClip(db, clip!);
    const passage = clip!.text.slice(100, 160).replace(/\s+/gu, '\n  ');
    const edited = await updateClip(db, clip!.id, {
      userTags: ['  Pemilu ', 'pemilu', '', 'DPR'],
      note: 'baca lagi',
      highlights: [{ text: passage, comment: ' penting ' }],
    });
    expect(edited.userTags).toEqual(['Pemilu', 'DPR']);
    const [h] = edited.highlights;
    expect(h!.comment).toBe('penting');
    expect(clip!.text.slice(h!.start, h!.end).replace(/\s+/gu, ' ')).toBe(
      passage.replace(/\s+/gu, ' ').trim(),
    );
    expect(await getClip(db, clip!.id)).toStrictEqual(edited);

    const bad = { note: 42 as unknown as string };
    await expect(updateClip(db, clip!.id, bad)).rejects.toMatchObject({ code: 'invalid' });
    await expect(updateClip(db, 'nope', { note: 'x' })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await getClip(db, clip!.id)).toStrictEqual(edited);
  });

  it('a re-clip of the same page merges into the old clip and keeps the reader’s work', async () => {
    const db = openDb();
    const article = { ...articles[4]!, canonicalUrl: 'https://berita.example.id/satu' };
    const first = buildClip(article, {
      extractorVersion: '1',
      userTags: ['a'],
      note: 'first',
      now: new Date('2025-01-01T00:00:00Z'),
    });
    await saveClip(db, first);
    const again = buildClip(article, { extractorVersion: '2', userTags: ['b'], note: 'second' });
    const saved = await saveClip(db, again);
    expect(saved.merged).toBe(true);
    expect(saved.clip).toMatchObject({
      id: first.id,
      clippedAt: first.clippedAt,
      userTags: ['a', 'b'],
      note: 'first\n\nsecond',
      extractorVersion: '2',
    });
    expect(await countClips(db)).toBe(1);
  });
});

describe('import checks', () => {
  it('reports every bad line by number and imports nothing of them', async () => {
    const db = openDb();
    const [good, other] = makeClips(articles, 2, 17);
    const noId: Partial<Clip> = { ...good! };
    delete noId.id;
    const lines = [
      JSON.stringify(good),
      '{"broken": ',
      JSON.stringify({ ...other, highlights: [{ text: 'x', start: 5 }] }),
      JSON.stringify({ ...other, wordCount: -1, title: null }),
      JSON.stringify(noId),
      '',
      JSON.stringify(good),
      JSON.stringify({ input: 'a.html', error: { code: 'no-article', message: 'x' } }),
      JSON.stringify({ ...articles[6]!, input: 'x.html' }),
      '[1,2]',
    ];
    const parsed = parseClipJsonl(`\uFEFF${lines.join('\r\n')}`, { extractorVersion: 'cli' });
    const byLine = new Map(parsed.errors.map((e) => [e.line, e.errors.join(' | ')]));
    expect([...byLine.keys()]).toEqual([2, 3, 4, 5, 7, 8, 10]);
    expect(byLine.get(2)).toMatch(/not JSON/u);
    expect(byLine.get(3)).toMatch(/highlights\[0\] needs both start and end/u);
    expect(byLine.get(4)).toMatch(/title must be a string.*wordCount must be a whole number/u);
    expect(byLine.get(5)).toMatch(/id must be a non-empty string/u);
    expect(byLine.get(7)).toMatch(/repeats line 1/u);
    expect(byLine.get(8)).toMatch(/failed extraction/u);
    expect(byLine.get(10)).toMatch(/must be an object/u);
    // The plain Article (a `jernih clip --format jsonl` line) became a new clip, without `input`.
    expect(parsed.converted).toBe(1);
    expect(parsed.clips).toHaveLength(2);
    expect(parsed.clips[1]).not.toHaveProperty('input');
    expect(parsed.clips[1]!.text).toBe(articles[6]!.text);

    await importClips(db, parsed.clips);
    expect(await countClips(db)).toBe(2);
  });

  it('keeps the library’s newer copy over an older one in the file', async () => {
    const db = openDb();
    const [clip] = makeClips(articles, 1, 19);
    await saveClip(db, clip!);
    const newer = await updateClip(db, clip!.id, { note: 'newer' }, new Date('2030-01-01'));
    expect(await importClips(db, [clip!])).toMatchObject({ keptNewer: 1, replaced: 0 });
    expect(await getClip(db, clip!.id)).toStrictEqual(newer);
  });
});

describe('storage errors', () => {
  function failWrites(name: string): void {
    const fail = (): never => {
      throw new DOMException('The quota has been exceeded.', name);
    };
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(fail);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(fail);
  }

  it('a full disk gives a clear quota message and stores nothing', async () => {
    const db = openDb();
    const clips = makeClips(articles, 50, 23);
    await saveClip(db, clips[0]!);
    failWrites('QuotaExceededError');
    const err = await saveClip(db, clips[1]!).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'LibraryError', code: 'quota' });
    expect((err as Error).message).toMatch(/library is full.*Nothing was saved/u);
    await expect(importClips(db, clips.slice(1))).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await countClips(db)).toBe(1);
  });

  it('a closed database gives a clear message', async () => {
    const db = openDb();
    const [clip] = makeClips(articles, 1, 29);
    await saveClip(db, clip!);
    db.close();
    const err = await saveClip(db, clip!).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'LibraryError', code: 'closed' });
    expect((err as Error).message).toMatch(/database is closed.*Reload/u);
    await expect(countClips(db)).rejects.toMatchObject({ code: 'closed' });
  });

  it('records the schema version in the migrations table from day one', async () => {
    const db = openDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const log = await db.migrations.toArray();
    // A new database logs the whole chain (1..current) as applied at creation.
    expect(log.map((m) => m.version).sort()).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
    expect(Date.parse(log[0]!.appliedAt)).not.toBeNaN();
  });
});
