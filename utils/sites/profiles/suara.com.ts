// Pure data: suara.com. Checked against corpus page suara-1 (2015 DOM snapshot).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'suara.com',
  domains: ['suara.com'],
  checked: 'suara-1',
  body: ['#contentImageCaption', 'article.detail-content', '.detail--content', '.content-article'],
  clutter: ['.baca-juga', '.related-news', 'style', 'script', 'iframe'],
  pageClutter: ['.terpopuler', '.box-terkini'],
  meta: {},
  multiPage: {
    pager: ['.pagination a'],
    singlePageParam: { name: 'page', value: 'all' },
  },
  transforms: ['br-to-paragraphs'],
};
