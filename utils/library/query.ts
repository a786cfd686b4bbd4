// Pure: the library list's search and filters over in-memory summaries, newest clip first.
import type { SearchIndex } from './search-index.ts';
import type { ClipQuery, ClipSummary } from './types.ts';

/** Milliseconds at the start of a "YYYY-MM-DD" day in WIB, Indonesian news' own clock. */
function dayStart(day: string): number | null {
  const ms = Date.parse(`${day}T00:00:00+07:00`);
  return Number.isFinite(ms) ? ms : null;
}

export function queryClips(
  summaries: ReadonlyMap<string, ClipSummary>,
  index: SearchIndex,
  query: ClipQuery,
): ClipSummary[] {
  const matches = query.text ? index.search(query.text) : null;
  const from = query.from ? dayStart(query.from) : null;
  const toStart = query.to ? dayStart(query.to) : null;
  const to = toStart === null ? null : toStart + 24 * 60 * 60 * 1000;
  const pool = matches
    ? [...matches].map((id) => summaries.get(id)).filter((s): s is ClipSummary => !!s)
    : [...summaries.values()];
  const out = pool.filter((s) => {
    if (query.outlet !== undefined && (s.siteName ?? '') !== query.outlet) return false;
    if (from !== null || to !== null) {
      // A clip without a date cannot be inside a date range.
      if (s.publishedMs === null) return false;
      if (from !== null && s.publishedMs < from) return false;
      if (to !== null && s.publishedMs >= to) return false;
    }
    return true;
  });
  // ISO strings of one form sort as their times.
  return out.sort((a, b) => (a.clippedAt < b.clippedAt ? 1 : a.clippedAt > b.clippedAt ? -1 : 0));
}

/** Outlets present in the library with their clip counts, for the filter menu. */
export function listOutlets(summaries: ReadonlyMap<string, ClipSummary>): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of summaries.values()) {
    const key = s.siteName ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
