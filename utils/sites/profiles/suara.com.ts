// Pure data: suara.com. Checked against corpus page suara-1 (2015 DOM snapshot).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'suara.com',
  domains: ['suara.com'],
  checked: 'suara-1',
  body: ['#contentImageCaption', '.detail--content', 'article.detail-content', '.content-article'],
  clutter: [
    '.baca-juga',
    '.baca-juga-inline',
    '.related-news',
    '.ads-inline',
    'style',
    'script',
    'iframe',
  ],
  pageClutter: ['.terpopuler', '.box-terkini', '.pilihan', '.related-news', '.ads-top', '.tags'],
  meta: {
    byline: ['.dateDetail2 author'], // suara-1: "<author>Laban Laisila</author> : <time>19 Jun 2015 | 13:06"
    date: ['.dateDetail2 time'],
    siteName: 'suara.com',
  },
  multiPage: {
    pager: ['.pagination a'],
    singlePageParam: { name: 'page', value: 'all' },
  },
  transforms: ['br-to-paragraphs'],
};
