// Pure data: kapanlagi.com. Checked against corpus pages kapanlagi-1 (2015), kapanlagi-2 (2016).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'kapanlagi.com',
  domains: ['kapanlagi.com'],
  checked: 'kapanlagi-1, kapanlagi-2',
  body: ['#v6-revb-detailnews', '.entertainment-detail-news', '.body-paragraph'],
  clutter: [
    '.lewatkan', // inline "Jangan Lewatkan" block
    '.pg-populer',
    '.detail-video',
    '.pg-caption',
    'style',
    'script',
    'iframe',
  ],
  pageClutter: ['.terpopuler', '.box-terpopuler', '#v6-revb-related'],
  meta: {},
  transforms: ['br-to-paragraphs', 'strip-trailing-initials'],
};
