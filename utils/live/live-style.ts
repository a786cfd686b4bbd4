// Extension-side, pure string building: the one stylesheet that hides clutter on the live page.
// Undo is disabling this sheet; "restore a block" is the keep attribute its rules exclude.
import type { SiteProfile } from '../sites/types';

/** Set on text-pattern clutter found after load (the selector clutter needs no mark). */
export const HIDDEN_ATTR = 'data-jernih-hidden';
/** Set on an element the reader restored, and on the article root's matched ancestors. */
export const KEEP_ATTR = 'data-jernih-keep';
export const STYLE_ID = 'jernih-live-style';

/**
 * `:is()` takes a forgiving selector list: one invalid or unsupported selector in a profile
 * drops only itself, not the whole rule (a plain selector list would void every selector).
 */
export function buildLiveCss(profile: SiteProfile | null): string {
  const hide = `{display:none!important}`;
  const rules = [`[${HIDDEN_ATTR}]:not([${KEEP_ATTR}])${hide}`];
  const selectors = profile
    ? [...profile.clutter, ...(profile.pageClutter ?? [])].filter(isSafeSelector)
    : [];
  if (selectors.length) rules.push(`:is(${selectors.join(',')}):not([${KEEP_ATTR}])${hide}`);
  return rules.join('\n');
}

/** A selector that cannot break out of the rule it is put in (profiles are data, still). */
function isSafeSelector(selector: string): boolean {
  return selector.trim() !== '' && !/[{}]|\/\*|<\/?style/i.test(selector);
}

/** Every clutter selector of a profile, for checks against the article root's ancestors. */
export function listLiveSelectors(profile: SiteProfile | null): string[] {
  return profile ? [...profile.clutter, ...(profile.pageClutter ?? [])] : [];
}
