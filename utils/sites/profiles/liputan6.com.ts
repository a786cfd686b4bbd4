// Pure data: liputan6.com. Checked against corpus pages liputan6-1..4 (2015-2016 templates,
// incl. the photo gallery template).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'liputan6.com',
  domains: ['liputan6.com'],
  checked: 'liputan6-1, liputan6-2, liputan6-3, liputan6-4',
  body: [
    'div.read-page__content-body', // 2016 template; holds every page (#multi-page-N)
    'div.read-page--photo-gallery', // photo gallery: the captions are the body
    'div.text-detail', // 2015 template
    'div.article-content-body__item-content',
  ],
  clutter: [
    '.baca-juga',
    '.baca-juga-collections',
    '.read-page--photo-gallery__credits',
    '.article-content-body__item-media',
    'figure.read-page--photo-tag--header',
    '.read-page__content-tags',
    '.advertisement-text',
    'style',
    'script',
    'iframe',
  ],
  pageClutter: ['.popular-news', '.read-page-box--popular', '.headline-news'],
  meta: {
    // liputan6-1..4: header byline, then the credit list's role items ("Author", "Editor") whose
    // next siblings are the names (liputan6-4 credits a second writer only there).
    byline: [
      '.read-page--header__author',
      'span.author.vcard',
      'li.read-page--credits__role',
      'li.role',
    ],
  },
  transforms: ['br-to-paragraphs', 'strip-trailing-initials'],
};
