// Extension-side: the clip library's public surface (popup, background and the library page).
export { buildClip, cleanTags, locateHighlight, mergeClip, summarizeClip } from './clip.ts';
export type { ClipExtras } from './clip.ts';
export {
  exportClips,
  zipMarkdown,
  type BodyOf,
  type BulkFile,
  type BulkFormat,
} from './bulk-export.ts';
export { exportLibrary } from './export-library.ts';
export { buildMarkdownBody, type MarkdownBody } from './markdown-bodies.ts';
export { createLibraryDb, DB_NAME, type LibraryDb } from './db.ts';
export { LibraryError, toLibraryError } from './errors.ts';
export {
  describeImportErrors,
  importClips,
  parseClipJsonl,
  type ImportResult,
  type ParsedImport,
} from './import-clips.ts';
export { LibraryIndex } from './library-index.ts';
export { SCHEMA_VERSION } from './migrations.ts';
export { listOutlets, queryClips } from './query.ts';
export {
  countClips,
  deleteClips,
  eachClip,
  getClip,
  getClips,
  purgeTrash,
  restoreClips,
  saveClip,
  updateClip,
  wipeLibrary,
  UNDO_WINDOW_MS,
  type ClipEdit,
  type SaveResult,
} from './store.ts';
export type { Clip, ClipQuery, ClipSummary, Highlight } from './types.ts';
