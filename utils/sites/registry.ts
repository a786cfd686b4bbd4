// Pure: finds the profile for a page address; builds match patterns from the profiles so the
// manifest never repeats the list by hand.
import { PROFILES } from './profiles/index';
import type { SiteProfile } from './types';

/** The hostname of `url`, lower-case, or null when it is not an http(s) address. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

export function findProfile(
  url: string | null | undefined,
  profiles: readonly SiteProfile[] = PROFILES,
): SiteProfile | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const profile of profiles) {
    for (const domain of profile.domains) {
      if (host === domain || host.endsWith(`.${domain}`)) return profile;
    }
  }
  return null;
}

/**
 * The profile for a saved page that does not say its address: the outlet whose domain the
 * page's own links and images point to most (a page links to its own site far more than to
 * any other). Needs a clear majority so a page full of links to another outlet is not misread.
 */
export function findProfileByLinks(
  doc: Document,
  profiles: readonly SiteProfile[] = PROFILES,
): SiteProfile | null {
  const counts = new Map<SiteProfile, number>();
  let total = 0;
  const nodes = doc.querySelectorAll('a[href^="http"], link[href^="http"], img[src^="http"]');
  for (const el of Array.from(nodes).slice(0, 3000)) {
    const profile = findProfile(el.getAttribute('href') ?? el.getAttribute('src'), profiles);
    total++;
    if (profile) counts.set(profile, (counts.get(profile) ?? 0) + 1);
  }
  let best: SiteProfile | null = null;
  let bestCount = 0;
  for (const [profile, n] of counts) {
    if (n > bestCount) {
      best = profile;
      bestCount = n;
    }
  }
  return best && bestCount >= 10 && bestCount >= total * 0.3 ? best : null;
}

export function findProfileById(id: string): SiteProfile | null {
  return PROFILES.find((p) => p.id === id) ?? null;
}

/** Match patterns for every profile's domains: "*://*.detik.com/*" covers detik.com too. */
export function buildMatchPatterns(profiles: readonly SiteProfile[] = PROFILES): string[] {
  const out = new Set<string>();
  for (const p of profiles) for (const d of p.domains) out.add(`*://*.${d}/*`);
  return [...out].sort();
}

export { PROFILES };
