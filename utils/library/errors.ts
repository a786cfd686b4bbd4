// Extension-side: one error type for the library, with a message a reader can act on, made from
// whatever IndexedDB or Dexie threw (quota, a closed database, a blocked upgrade).
import Dexie from 'dexie';

export type LibraryErrorCode = 'quota' | 'closed' | 'blocked' | 'invalid' | 'not-found' | 'unknown';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

const MESSAGES: Record<Exclude<LibraryErrorCode, 'invalid' | 'not-found'>, string> = {
  quota:
    'The library is full: the browser refused to store more (storage quota). Nothing was saved. ' +
    'Export and delete old clips, or free disk space, then try again.',
  closed:
    'The library database is closed (the browser closed it, or it was deleted or upgraded in ' +
    'another tab). Nothing was saved. Reload this page and try again.',
  blocked:
    'The library cannot open: another Jernih page holds an older version open. Close other ' +
    'Jernih tabs and reload.',
  unknown: 'The library could not complete this: ',
};

/** Names of an error and the errors it wraps (Dexie nests the DOMException as `inner`). */
function collectNames(err: unknown): string[] {
  const names: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const { name, inner } = cur as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    cur = inner;
  }
  return names;
}

/** Maps anything thrown by a library operation to a LibraryError with a clear message. */
export function toLibraryError(err: unknown): LibraryError {
  if (err instanceof LibraryError) return err;
  const names = collectNames(err);
  if (names.includes('QuotaExceededError') || names.includes(Dexie.errnames.QuotaExceeded))
    return new LibraryError('quota', MESSAGES.quota, err);
  if (names.includes(Dexie.errnames.DatabaseClosed) || names.includes('InvalidStateError'))
    return new LibraryError('closed', MESSAGES.closed, err);
  if (names.includes(Dexie.errnames.VersionChange) || names.includes(Dexie.errnames.Version))
    return new LibraryError('blocked', MESSAGES.blocked, err);
  const detail = err instanceof Error ? err.message : String(err);
  return new LibraryError('unknown', MESSAGES.unknown + detail, err);
}

/** Runs a database operation and rethrows its failure as a LibraryError. */
export async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw toLibraryError(err);
  }
}
