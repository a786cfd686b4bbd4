// Extension-only: the one typed message protocol between the popup / side panel / library
// pages, the background script and the content script. Messages carry plain data only.
import type { ExtractResult } from './extract/extract-article';
import type { Analysis, RemovedItem } from './extract/types';

export type Request =
  /**
   * Popup -> content script: extract the article of this page (joins split pages). With
   * `analysis: false` its quotes, participants and summary are left empty: the reading view
   * shows the article at once and asks the background for the analysis itself.
   */
  | { type: 'get-article'; generic?: boolean; analysis?: boolean }
  /** Popup -> content script: what the live declutter did on this page. */
  | { type: 'get-status' }
  /** Popup -> content script: turn decluttering of this page on or off (undo). */
  | { type: 'set-declutter'; enabled: boolean }
  /** Popup -> content script: show one hidden block again ("restore"). */
  | { type: 'restore-block'; index: number };

export interface DeclutterStatus {
  enabled: boolean;
  profile: string | null;
  /** Hidden blocks on the live page, in the order `restore-block` indexes them. */
  hidden: RemovedItem[];
  /** Indexes into `hidden` that the reader restored. */
  restored?: number[];
  /** Time from DOMContentLoaded to the end of the first live declutter pass, ms. */
  declutterMs?: number | null;
  /** Exceptions the content script caught on this page (none reaches the page). */
  errors?: number;
}

export type ArticleResponse =
  { ok: true; article: ExtractResult } | { ok: false; code: string; message: string };

export interface ResponseMap {
  'get-article': ArticleResponse;
  'get-status': DeclutterStatus;
  'set-declutter': DeclutterStatus;
  'restore-block': DeclutterStatus;
}

/**
 * Content script or reading view -> background: the language analysis of an extracted text. It runs there so
 * the content script that loads on every article page stays small (the name and word lists
 * are most of the analysis code).
 */
export interface AnalyzeRequest {
  type: 'analyze-text';
  text: string;
}

export function isAnalyzeRequest(value: unknown): value is AnalyzeRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as { type?: unknown; text?: unknown };
  return v.type === 'analyze-text' && typeof v.text === 'string';
}

/** What the background answers to an AnalyzeRequest. */
export function isAnalysis(value: unknown): value is Analysis {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.quotes) && Array.isArray(v.participants) && Array.isArray(v.summary);
}

export function isRequest(value: unknown): value is Request {
  if (!value || typeof value !== 'object') return false;
  const type = (value as { type?: unknown }).type;
  return (
    type === 'get-article' ||
    type === 'get-status' ||
    type === 'set-declutter' ||
    type === 'restore-block'
  );
}

/**
 * Background / popup -> library page (runtime broadcast): a clip was saved, so an open library
 * reloads its list. Carries only the id; the page reads the clip from the database itself.
 */
export interface LibraryChanged {
  type: 'library-changed';
  id: string;
}

export function isLibraryChanged(value: unknown): value is LibraryChanged {
  if (!value || typeof value !== 'object') return false;
  const v = value as { type?: unknown; id?: unknown };
  return v.type === 'library-changed' && typeof v.id === 'string';
}
