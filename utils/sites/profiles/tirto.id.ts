// Pure data: tirto.id. Not checked against a saved page: selectors come from public scrapers
// of 2019-2025 (see `checked`).
import type { SiteProfile } from '../types';
import { BROAD_CLUTTER } from './broad-clutter';

export const PROFILE: SiteProfile = {
  id: 'tirto.id',
  domains: ['tirto.id'],
  checked:
    'unchecked: a public Playwright extractor of 2025 (div.content-text-editor p/ol/ul/li/blockquote), a public tirto page template of 2019 (article .content-text-editor)',
  body: [
    'div.content-text-editor', // 2019-2025
    '[itemprop="articleBody"]',
  ],
  clutter: [
    '.baca-holder', // unverified: inline "Baca juga" holder
    ...BROAD_CLUTTER,
  ],
  pageClutter: ['aside'],
  meta: {
    title: ['h1'],
    siteName: 'tirto.id',
  },
};
