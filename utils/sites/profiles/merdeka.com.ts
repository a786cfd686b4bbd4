// Pure data: merdeka.com. Not checked against a saved page: selectors come from public scrapers
// of 2018-2025 (see `checked`).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'merdeka.com',
  domains: ['merdeka.com'],
  checked:
    'unchecked: babalenong/Scrapy-Indonesian-News-Articles merdeka_spider.py (2020: div.mdk-body-paragraph, .mdk-dt-headline h1), pr0ph0z/news_scrapper scrap.py (.title-section_terkait, #list-section_terkait), a public MerdekaScraper of 2025 (article, ADVERTISEMENT lines), reforget-id/AutoAllPage (no pagination)',
  body: [
    'div.mdk-body-paragraph', // 2018-2022 template
    'div.body-paragraph',
    '[itemprop="articleBody"]',
    'article', // 2023+ template
  ],
  clutter: [
    '.title-section_terkait', // inline "Baca juga" / terkait heading inside the body
    '#list-section_terkait', // and its link list
    '[class*="baca-juga"]',
    '[class*="bacajuga"]',
    '[class*="related"]',
    '[id^="div-gpt-ad"]',
    '.adsbygoogle',
    'iframe',
    'script',
    'style',
  ],
  pageClutter: ['aside'],
  meta: {
    title: ['.mdk-dt-headline h1', 'h1.article-title', 'h1'],
    siteName: 'merdeka.com',
  },
};
