// Extension-only: the background script (MV3 service worker in Chrome, MV2 event page in
// Firefox). It wires the keyboard command to the on-demand live declutter and runs the
// language analysis for the content script (which stays small without the word lists).
import { toggleLiveDeclutter } from '@/utils/live/inject';
import { isAnalyzeRequest } from '@/utils/messaging';
import { analyzeText } from '@/utils/analyze/index';
import {
  CLIP_COMMAND,
  CLIP_MENU_ARTICLE,
  CLIP_MENU_SELECTION,
  clipTab,
  createClipMenus,
  showClipOutcome,
} from '@/utils/library/clip-tab';

export default defineBackground(() => {
  // Clipping to the library (issue 6): page menu entries, and a keyboard command.
  browser.runtime.onInstalled.addListener(() => void createClipMenus());
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === CLIP_MENU_ARTICLE) void runClip(tab.id);
    if (info.menuItemId === CLIP_MENU_SELECTION) void runClip(tab.id, info.selectionText);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CLIP_COMMAND && tab?.id !== undefined) void runClip(tab.id);
    if (command !== 'declutter-page') return;
    void runCommand(tab?.id).catch((err: unknown) => console.warn('[jernih] command failed', err));
  });
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    // Only our own content scripts and pages ask; the analysis is pure and synchronous.
    if (!isAnalyzeRequest(msg) || sender.id !== browser.runtime.id) return undefined;
    return Promise.resolve().then(() => analyzeText(msg.text));
  });
});

async function runCommand(tabId: number | undefined): Promise<void> {
  // The command grants activeTab for the focused tab; older Firefox passes no tab.
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined) await toggleLiveDeclutter(id);
}

async function runClip(tabId: number, selection?: string): Promise<void> {
  let error: unknown = null;
  try {
    await clipTab(tabId, selection);
  } catch (err) {
    error = err;
    console.warn('[jernih] clip failed', err);
  }
  await showClipOutcome(tabId, error).catch(() => undefined);
}
