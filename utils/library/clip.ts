// Pure: turns an extracted Article into a library clip (the popup's "Clip" button, the context
// menu and the keyboard command all call buildClip), and merges a re-clip of the same page.
import type { Article } from '../extract/types.ts';
import type { Highlight } from '../export/types.ts';
import type { Clip, ClipSummary } from './types.ts';

export interface ClipExtras {
  /** The extension's or CLI's version (browser.runtime.getManifest().version). */
  extractorVersion: string;
  userTags?: readonly string[];
  note?: string;
  /** Passages; ones without offsets are located in the text (first match). */
  highlights?: readonly Highlight[];
  /** The clock, passed in so the core stays pure and tests are exact. */
  now?: Date;
  id?: string;
}

/** Builds a clip: plain JSON data only (no undefined, no `trail`), so storing and exporting it
 * and importing the export gives back the same value. */
export function buildClip(article: Article, extras: ClipExtras): Clip {
  if (!article || typeof article.text !== 'string' || typeof article.title !== 'string')
    throw new TypeError('buildClip: not an extracted article (no title or text)');
  const now = (extras.now ?? new Date()).toISOString();
  // ExtractResult's debug trail and any other extra key stay out of the library.
  const rest: Article & { trail?: unknown } = { ...article };
  delete rest.trail;
  const plain = JSON.parse(JSON.stringify(rest)) as Article;
  return {
    ...plain,
    id: extras.id ?? crypto.randomUUID(),
    clippedAt: now,
    accessed: now,
    updatedAt: now,
    extractorVersion: extras.extractorVersion,
    userTags: cleanTags(extras.userTags ?? []),
    note: extras.note ?? '',
    highlights: (extras.highlights ?? []).map((h) => locateHighlight(plain.text, h)),
  };
}

/** Trims, drops empties and case-insensitive duplicates, keeps the first spelling and order. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/gu, ' ').trim();
    const key = tag.toLocaleLowerCase('id');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * Gives a highlight offsets into the clip text when it has none: an exact match first, then a
 * match that ignores runs of white space (a selection from the page has its own line breaks).
 * A passage that is not in the text keeps no offsets rather than wrong ones.
 */
export function locateHighlight(text: string, highlight: Highlight): Highlight {
  const passage = highlight.text.replace(/\s+/gu, ' ').trim();
  const out: Highlight = { text: passage };
  if (highlight.comment?.trim()) out.comment = highlight.comment.trim();
  const { start, end } = highlight;
  if (
    typeof start === 'number' &&
    typeof end === 'number' &&
    start >= 0 &&
    end <= text.length &&
    start < end
  ) {
    return { ...out, text: text.slice(start, end), start, end };
  }
  if (!passage) return out;
  const exact = text.indexOf(passage);
  if (exact >= 0) return { ...out, start: exact, end: exact + passage.length };
  const words = passage.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const loose = new RegExp(words.join('\\s+'), 'u').exec(text);
  return loose ? { ...out, start: loose.index, end: loose.index + loose[0].length } : out;
}

/** The key that says two clips are the same article: canonical address, else the address. */
export function findClipKey(clip: Pick<Clip, 'canonicalUrl' | 'url'>): string | null {
  return clip.canonicalUrl ?? clip.url ?? null;
}

/**
 * A re-clip of an article already in the library: the new extraction replaces the article, the
 * reader's work is kept (first clip time and id, tags and highlights united, notes kept).
 */
export function mergeClip(existing: Clip, fresh: Clip): Clip {
  const seen = new Set(existing.highlights.map((h) => `${h.start}:${h.end}:${h.text}`));
  const added = fresh.highlights.filter((h) => !seen.has(`${h.start}:${h.end}:${h.text}`));
  const notes = [existing.note, fresh.note].filter((n) => n.trim());
  return {
    ...fresh,
    id: existing.id,
    clippedAt: existing.clippedAt,
    userTags: cleanTags([...existing.userTags, ...fresh.userTags]),
    note: [...new Set(notes)].join('\n\n'),
    // Old offsets index the old text; when the text changed, relocate them in the new one.
    highlights:
      existing.text === fresh.text
        ? [...existing.highlights, ...added]
        : [...existing.highlights, ...added].map((h) =>
            locateHighlight(fresh.text, {
              text: h.text,
              ...(h.comment ? { comment: h.comment } : {}),
            }),
          ),
  };
}

export function summarizeClip(clip: Clip): ClipSummary {
  const ms = clip.published ? Date.parse(clip.published) : NaN;
  return {
    id: clip.id,
    title: clip.title,
    siteName: clip.siteName,
    url: clip.url,
    canonicalUrl: clip.canonicalUrl,
    authors: clip.authors,
    published: clip.published,
    publishedMs: Number.isFinite(ms) ? ms : null,
    clippedAt: clip.clippedAt,
    userTags: clip.userTags,
    wordCount: clip.wordCount,
    highlights: clip.highlights.length,
    passages: clip.highlights.map((h) =>
      h.comment ? { text: h.text, comment: h.comment } : { text: h.text },
    ),
  };
}
