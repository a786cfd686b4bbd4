// Pure data: kapanlagi.com. Checked against corpus pages kapanlagi-1 (2015), kapanlagi-2 (2016).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'kapanlagi.com',
  domains: ['kapanlagi.com'],
  checked: 'kapanlagi-1, kapanlagi-2',
  body: ['#v6-revb-detailnews', '.entertainment-detail-news', '.body-paragraph'],
  clutter: [
    '.lewatkan', // inline "Jangan Lewatkan" block
    '.lifestyle-in-content', // "Simak Lifestyle Populer Lainnya" strip inside the body (2016)
    '.pg-populer',
    '.detail-video',
    '.pg-caption',
    'style',
    'script',
    'iframe',
  ],
  pageClutter: ['.terpopuler', '.box-terpopuler', '#v6-revb-related'],
  meta: {
    date: ['.newsdetail-schedule-new'], // kapanlagi-1, -2: "Kamis, 05 November 2015 11:52"
    siteName: 'KapanLagi.com',
  },
  transforms: ['br-to-paragraphs', 'strip-trailing-initials'],
};
