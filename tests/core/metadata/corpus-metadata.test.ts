// Golden test: metadata of every corpus page against its gold, by the scorer's rules
// (../shared/eval: title normalised-equal, authors normalised set-equal, published same minute
// across offsets / same day). Prints the per-page mismatches.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../utils/extract/metadata/index';
import { findProfile } from '../../../utils/sites/registry';
import { normalizeForScoring } from '../../helpers/corpus';

const ROOT = path.resolve(process.cwd(), 'tests/fixtures/corpus');

interface Gold {
  url: string;
  title: string;
  authors: string[];
  published: string | null;
}

// The scorer's normalisation (shared/eval/lib/common.mjs norm / nameTokens), shared with the
// golden tests.
const norm = (s: string | null | undefined): string => normalizeForScoring(String(s ?? ''));
const normName = (s: string): string =>
  norm(s)
    .split(' ')
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .join(' ');

// shared/eval/score-pages.mjs parseIso/scorePublished, reduced to what the gold uses.
function parseIso(
  s: string,
): { date: string; wallMin: number | null; offsetMin: number | null } | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (d) return { date: s, wallMin: null, offsetMin: null };
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!m) return null;
  const off = m[6];
  const offsetMin = !off
    ? null
    : off === 'Z'
      ? 0
      : (off[0] === '-' ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(-2)));
  return {
    date: s.slice(0, 10),
    wallMin: Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) / 60000,
    offsetMin,
  };
}
function scorePublished(gold: string | null, pred: string | null): { ok: boolean; day: boolean } {
  if (gold === null) return { ok: pred === null, day: pred === null };
  const g = parseIso(gold);
  const p = pred === null ? null : parseIso(pred);
  if (!g || !p) return { ok: false, day: false };
  if (g.wallMin === null) return { ok: p.date === g.date, day: p.date === g.date };
  if (p.wallMin === null) return { ok: false, day: p.date === g.date };
  const gOff = g.offsetMin ?? 420;
  const gEpoch = g.wallMin - gOff;
  const pEpoch = p.wallMin - (p.offsetMin ?? gOff);
  const day = new Date((pEpoch + gOff) * 60000).toISOString().slice(0, 10) === g.date;
  return { ok: pEpoch === gEpoch, day };
}

const ids = fs
  .readdirSync(path.join(ROOT, 'pages'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5))
  .sort();

describe('metadata over the corpus', () => {
  const rows = ids.map((id) => {
    const gold = JSON.parse(fs.readFileSync(path.join(ROOT, 'gold', `${id}.json`), 'utf8')) as Gold;
    const html = fs.readFileSync(path.join(ROOT, 'pages', `${id}.html`), 'utf8');
    const doc = new JSDOM(html, { url: gold.url }).window.document;
    const before = doc.documentElement.outerHTML;
    const meta = extractMetadata(doc, { url: gold.url, profile: findProfile(gold.url) });
    const goldAuthors = new Set(gold.authors.map(normName));
    const predAuthors = new Set(meta.authors.map(normName));
    return {
      id,
      gold,
      meta,
      untouched: doc.documentElement.outerHTML === before,
      title: norm(meta.title) === norm(gold.title),
      authors:
        goldAuthors.size === predAuthors.size && [...goldAuthors].every((a) => predAuthors.has(a)),
      published: scorePublished(gold.published, meta.published),
    };
  });
  const misses = rows.filter((r) => !r.title || !r.authors || !r.published.ok);
  for (const r of misses) {
    console.log(
      `${r.id}:` +
        (r.title
          ? ''
          : ` title ${JSON.stringify(r.meta.title)} != ${JSON.stringify(r.gold.title)}`) +
        (r.authors
          ? ''
          : ` authors ${JSON.stringify(r.meta.authors)} != ${JSON.stringify(r.gold.authors)}`) +
        (r.published.ok ? '' : ` published ${r.meta.published} != ${r.gold.published}`),
    );
  }
  const share = (f: (r: (typeof rows)[number]) => boolean): number =>
    rows.filter(f).length / rows.length;

  it('reads all 38 pages', () => {
    expect(rows.length).toBe(38);
  });
  it('never changes the document', () => {
    expect(rows.filter((r) => !r.untouched).map((r) => r.id)).toEqual([]);
  });
  it('gets the headline of at least 95% of pages', () => {
    expect(share((r) => r.title)).toBeGreaterThanOrEqual(0.95);
  });
  it('gets the published day of at least 95% of pages and the minute of at least 90%', () => {
    expect(share((r) => r.published.day)).toBeGreaterThanOrEqual(0.95);
    expect(share((r) => r.published.ok)).toBeGreaterThanOrEqual(0.9);
  });
  it('gets the author set of at least 85% of pages', () => {
    expect(share((r) => r.authors)).toBeGreaterThanOrEqual(0.85);
  });
  it('writes dates as ISO 8601 with an offset or as a plain date', () => {
    for (const r of rows)
      expect(r.meta.published ?? '').toMatch(
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/,
      );
  });
  it('says Indonesian for every corpus page', () => {
    expect(rows.filter((r) => r.meta.lang !== 'id').map((r) => `${r.id}:${r.meta.lang}`)).toEqual(
      [],
    );
  });
  it('keeps editors out of the authors (kompas-7: JSON-LD author is the editor)', () => {
    const k7 = rows.find((r) => r.id === 'kompas-7');
    expect(k7?.meta.authors).toEqual(['Isna Rifka Sri Rahayu']);
    expect(k7?.meta.editors).toEqual(['Yoga Sukmana']);
  });
});
