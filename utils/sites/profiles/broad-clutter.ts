// Pure data: broad clutter selectors for the outlets whose markup could not be checked against a
// saved page. Inside an article body these are almost always clutter on Indonesian news
// templates (inline "Baca juga" boxes, related lists, Google ad slots, embeds); checked profiles
// name their outlet's own selectors instead.
export const BROAD_CLUTTER: readonly string[] = [
  '[class*="baca-juga"]',
  '[class*="bacajuga"]',
  '[class*="related"]',
  '[class*="terkait"]',
  '[id^="div-gpt-ad"]',
  '.adsbygoogle',
  'iframe',
  'script',
  'style',
];
