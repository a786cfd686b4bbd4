// Pure data: beritasatu.com. Not checked against a saved page: the body candidates are the
// fallback list of a public scraper of 2025 (see `checked`).
import type { SiteProfile } from '../types';
import { BROAD_CLUTTER } from './broad-clutter';

export const PROFILE: SiteProfile = {
  id: 'beritasatu.com',
  domains: ['beritasatu.com'],
  checked:
    'unchecked: a public BeritaSatuScraper of 2025 (.article-content, .post-content, .entry-content, article; meta author, article:published_time)',
  body: [
    '.article-content',
    '.post-content',
    '.entry-content',
    '[itemprop="articleBody"]',
    'article',
  ],
  clutter: [...BROAD_CLUTTER, '[class*="newsletter"]'],
  pageClutter: ['aside'],
  meta: {
    title: ['h1'],
    date: ['time'],
    siteName: 'Beritasatu',
  },
};
