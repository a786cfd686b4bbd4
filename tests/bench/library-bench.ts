// Node-only: the clip library at 10,000 clips on fake-indexeddb: load, search (median ms of the
// page's whole query path), bulk export of every clip in each format as the library page runs it
// (exportLibrary: the read from the database included). Run:
// npx tsx tests/bench/library-bench.ts [--json FILE]
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  LibraryIndex,
  createLibraryDb,
  eachClip,
  exportLibrary,
  importClips,
  type BulkFormat,
  type Clip,
} from '../../utils/library/index.ts';
import { tokenize } from '../../utils/library/search-index.ts';
import { extractCorpusArticles, makeClips } from '../ext/library/make-clips.ts';

const COUNT = 10_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function time<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await run();
  return [value, performance.now() - t0];
}

const articles = extractCorpusArticles();
const clips = makeClips(articles, COUNT, 42);
const db = createLibraryDb('bench-library');
await db.delete();
await db.open();
const [, fillMs] = await time(() => importClips(db, clips));
const [index, loadMs] = await time(() => LibraryIndex.load(db));

// Queries a reader types: single words, prefixes while typing, names, two-word ANDs, misses,
// plus filters; each runs 5 times and the median over all runs is reported.
const person = articles.flatMap((a) => a.participants).find((p) => p.kind === 'person')?.name;
const titleWords = articles.flatMap((a) => tokenize(a.title)).filter((w) => w.length > 4);
const outlet = clips.find((c) => c.siteName)?.siteName ?? '';
const queries: { text?: string; outlet?: string; from?: string; to?: string }[] = [
  ...titleWords.slice(0, 30).map((text) => ({ text })),
  ...titleWords.slice(0, 20).map((w) => ({ text: w.slice(0, 3) })),
  { text: 'p' },
  { text: 'me' },
  { text: person ?? 'jokowi' },
  { text: 'polisi jakarta' },
  { text: 'korupsi', outlet },
  { text: 'menteri', from: '2018-01-01', to: '2022-12-31' },
  { text: 'tidakadakatainisama' },
  { outlet },
  {},
];
const runs: number[] = [];
let maxHits = 0;
for (let r = 0; r < 5; r++)
  for (const q of queries) {
    const [hits, ms] = await time(() => index.query(q));
    runs.push(ms);
    maxHits = Math.max(maxHits, hits.length);
  }

// The parts of an export's read, for the record: a cursor over every clip (what the index load
// does), one bulkGet of every clip (what an export does), one bulkGet of every kept body.
const [, cursorMs] = await time(async () => {
  const out: Clip[] = [];
  await eachClip(db, (c) => out.push(c));
  return out;
});
const ids = index.query({}).map((c) => c.id);
const [, readMs] = await time(() => db.clips.bulkGet(ids));
const [, bodiesMs] = await time(() => db.markdownBodies.bulkGet(ids));
// Each export of the whole list, end to end: read, format, file.
const exportMs: Record<BulkFormat, number> = { jsonl: 0, csv: 0, 'md-zip': 0 };
const sizeMB: Record<BulkFormat, number> = { jsonl: 0, csv: 0, 'md-zip': 0 };
for (const format of ['jsonl', 'csv', 'md-zip'] as const) {
  const [file, ms] = await time(() => exportLibrary(db, ids, format, 'bench'));
  exportMs[format] = Math.round(ms);
  sizeMB[format] = Number((file.data.length / 2 ** 20).toFixed(1));
}
db.close();

const mem = process.memoryUsage();
const results = {
  clips: COUNT,
  sourceArticles: articles.length,
  fillMs: Math.round(fillMs),
  indexLoadMs: Math.round(loadMs),
  search: {
    queries: queries.length,
    runs: runs.length,
    medianMs: Number(median(runs).toFixed(3)),
    p95Ms: Number(
      ([...runs].sort((a, b) => a - b)[Math.floor(runs.length * 0.95)] ?? 0).toFixed(3),
    ),
    maxMs: Number(Math.max(...runs).toFixed(3)),
    maxHits,
  },
  export: {
    clips: ids.length,
    cursorReadAllMs: Math.round(cursorMs),
    readClipsMs: Math.round(readMs),
    readBodiesMs: Math.round(bodiesMs),
    // Whole exports, the read from the database included.
    jsonlMs: exportMs.jsonl,
    jsonlMB: sizeMB.jsonl,
    csvMs: exportMs.csv,
    csvMB: sizeMB.csv,
    mdZipMs: exportMs['md-zip'],
    mdZipMB: sizeMB['md-zip'],
  },
  heapMB: Math.round(mem.heapUsed / 2 ** 20),
  note: 'IndexedDB is fake-indexeddb in Node (slower than a browser); search runs in memory',
};

console.log(
  `library: ${COUNT} clips (from ${articles.length} corpus articles); fill ${results.fillMs} ms, index load ${results.indexLoadMs} ms\n` +
    `  search: median ${results.search.medianMs} ms, p95 ${results.search.p95Ms} ms, max ${results.search.maxMs} ms over ${runs.length} runs\n` +
    `  read: cursor over all ${results.export.cursorReadAllMs} ms; bulkGet clips ${results.export.readClipsMs} ms, kept bodies ${results.export.readBodiesMs} ms\n` +
    `  export of all ${ids.length}, read included: JSONL ${results.export.jsonlMs} ms (${results.export.jsonlMB} MB); ` +
    `CSV ${results.export.csvMs} ms (${results.export.csvMB} MB); Markdown zip ${results.export.mdZipMs} ms (${results.export.mdZipMB} MB)`,
);
const jsonAt = process.argv.indexOf('--json');
const out = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written: ${out}`);
}
