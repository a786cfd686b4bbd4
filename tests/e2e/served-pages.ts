// Node-only e2e helper: the pages the e2e suite serves under their real addresses - every corpus
// page (gold `url`) and the demo sample page (its canonical address) - with what must and must
// not be visible on the live page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listCorpusIds, readGold, CORPUS_DIR } from '../helpers/corpus';
import { findProfile } from '../../utils/sites/registry';

export interface ServedPage {
  id: string;
  url: string;
  file: string;
  profile: string | null;
  mustContain: string[];
  mustNotContain: string[];
}

const SAMPLE_FILE = resolve(process.cwd(), 'public/sample/contoh-berita.html');

/**
 * The sample page has no gold file: these lines were read off the page (its body paragraphs,
 * and one headline from each clutter list plus the ad and channel-promotion lines).
 */
const SAMPLE_CHECKS = {
  mustContain: [
    'Konferensi yang dibuka oleh Menteri Hukum dan HAM Yasona Laoly',
    'Lebih dari 300 orang berpartisipasi dalam Konferensi ini',
  ],
  mustNotContain: [
    'Amnesty: HAM Alami Kemunduran Serius di Tahun Pertama',
    'Data Kelam Amnesty International',
    'Susunan Tim Pelatih Timnas Indonesia U-23',
    'Scroll to continue with content',
    'Dapatkan update berita pilihan dan breaking news',
  ],
};

export function listServedPages(): ServedPage[] {
  const pages: ServedPage[] = listCorpusIds().map((id) => {
    const gold = readGold(id);
    return {
      id,
      url: gold.url,
      file: resolve(CORPUS_DIR, 'pages', `${id}.html`),
      profile: findProfile(gold.url)?.id ?? null,
      mustContain: gold.mustContain,
      mustNotContain: gold.mustNotContain,
    };
  });
  const sample = readFileSync(SAMPLE_FILE, 'utf8');
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/i.exec(sample)?.[1];
  if (!canonical) throw new Error('the sample page lost its canonical link');
  pages.push({
    id: 'sample',
    url: canonical,
    file: SAMPLE_FILE,
    profile: findProfile(canonical)?.id ?? null,
    ...SAMPLE_CHECKS,
  });
  return pages;
}

/** host + path (query included) -> page; the scheme is ignored (a browser may upgrade it). */
export function keyOf(url: string): string {
  const u = new URL(url);
  return `${u.host.toLowerCase()}${u.pathname}${u.search}`;
}
