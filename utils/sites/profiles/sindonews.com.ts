// Pure data: sindonews.com (and its channel subdomains). Not checked against a saved page:
// selectors come from public scrapers of 2017-2025 (see `checked`).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'sindonews.com',
  domains: ['sindonews.com'],
  checked:
    'unchecked: reforget-id/AutoAllPage assets/notes.md (showpage=all, 2022-2025), public sindonews scrapers of 2017-2021 (#content, .baca-inline, .box-outlink) and of 2025 (.detail-desc)',
  body: [
    '.detail-desc', // 2023-2025 template
    '#detail-desc',
    '.detail_desc',
    '.desc-artikel-detail', // tekno channel (2021)
    '#content', // 2017-2021 template
    '[itemprop="articleBody"]',
  ],
  clutter: [
    '.baca-inline', // inline "Baca Juga:" box (2017-2021)
    '.baca-inline-head',
    '.box-outlink', // outbound "Baca juga" links
    '[class*="baca-juga"]',
    '[id^="div-gpt-ad"]', // ad slots inside #content
    '[class*="ads300"]',
    '.reporter', // byline block at the end of the body; read as meta first
    '.editor',
    '[class*="related"]',
    '[class*="terkait"]',
    'iframe',
    'script',
    'style',
  ],
  pageClutter: ['aside'],
  meta: {
    title: ['.detail-title', '.detail__title', 'h1'],
    byline: ['.reporter', '.editor'],
    date: ['time'],
    siteName: 'SINDOnews',
  },
  multiPage: {
    singlePageParam: { name: 'showpage', value: 'all' },
  },
};
