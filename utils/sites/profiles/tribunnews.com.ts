// Pure data: tribunnews.com. Checked against corpus pages tribunnews-1 (2015) and
// tribunnews-2 (2020, page 1 of 4).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'tribunnews.com',
  domains: ['tribunnews.com'],
  checked: 'tribunnews-1, tribunnews-2',
  body: ['div.side-article.txt-article', 'div.txt-article', '[itemprop="articleBody"]'],
  clutter: [
    'p.baca', // "Baca:" inline lines (2020)
    '.baca-juga',
    '.paging',
    '#adsCenter',
    '.ads-placeholder',
    'style',
    'script',
    'iframe',
  ],
  pageClutter: ['#populer', '.populer', '#latestul', '.terkini', '#rekomendasi'],
  meta: {
    // tribunnews-2: <div id="penulis">Penulis: X</div><div id="editor">Editor: Y</div>; tribunnews-1:
    // the same lines without ids in div.f11.grey.pb10.
    byline: ['#penulis', '#editor', 'div.f11.grey.pb10'],
    date: ['time.grey', 'div.bdr3 h3'], // tribunnews-1: "<h3>Jumat, 19 Juni 2015 12:58 WIB</h3>"
    siteName: 'Tribunnews.com',
  },
  multiPage: {
    pager: ['.paging a', '#paginga a'],
    singlePageParam: { name: 'page', value: 'all' },
  },
  transforms: ['br-to-paragraphs'],
};
