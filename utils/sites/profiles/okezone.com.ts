// Pure data: okezone.com. Checked against corpus pages okezone-1..3 (2015-2017).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'okezone.com',
  domains: ['okezone.com'],
  checked: 'okezone-1, okezone-2, okezone-3',
  body: ['#contentx', 'div.ctn-desc', '#article-box', '.read'],
  clutter: ['.box-bacajuga', '#artikelbox', '.paging', '.detads', 'style', 'script', 'iframe'],
  pageClutter: ['.terpopuler', '.box-terpopuler', '#populer'],
  meta: {
    byline: ['.nmreporter'], // okezone-1, -3: "Dewi Kania Jurnalis"
    date: ['time.tgl'], // "Kamis, 5 November 2015 - 15:56 wib"
  },
  multiPage: {
    pager: ['.paging a', '.pagination-komentar a'],
    singlePageParam: { name: 'page', value: 'all' },
  },
  transforms: ['br-to-paragraphs', 'strip-trailing-initials'],
};
