// Extension-side: the library as the list page sees it: summaries and the search index, loaded
// once from the database with a cursor and kept in sync by the page's own edits.
import { summarizeClip } from './clip.ts';
import type { LibraryDb } from './db.ts';
import { queryClips } from './query.ts';
import { SearchIndex } from './search-index.ts';
import { eachClip } from './store.ts';
import type { Clip, ClipQuery, ClipSummary } from './types.ts';

export class LibraryIndex {
  readonly summaries = new Map<string, ClipSummary>();
  readonly search = new SearchIndex();

  /** Reads every clip once; the full text goes into the index, only the summary is kept. */
  static async load(db: LibraryDb): Promise<LibraryIndex> {
    const index = new LibraryIndex();
    await eachClip(db, (clip) => index.put(clip));
    return index;
  }

  put(clip: Clip): void {
    this.summaries.set(clip.id, summarizeClip(clip));
    this.search.add(clip);
  }

  remove(id: string): void {
    this.summaries.delete(id);
    this.search.remove(id);
  }

  query(query: ClipQuery): ClipSummary[] {
    return queryClips(this.summaries, this.search, query);
  }
}
