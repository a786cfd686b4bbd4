// Pure data: inews.id (regional subdomains included). Not checked against a saved page: no
// public scraper names its body container, so only semantic candidates are listed.
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'inews.id',
  domains: ['inews.id'],
  checked:
    'unchecked: reforget-id/AutoAllPage assets/notes.md (single page at the path suffix /all, 2022-2025), gvoze32 Anti Split Page userscript (/all, 2023); body candidates are semantic guesses',
  body: ['[itemprop="articleBody"]', '.article-content', 'article'],
  clutter: [
    '[class*="baca-juga"]', // inline "Baca Juga:" boxes
    '[class*="bacajuga"]',
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
    title: ['h1'],
    siteName: 'iNews.id',
  },
  // The single-page address is a path suffix ("/all"), which MultiPageHints cannot say yet.
  multiPage: {},
};
