// Pure data: tempo.co (bisnis., nasional., gaya. ... subdomains of the older site). Not checked
// against a saved page: selectors come from public scrapers of 2023-2025 (see `checked`).
import type { SiteProfile } from '../types';
import { BROAD_CLUTTER } from './broad-clutter';

export const PROFILE: SiteProfile = {
  id: 'tempo.co',
  domains: ['tempo.co'],
  checked:
    'unchecked: a public Playwright extractor of 2025 (#content-wrapper p/ol/li), a public news-portal config of 2025 (div.detail-konten for bisnis.tempo.co), reforget-id/AutoAllPage assets/notes.md (pages by XHR)',
  body: [
    '#content-wrapper', // 2024-2025 site
    'div.detail-konten', // older subdomain template
    '#isi', // unverified: older template
    '[itemprop="articleBody"]',
  ],
  clutter: ['.para_caption', ...BROAD_CLUTTER],
  pageClutter: ['aside'],
  meta: {
    title: ['h1'],
    siteName: 'Tempo',
  },
  multiPage: {},
};
