// Extension-only (background or popup): runs the live declutter on demand on a page without a
// profile, through activeTab + scripting (no broad host permission is ever asked for).
import { browser } from 'wxt/browser';
import type { DeclutterStatus, Request } from '../messaging';

/** The built content script; the same file the manifest lists for the profile domains. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

async function ask(tabId: number, request: Request): Promise<DeclutterStatus | null> {
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as DeclutterStatus;
  } catch {
    return null; // no content script in that tab (yet)
  }
}

/** Makes sure the content script runs in the tab; returns its status. */
export async function ensureLiveScript(tabId: number): Promise<DeclutterStatus | null> {
  const status = await ask(tabId, { type: 'get-status' });
  if (status) return status;
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  return ask(tabId, { type: 'get-status' });
}

/** The keyboard command: declutter the tab, or undo when it is already decluttered. */
export async function toggleLiveDeclutter(tabId: number): Promise<DeclutterStatus | null> {
  const before = await ask(tabId, { type: 'get-status' });
  if (!before) return ensureLiveScript(tabId);
  return ask(tabId, { type: 'set-declutter', enabled: !before.enabled });
}
