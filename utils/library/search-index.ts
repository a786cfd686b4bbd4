// Pure: an in-memory inverted index over the library (title, text, participants, tags, note,
// highlights), built once when the library opens and kept in sync by add/update/remove.
//
// Why in memory and not a multi-entry IndexedDB index: an article has ~300 distinct words, so a
// 10,000-clip library would hold ~3 million index keys, each written on every clip save and
// needing a range scan per prefix. In memory, a sorted vocabulary answers a prefix with a binary
// search and posting lists of small integers keep 10,000 clips in a few tens of MB.
import type { Clip } from './types.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents removed ("Pérez" finds "perez"), split into words of letters/digits. */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.match(WORD) ?? [];
}

/** Every searchable word of a clip, once each. */
export function collectClipWords(clip: Clip): Set<string> {
  const words = new Set<string>();
  const add = (s: string | null | undefined): void => {
    if (s) for (const w of tokenize(s)) words.add(w);
  };
  add(clip.title);
  add(clip.text);
  add(clip.siteName);
  add(clip.note);
  add(clip.description);
  for (const list of [clip.authors, clip.tags, clip.userTags]) for (const s of list) add(s);
  for (const p of clip.participants) {
    add(p.name);
    for (const a of p.aliases) add(a);
  }
  for (const h of clip.highlights) {
    add(h.text);
    add(h.comment);
  }
  return words;
}

export class SearchIndex {
  /** word -> doc numbers (ascending, may include dead docs until compaction). */
  private postings = new Map<string, number[]>();
  /** Sorted vocabulary for prefix lookups; rebuilt lazily after new words arrive. */
  private vocabulary: string[] = [];
  private vocabularyStale = false;
  private docIds: (string | null)[] = [];
  private docOf = new Map<string, number>();
  private dead = 0;

  get size(): number {
    return this.docOf.size;
  }

  add(clip: Clip): void {
    this.remove(clip.id);
    const doc = this.docIds.length;
    this.docIds.push(clip.id);
    this.docOf.set(clip.id, doc);
    for (const word of collectClipWords(clip)) {
      const list = this.postings.get(word);
      if (list) list.push(doc);
      else {
        this.postings.set(word, [doc]);
        this.vocabularyStale = true;
      }
    }
  }

  /** Marks the clip's doc dead; its postings are dropped at the next compaction. */
  remove(id: string): void {
    const doc = this.docOf.get(id);
    if (doc === undefined) return;
    this.docOf.delete(id);
    this.docIds[doc] = null;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.docIds.length / 3) this.compact();
  }

  /**
   * Ids of clips that contain every query word; each query word matches words it begins
   * ("polis" finds "polisi"), so results show while the reader types. An empty query is null:
   * "no text filter", distinct from "nothing matches".
   */
  search(query: string): Set<string> | null {
    const terms = [...new Set(tokenize(query))];
    if (!terms.length) return null;
    // Rarest-looking first: longer terms have fewer matches and shrink the candidates early.
    terms.sort((a, b) => b.length - a.length);
    let candidates: Uint8Array | null = null;
    for (const term of terms) {
      const hits = new Uint8Array(this.docIds.length);
      let any = false;
      for (const word of this.findWords(term)) {
        for (const doc of this.postings.get(word) ?? []) {
          if (candidates && !candidates[doc]) continue;
          hits[doc] = 1;
          any = true;
        }
      }
      if (!any) return new Set();
      candidates = hits;
    }
    const out = new Set<string>();
    if (!candidates) return out;
    for (let doc = 0; doc < candidates.length; doc++) {
      const id = candidates[doc] ? this.docIds[doc] : null;
      if (id) out.add(id);
    }
    return out;
  }

  /** Vocabulary words that start with `prefix`, by binary search in the sorted list. */
  private findWords(prefix: string): string[] {
    if (this.vocabularyStale) {
      this.vocabulary = [...this.postings.keys()].sort();
      this.vocabularyStale = false;
    }
    const vocab = this.vocabulary;
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((vocab[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < vocab.length && (vocab[i] as string).startsWith(prefix); i++)
      out.push(vocab[i] as string);
    return out;
  }

  /** Renumbers live docs and drops dead postings (after many deletes or updates). */
  private compact(): void {
    const renumber = new Int32Array(this.docIds.length).fill(-1);
    const ids: string[] = [];
    this.docIds.forEach((id, doc) => {
      if (id === null) return;
      renumber[doc] = ids.length;
      ids.push(id);
    });
    for (const [word, list] of this.postings) {
      const kept = list.map((doc) => renumber[doc] as number).filter((doc) => doc >= 0);
      if (kept.length) this.postings.set(word, kept);
      else {
        this.postings.delete(word);
        this.vocabularyStale = true;
      }
    }
    this.docIds = ids;
    this.docOf = new Map(ids.map((id, doc) => [id, doc]));
    this.dead = 0;
  }
}
