// Pure data: idntimes.com (regional subdomains included). Not checked against a saved page:
// selectors come from public scrapers of 2024-2025 (see `checked`).
import type { SiteProfile } from '../types';
import { BROAD_CLUTTER } from './broad-clutter';

export const PROFILE: SiteProfile = {
  id: 'idntimes.com',
  domains: ['idntimes.com'],
  checked:
    'unchecked: a public Playwright extractor of 2025 (p.article-text outside .wrapper-ads), a public IDN Times scraper of 2025 (article), reforget-id/AutoAllPage assets/notes.md (page=all, 2022)',
  body: [
    '[itemprop="articleBody"]',
    'article', // paragraphs are p.article-text inside the article element (2025)
  ],
  clutter: [
    '.wrapper-ads', // ad wrappers between p.article-text paragraphs (2025)
    ...BROAD_CLUTTER,
  ],
  pageClutter: ['aside'],
  meta: {
    title: ['h1'],
    date: ['time'],
    siteName: 'IDN Times',
  },
  // Pagination was dropped (AutoAllPage notes); ?page=all still returns the whole article.
  multiPage: {
    singlePageParam: { name: 'page', value: 'all' },
  },
};
