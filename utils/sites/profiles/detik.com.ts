// Pure data: detik.com (news, sport, inet, travel, finance, hot ...). Checked against corpus
// pages detik-1..8 (templates of 2015, 2016 and 2022).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'detik.com',
  domains: ['detik.com'],
  checked: 'detik-1, detik-2, detik-3, detik-4, detik-5, detik-6, detik-7, detik-8',
  body: [
    'div.detail__body-text', // 2022 template
    '#detikdetailtext', // 2022 travel/inet template
    'div.detail_text', // 2015 news template, 2021 Detik Insider
    'div.text_detail', // 2015 inet template
    { all: 'div.text_gal, div.gal_rating span.text' }, // 2016 readfoto: intro + photo caption
    'div.itp_bodycontent',
  ],
  clutter: [
    '.parallaxindetail', // "ADVERTISEMENT / SCROLL TO RESUME CONTENT" (2022)
    '.detail__body-tag', // tag list inside the body container (2022)
    '.detail__body-tag + *',
    '.nav', // "Halaman 1 2" inside body
    'table.linksisip', // "Baca juga:" tables (2015-2022)
    '.lihatjg', // "Lihat juga" boxes
    '.sisip_video_ds', // embedded 20detik video
    '.pic_artikel_sisip', // photo captions inside the body (2021)
    '.pic_artikel', // lead photo caption inside the body (2015)
    '.detail__body-text > .embed',
    '.staticdetail_container',
    '.ads-slot',
    'style',
    'script',
    'iframe',
  ],
  pageClutter: [
    '.box__terpopuler',
    '.list-content__box-terpopuler',
    '.sticky-terpopuler',
    '#berita-terkait',
    '.detail__terkait',
    '.box_terpopuler',
    '.widget-terpopuler',
  ],
  meta: {
    title: ['h1.detail__title'],
    byline: ['.detail__author', 'div.author'], // "Mulia Budi - detikNews", "<strong>Fino Yurio Kristo</strong> - detikinet"
    date: ['.detail__date', 'div.date'], // detik-6/7 meta "pubdate" is local time marked "Z"
    siteName: 'detikcom',
  },
  multiPage: {
    pager: ['.detail__anchor-numb', '.nav .nav__item a'],
    singlePageParam: { name: 'single', value: '1' },
  },
  transforms: ['br-to-paragraphs', 'strip-trailing-initials'],
};
