// Pure data: katadata.co.id. Not checked against a saved page: the body selector comes from a
// public news-portal config of 2025 (see `checked`).
import type { SiteProfile } from '../types';
import { BROAD_CLUTTER } from './broad-clutter';

export const PROFILE: SiteProfile = {
  id: 'katadata.co.id',
  domains: ['katadata.co.id'],
  checked: 'unchecked: a public news-portal scraper config of 2025 (div.detail-body)',
  body: [
    'div.detail-body', // 2025
    '[itemprop="articleBody"]',
    'article',
  ],
  clutter: [...BROAD_CLUTTER],
  pageClutter: ['aside'],
  meta: {
    title: ['h1'],
    siteName: 'Katadata',
  },
};
