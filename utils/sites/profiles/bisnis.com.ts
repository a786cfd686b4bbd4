// Pure data: bisnis.com (market., finansial., ekonomi. ... subdomains). Not checked against a
// saved page: selectors come from public scrapers of 2025 (see `checked`).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'bisnis.com',
  domains: ['bisnis.com'],
  checked:
    'unchecked: a public BisnisScraper of 2025 (article.detailsContent, .baca-juga-box, h1.detailsTitleCaption, .detailsAttributeDates, .authorName), a public news-portal config of 2025 (div.details-content)',
  body: [
    'article.detailsContent', // 2025
    '.detailsContent',
    '.details-content',
    '[itemprop="articleBody"]',
  ],
  clutter: [
    '[class^="baca-juga-box"]', // inline "Baca Juga" boxes (2025)
    '.baca-juga-box',
    '[class*="baca-juga"]',
    '[class*="related"]',
    '[class*="terkait"]',
    '[id^="div-gpt-ad"]',
    '.adsbygoogle',
    'iframe',
    'script',
    'style',
  ],
  pageClutter: ['aside', '.sidebar'],
  meta: {
    title: ['h1.detailsTitleCaption', 'h1'],
    byline: ['.authorName', '.authorNames'],
    date: ['.detailsAttributeDates', '.authorTime'],
    siteName: 'Bisnis.com',
  },
};
