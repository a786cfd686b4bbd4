// Pure data: jpnn.com (regional subdomains included). Not checked against a saved page:
// selectors come from public scrapers of 2024 (see `checked`).
import type { SiteProfile } from '../types';
import { BROAD_CLUTTER } from './broad-clutter';

export const PROFILE: SiteProfile = {
  id: 'jpnn.com',
  domains: ['jpnn.com'],
  checked:
    'unchecked: ardikapras/content-aggregator strategy/impl/Jpnn.kt (2024: div[itemprop=articleBody], .page-content, meta jpnncom_news_author), reforget-id/AutoAllPage assets/notes.md (pages by XHR, 2023)',
  body: [
    'div[itemprop="articleBody"]', // 2024
    '.page-content',
  ],
  clutter: [...BROAD_CLUTTER],
  pageClutter: ['aside'],
  meta: {
    title: ['h1'],
    siteName: 'JPNN.com',
  },
  // Later pages load by XHR (AutoAllPage notes): no single-page address is known.
  multiPage: {},
};
