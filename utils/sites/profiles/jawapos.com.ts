// Pure data: jawapos.com. Not checked against a saved page: selectors come from a public
// scraper of 2025 whose HTML fallback names the read__ template (see `checked`). The 2024+
// Next.js site also ships the article in __NEXT_DATA__ (props.pageProps.article.content).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'jawapos.com',
  domains: ['jawapos.com'],
  checked:
    'unchecked: a public JawaposScraper of 2025 (.read__content.clearfix, strong.read__others*, h1.read__title, .read__info__date, .read__info__author)',
  body: [
    '.read__content.clearfix', // read__ template
    '.read__content',
    '[itemprop="articleBody"]',
    'article',
  ],
  clutter: [
    '[class^="read__others"]', // inline "Baca Juga" links rendered as strong.read__others*
    '[class*=" read__others"]',
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
    title: ['h1.read__title', 'h1'],
    byline: ['.read__info__author'],
    date: ['.read__info__date'],
    siteName: 'JawaPos.com',
  },
};
