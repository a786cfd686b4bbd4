// Pure data: kompas.com (nasional, regional, bola, otomotif, money ...). Checked against corpus
// pages kompas-1..7 (templates of 2015-2016 and the 2023 read__content template).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'kompas.com',
  domains: ['kompas.com'],
  checked: 'kompas-1, kompas-2, kompas-3, kompas-4, kompas-5, kompas-6, kompas-7',
  body: [
    'div.read__content', // 2023 template
    'div.kcm-read-text', // 2015-2016 template
    'span.kcmread1114', // bola.kompas.com 2015-2016
    'div.div-read', // otomotif.kompas.com 2016
    '.read__text',
  ],
  clutter: [
    'a.inner-link-baca-juga', // 2023 inline "Baca juga:" links
    '.inner-link-baca-juga',
    '.read__paging', // "Halaman: 1 2"
    '.read__tagging',
    '.ads-on-body',
    '.kompasidRec',
    '.kcm-read-bottom',
    '.kcm-read-terkait',
    'style',
    'script',
    'iframe',
  ],
  pageClutter: [
    '.most__wrap',
    '.terpopuler',
    '.kcm-read-terkait',
    '.kcm-read-bottom',
    '.trending__wrap',
    '.kcm-trending',
  ],
  meta: {
    // Checked on kompas-1..7: the header's date-only line comes first, the article's has the time.
    date: ['.read__time', 'div.kcm-date', '.kcm-read-content-top .grey', 'div.grey.mb2'],
    siteName: 'Kompas.com',
  },
  multiPage: {
    pager: ['.read__paging a', '.paging__link'],
    singlePageParam: { name: 'page', value: 'all' },
    totalPagesMeta: 'content_total_pages',
  },
  transforms: ['br-to-paragraphs'],
};
