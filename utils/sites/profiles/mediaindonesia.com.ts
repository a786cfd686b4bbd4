// Pure data: mediaindonesia.com. Checked against corpus page mediaindonesia-1 (2025 template).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'mediaindonesia.com',
  domains: ['mediaindonesia.com'],
  checked: 'mediaindonesia-1',
  body: ['div.article', '.article-content', '[itemprop="articleBody"]'],
  clutter: ['p.related-news', 'figure', 'figcaption', '.ads', 'style', 'script', 'iframe'],
  pageClutter: ['.terpopuler', '.widget-popular'],
  meta: {},
  transforms: ['br-to-paragraphs'],
};
