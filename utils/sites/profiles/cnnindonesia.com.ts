// Pure data: cnnindonesia.com. Not checked against a saved page: selectors come from public
// scrapers of 2020-2025 (see `checked`). CNN Indonesia runs on the Trans Media (detik) stack.
import type { SiteProfile } from '../types';
import { BROAD_CLUTTER } from './broad-clutter';

export const PROFILE: SiteProfile = {
  id: 'cnnindonesia.com',
  domains: ['cnnindonesia.com'],
  checked:
    'unchecked: ardikapras/content-aggregator strategy/impl/CnnIndonesia.kt (2024), rmzq/python-news-scraper webs.py (2023), xilogs/Scraper cnnnews.js (2024), babalenong/Scrapy-Indonesian-News-Articles cnnindonesia_spider.py (2020)',
  body: [
    '.detail-wrap .detail-text', // Tailwind template (2023-2025)
    '.detail-text', // same, without the wrapper
    '#detikdetailtext', // Trans Media shared body id
    'div.detail_text', // 2020 template
    '[itemprop="articleBody"]',
  ],
  clutter: [
    '.para_caption', // photo captions inside the body (2024)
    'table.linksisip', // inline "Baca juga:" table of the Trans Media stack
    '.linksisip',
    ...BROAD_CLUTTER,
    '.inbetween-content', // unverified: "ADVERTISEMENT / SCROLL TO CONTINUE" slot
  ],
  pageClutter: ['aside'],
  meta: {
    title: ['h1'],
    date: ['.text-cnn_grey.text-sm'], // date line in the 2024 template (xilogs/Scraper)
    siteName: 'CNN Indonesia',
  },
  // Multi-page articles load the next pages by XHR (reforget-id/AutoAllPage notes, 2022):
  // no single-page address is known.
  multiPage: {},
  transforms: ['strip-trailing-initials'],
};
