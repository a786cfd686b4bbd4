// Pure data: the list of every site profile. Add one import and one entry per outlet.
import type { SiteProfile } from '../types';
import { PROFILE as ANTARANEWS } from './antaranews.com';
import { PROFILE as DETIK } from './detik.com';
import { PROFILE as KAPANLAGI } from './kapanlagi.com';
import { PROFILE as KOMPAS } from './kompas.com';
import { PROFILE as LIPUTAN6 } from './liputan6.com';
import { PROFILE as MEDIAINDONESIA } from './mediaindonesia.com';
import { PROFILE as OKEZONE } from './okezone.com';
import { PROFILE as REPUBLIKA } from './republika.co.id';
import { PROFILE as SUARA } from './suara.com';
import { PROFILE as TRIBUNNEWS } from './tribunnews.com';
import { PROFILE as VIVA } from './viva.co.id';

export const PROFILES: readonly SiteProfile[] = [
  ANTARANEWS,
  DETIK,
  KAPANLAGI,
  KOMPAS,
  LIPUTAN6,
  MEDIAINDONESIA,
  OKEZONE,
  REPUBLIKA,
  SUARA,
  TRIBUNNEWS,
  VIVA,
];
