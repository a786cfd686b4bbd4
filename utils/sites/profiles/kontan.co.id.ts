// Pure data: kontan.co.id (investasi., nasional., keuangan. ... subdomains). Not checked
// against a saved page: selectors come from public scrapers of 2019-2025 (see `checked`).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'kontan.co.id',
  domains: ['kontan.co.id'],
  checked:
    'unchecked: public kontan scrapers of 2019-2025 (div.tmpt-desk-kon, first <p> "Reporter: | Editor:", .detail-desk title, div.fs14.ff-opensans.font-gray date), reforget-id/AutoAllPage assets/notes.md (page=all)',
  body: [
    'div.tmpt-desk-kon', // 2019-2025; carries itemprop="articleBody"
    '[itemprop="articleBody"]',
  ],
  clutter: [
    '[class*="bacajuga"]', // inline "Baca Juga:" links
    '[class*="baca-juga"]',
    '[class*="related"]',
    '[class*="terkait"]',
    '[id^="div-gpt-ad"]',
    '.adsbygoogle',
    'iframe',
    'script',
    'style',
  ],
  pageClutter: ['aside'],
  meta: {
    title: ['.detail-desk h1', '.bag-kiri h1', 'h1'],
    byline: ['div.tmpt-desk-kon > p:first-child'], // "Reporter: X | Editor: Y"
    date: ['div.fs14.ff-opensans.font-gray'],
    siteName: 'Kontan',
  },
  multiPage: {
    singlePageParam: { name: 'page', value: 'all' },
  },
};
