// Extension-only (background): clips the article in a tab (context menu "Clip article" / "Clip
// selection", keyboard command) into the library, and tells open library pages.
import { browser } from 'wxt/browser';
import type { ArticleResponse, LibraryChanged, Request } from '../messaging';
import { ensureLiveScript } from '../live/inject';
import { buildClip } from './clip';
import { createLibraryDb, type LibraryDb } from './db';
import { toLibraryError } from './errors';
import { saveClip, type SaveResult } from './store';

export const CLIP_MENU_ARTICLE = 'jernih-clip-article';
export const CLIP_MENU_SELECTION = 'jernih-clip-selection';
export const CLIP_COMMAND = 'clip-article';

let db: LibraryDb | null = null;

/** Extracts the tab's article through its content script and saves it; a selection becomes a
 * highlight of the clip. Throws an Error with a message for the reader. */
export async function clipTab(tabId: number, selection?: string): Promise<SaveResult> {
  await ensureLiveScript(tabId);
  const request: Request = { type: 'get-article' };
  const response = (await browser.tabs.sendMessage(tabId, request)) as ArticleResponse | undefined;
  if (!response) throw new Error('This page did not answer (no Jernih content script).');
  if (!response.ok) throw new Error(response.message);
  const clip = buildClip(response.article, {
    extractorVersion: browser.runtime.getManifest().version,
    highlights: selection?.trim() ? [{ text: selection }] : [],
  });
  db ??= createLibraryDb();
  try {
    const saved = await saveClip(db, clip);
    const note: LibraryChanged = { type: 'library-changed', id: saved.clip.id };
    // No library page open is the usual case, not an error.
    await browser.runtime.sendMessage(note).catch(() => undefined);
    return saved;
  } catch (err) {
    throw toLibraryError(err);
  }
}

/** Shows the outcome on the toolbar icon for a few seconds (no notification permission). */
export async function showClipOutcome(tabId: number, error: unknown): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const text = error ? '!' : '✓';
  const title = error
    ? `Jernih: ${error instanceof Error ? error.message : String(error)}`
    : 'Jernih: clipped to the library';
  await action.setBadgeText({ tabId, text });
  await action.setTitle({ tabId, title });
  setTimeout(() => {
    void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    void action.setTitle({ tabId, title: 'Jernih' }).catch(() => undefined);
  }, 4000);
}

/** The two page menu entries; created once at install (menus persist across restarts). */
export async function createClipMenus(): Promise<void> {
  // Firefox knows `contextMenus` as an alias of `menus`.
  const menus = browser.contextMenus;
  if (!menus) return;
  await menus.removeAll();
  menus.create({ id: CLIP_MENU_ARTICLE, title: 'Clip article to Jernih', contexts: ['page'] });
  menus.create({
    id: CLIP_MENU_SELECTION,
    title: 'Clip selection to Jernih (as a highlight)',
    contexts: ['selection'],
  });
}
