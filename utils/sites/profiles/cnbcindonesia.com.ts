// Pure data: cnbcindonesia.com. Not checked against a saved page: selectors come from public
// scrapers of 2023-2025 (see `checked`). CNBC Indonesia shares the Trans Media (detik) stack.
import type { SiteProfile } from '../types';
import { BROAD_CLUTTER } from './broad-clutter';

export const PROFILE: SiteProfile = {
  id: 'cnbcindonesia.com',
  domains: ['cnbcindonesia.com'],
  checked:
    'unchecked: ardikapras/content-aggregator strategy/impl/CnbcIndonesia.kt (2024), rmzq/python-news-scraper webs.py (2023), a public news-portal config of 2025 (div.detail_text)',
  body: [
    '.detail-text .detail-text', // Tailwind template nests two .detail-text (2025)
    '.detail-text', // 2024
    'div.detail_text', // 2020-2023
    '[itemprop="articleBody"]',
  ],
  clutter: [
    '.media-institusi', // agency/institution badge inside the body (2024)
    '.para_caption', // photo captions
    'table.linksisip', // inline "Baca juga:" table of the Trans Media stack
    '.linksisip',
    ...BROAD_CLUTTER,
  ],
  pageClutter: ['aside'],
  meta: {
    title: ['h1'],
    siteName: 'CNBC Indonesia',
  },
  multiPage: {},
  transforms: ['strip-trailing-initials'],
};
