// Extension pages: which tab the reading view reads, and whether the browser lets us read it.

/** Pages no extension may script: browser pages, extension pages, the extension stores. */
const RESTRICTED_URLS: readonly RegExp[] = [
  /^(chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-search|chrome-untrusted):/i,
  /^(chrome|moz|ms-browser|safari-web)-extension:/i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/chromewebstore\.google\.com/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org/i,
  /^https:\/\/accounts-static\.cdn\.mozilla\.net/i,
  /^(data|blob|javascript|file):/i,
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false; // unknown (no activeTab grant yet): let the message try
  return RESTRICTED_URLS.some((re) => re.test(url));
}

/** The `?tabId=` override (reader tab, tests) as a number, or null. */
export function readTabIdParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (!raw || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** A thrown messaging error as the one-line reason the view shows. */
export function describeMessagingError(err: unknown): 'no-script' | string {
  const text = err instanceof Error ? err.message : String(err);
  if (
    /Receiving end does not exist|Could not establish connection|No matching message handler/i.test(
      text,
    )
  ) {
    return 'no-script';
  }
  return text;
}

/**
 * Why the browser refused to run our script in the tab: 'restricted' for what the page is
 * (Chrome: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted"),
 * 'no-access' for a missing grant (Chrome: "Cannot access contents of the page", Firefox:
 * "Missing host permission for the tab", e.g. the side panel without an activeTab click), or
 * null for anything else.
 */
export function classifyRefusal(err: unknown): 'restricted' | 'no-access' | null {
  const text = err instanceof Error ? err.message : String(err);
  if (/cannot access a [\w-]+:\/\/ url|cannot be scripted|extensions gallery/i.test(text)) {
    return 'restricted';
  }
  if (/cannot access contents of|missing host permission/i.test(text)) return 'no-access';
  return null;
}
