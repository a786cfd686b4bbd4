// Pure data: antaranews.com. Checked against corpus pages antaranews-1..4 (2015-2016 desktop).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'antaranews.com',
  domains: ['antaranews.com'],
  checked: 'antaranews-1, antaranews-2, antaranews-3, antaranews-4',
  body: ['#content_news', '.post-content', '[itemprop="articleBody"]'],
  clutter: [
    '#box_fly', // floating "Baca Juga" box
    '.baca-juga',
    '.quote_old', // pull quote repeating a body sentence
    '#caption_news',
    'style',
    'script',
    'iframe',
  ],
  pageClutter: ['#box_fly', '.terpopuler', '#terpopuler'],
  meta: {
    byline: ['.bjbrt .byline'], // antaranews-1..4: "Pewarta: Nur Imansyah"
    date: ['.bjbrt .date'], // "Kamis, 5 November 2015 14:56 WIB | 1.229 Views"
  },
  transforms: ['br-to-paragraphs'],
};
