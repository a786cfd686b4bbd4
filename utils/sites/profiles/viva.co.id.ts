// Pure data: viva.co.id. Checked against corpus pages viva-1 (2016) and viva-2 (2015 snapshot).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'viva.co.id',
  domains: ['viva.co.id'],
  checked: 'viva-1, viva-2',
  body: ['span[itemprop="articleBody"]', '#article-content', '.main-content-detail'],
  clutter: [
    '.twitter-tweet', // embedded tweets after the last paragraph
    '.baca-juga',
    '.related-article',
    'figure',
    '.wp-caption',
    'style',
    'script',
    'iframe',
  ],
  pageClutter: ['.terpopuler', '.most-popular', '.baca-artikel-lainnya'],
  meta: {
    byline: ['.smalldesc .author'], // viva-1, -2: "Oleh : Maya Sofia"
    date: ['.smalldesc .date'], // "Selasa, 16 Februari 2016 | 13:01 WIB"
  },
  transforms: ['br-to-paragraphs', 'strip-trailing-initials'],
};
