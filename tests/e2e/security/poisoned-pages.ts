// Node-only e2e helper: the poisoned pages, composed from our fragments (tests/fixtures/poisoned)
// and a real corpus page so the outlet profile runs, written to a temp dir and served by the
// e2e proxy under real outlet addresses. Payloads set window.__pwned and ping
// https://news.detik.com/__pwned/<id>?from=<scheme>, so an execution anywhere is seen.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readGold, readPage } from '../../helpers/corpus';
import { findProfile } from '../../../utils/sites/registry';
import type { ServedPage } from '../served-pages';

const DIR = resolve(process.cwd(), 'tests/fixtures/poisoned');
const read = (f: string): string => readFileSync(resolve(DIR, f), 'utf8');

/** The ping path every payload uses: any request for it from an extension origin is a failure. */
export const PWN_PATH = '/__pwned/';
/** The corpus page the poison is put into (detik profile). */
const BASE_ID = 'detik-1';

/** Inserts `html` right after the paragraph holding the gold's first body snippet. */
function intoBody(page: string, html: string, anchor: string): string {
  const at = page.indexOf(anchor);
  const end = at < 0 ? -1 : page.indexOf('</p>', at);
  if (end < 0) throw new Error(`anchor not found: ${anchor}`);
  return page.slice(0, end + 4) + html + page.slice(end + 4);
}

const intoHead = (page: string, html: string): string =>
  page.replace(/<head[^>]*>/i, (m) => m + html);

/** DOMPurify's vectors with alert() made harmless and detectable (no dialogs: Firefox BiDi). */
export function sampleDompurifyVectors(count: number): string[] {
  const file = resolve(process.cwd(), 'tests/fixtures/xss/dompurify-vectors.json');
  const { vectors } = JSON.parse(readFileSync(file, 'utf8')) as { vectors: { payload: string }[] };
  const step = Math.max(1, Math.floor(vectors.length / count));
  return vectors
    .filter((_, i) => i % step === 0)
    .slice(0, count)
    .map((v) => v.payload.replace(/alert\(/g, '(window.__pwned=1,String)('));
}

export function listPoisonedPages(opts: { dompurify?: number } = {}): ServedPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'jernih-poisoned-'));
  const gold = readGold(BASE_ID);
  const base = readPage(BASE_ID);
  const anchor = 'antara pemotor dan pemobil yang dinarasikan';
  const detik = (slug: string, html: string, id: string): ServedPage => {
    const file = join(dir, `${id}.html`);
    writeFileSync(file, html);
    const url = `https://news.detik.com/berita/d-1/${slug}`;
    return {
      id,
      url,
      file,
      profile: findProfile(url)?.id ?? null,
      mustContain: gold.mustContain,
      mustNotContain: gold.mustNotContain,
    };
  };
  const pages = [
    detik(
      'poisoned-payloads',
      intoBody(intoHead(base, read('head.html')), read('payloads.html'), anchor),
      'poisoned-detik',
    ),
    detik('poisoned-globals', intoHead(base, read('globals.html')), 'poisoned-globals'),
  ];
  const genericUrl = 'https://www.suara.com/poisoned/warga-sukamaju-jembatan-bambu';
  const genericFile = join(dir, 'poisoned-generic.html');
  writeFileSync(
    genericFile,
    read('generic.html')
      .replace('<!--HEAD-->', read('head.html'))
      .replace('<!--PAYLOADS-->', read('payloads.html')),
  );
  pages.push({
    id: 'poisoned-generic',
    url: genericUrl,
    file: genericFile,
    profile: findProfile(genericUrl)?.id ?? null,
    mustContain: [
      'Ratusan warga Desa Sukamaju bekerja bersama selama tiga hari',
      'Warga berharap pemerintah kabupaten segera membangun jembatan permanen',
    ],
    mustNotContain: [],
  });
  if (opts.dompurify) {
    const vectors = sampleDompurifyVectors(opts.dompurify).map((v) => `<div>${v}</div>`);
    pages.push(
      detik('poisoned-dompurify', intoBody(base, vectors.join('\n'), anchor), 'poisoned-dompurify'),
    );
  }
  return pages;
}
