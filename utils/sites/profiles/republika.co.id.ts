// Pure data: republika.co.id (and its ihram.co.id Jurnal Haji pages served on republika).
// Checked against corpus pages republika-1..4 (2015-2017).
import type { SiteProfile } from '../types';

export const PROFILE: SiteProfile = {
  id: 'republika.co.id',
  domains: ['republika.co.id'],
  checked: 'republika-1, republika-2, republika-3, republika-4',
  body: [
    'div.content-detail',
    'div.teaser.global-detail', // Jurnal Haji
    'div.teaser-pic', // "In Picture" galleries: the teaser is the visible text
    'div.artikel',
    'article',
  ],
  clutter: ['.baca-juga', '.terkait', '.by', 'style', 'script', 'iframe'],
  pageClutter: ['.terpopuler-set', '.box-terpopuler', '.terkini'],
  meta: {},
  transforms: ['br-to-paragraphs'],
};
