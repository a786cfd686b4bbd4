// Pure data: kumparan.com. Not checked against a saved page. kumparan renders with hashed CSS
// class names, so only stable hooks are listed; the generic path does most of the work here.
import type { SiteProfile } from '../types';
import { BROAD_CLUTTER } from './broad-clutter';

export const PROFILE: SiteProfile = {
  id: 'kumparan.com',
  domains: ['kumparan.com'],
  checked:
    'unchecked: a public kumparan sitemap scraper of 2025 (div.article-content, article, meta author / article:published_time)',
  body: [
    'div.article-content', // 2025 scraper
    '[itemprop="articleBody"]',
    'article',
  ],
  clutter: [...BROAD_CLUTTER],
  meta: {
    title: ['h1'],
    siteName: 'kumparan',
  },
};
