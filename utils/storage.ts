// Extension-only: the one place that declares what the extension stores (typed, versioned).
import { storage } from 'wxt/utils/storage';
import { hostOf } from './sites/registry';
import type { SiteProfile } from './sites/types';

/**
 * Sites where the reader turned live decluttering off (default is on, so only the exceptions
 * are stored). A site is the profile id ("detik.com" covers news.detik.com and sport.detik.com),
 * else the host name. v1: a sorted list of site keys.
 */
export const declutterOffSites = storage.defineItem<string[]>('local:declutterOffSites', {
  fallback: [],
  version: 1,
});

export function siteKeyOf(url: string, profile: SiteProfile | null): string | null {
  return profile?.id ?? hostOf(url);
}

export async function isDeclutterOn(site: string): Promise<boolean> {
  return !(await declutterOffSites.getValue()).includes(site);
}

export async function setDeclutterOn(site: string, on: boolean): Promise<void> {
  const off = new Set(await declutterOffSites.getValue());
  if (on) off.delete(site);
  else off.add(site);
  await declutterOffSites.setValue([...off].sort());
}
