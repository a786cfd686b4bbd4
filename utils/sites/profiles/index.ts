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
// Unchecked profiles (no saved page; markup from public sources): the 15 most-read others.
import { PROFILE as BERITASATU } from './beritasatu.com';
import { PROFILE as BISNIS } from './bisnis.com';
import { PROFILE as CNBCINDONESIA } from './cnbcindonesia.com';
import { PROFILE as CNNINDONESIA } from './cnnindonesia.com';
import { PROFILE as IDNTIMES } from './idntimes.com';
import { PROFILE as INEWS } from './inews.id';
import { PROFILE as JAWAPOS } from './jawapos.com';
import { PROFILE as JPNN } from './jpnn.com';
import { PROFILE as KATADATA } from './katadata.co.id';
import { PROFILE as KONTAN } from './kontan.co.id';
import { PROFILE as KUMPARAN } from './kumparan.com';
import { PROFILE as MERDEKA } from './merdeka.com';
import { PROFILE as SINDONEWS } from './sindonews.com';
import { PROFILE as TEMPO } from './tempo.co';
import { PROFILE as TIRTO } from './tirto.id';

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
  BERITASATU,
  BISNIS,
  CNBCINDONESIA,
  CNNINDONESIA,
  IDNTIMES,
  INEWS,
  JAWAPOS,
  JPNN,
  KATADATA,
  KONTAN,
  KUMPARAN,
  MERDEKA,
  SINDONEWS,
  TEMPO,
  TIRTO,
];
