// Pure: parses credit lines ("Penulis: X", "Pewarta: A dan B", "Red: X", "By X") into author and
// editor names, and rejects credits that are not people (wire codes, desks, outlet names).
import {
  AUTHOR_LABELS,
  EDITOR_LABELS,
  NAME_LIST_SEPARATOR,
  NAME_SUFFIX_WORDS,
  NON_NAME_WORDS,
  OTHER_LABELS,
  PHOTO_LABELS,
} from '../lang/bylines';

export interface Credits {
  authors: string[];
  editors: string[];
  /** Photographers: the writer credit of photo stories that credit nobody else. */
  photographers: string[];
}

type Role = 'author' | 'editor' | 'photo' | 'other';

// Credit lines are short; the cap bounds the regexes.
const MAX_CREDIT_TEXT = 400;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LABEL_ROLE = new Map<string, Role>([
  ...AUTHOR_LABELS.map((l): [string, Role] => [l, 'author']),
  ...PHOTO_LABELS.map((l): [string, Role] => [l, 'photo']),
  ...EDITOR_LABELS.map((l): [string, Role] => [l, 'editor']),
  ...OTHER_LABELS.map((l): [string, Role] => [l, 'other']),
]);
const ALL_LABELS = [...LABEL_ROLE.keys()].sort((a, b) => b.length - a.length).map(escape);
// "By"/"Oleh"/"Laporan Wartawan" credit without a colon; every other label needs one, or the
// word "Penulis" in a headline ("Penulis Australia ...") would count as a credit.
const NO_COLON_LABELS = new Set(['by', 'oleh', 'laporan wartawan', 'laporan reporter']);
const LABEL_RE = new RegExp(String.raw`(?:^|[\s|(/,;])(${ALL_LABELS.join('|')})\s*(:)?\s*`, 'gi');
const NON_NAME = new Set(NON_NAME_WORDS);
const SUFFIX_WORDS = new Set(NAME_SUFFIX_WORDS);

/** The role a bare label text stands for ("Penulis", "Editor :"), or null when it is not a label. */
export function roleOfLabel(text: string): Role | null {
  const t = text.trim().replace(/\s*:$/, '').toLowerCase();
  return LABEL_ROLE.get(t) ?? null;
}

/**
 * Cleans one credited name: drops "Kontributor Lhokseumawe," and outlet prefixes, " - detikNews"
 * suffixes, trailing role words, dates and parentheses.
 */
export function cleanName(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^kontributor\s+[^,]{1,40},\s*/i, '');
  // "Laporan Wartawan Tribunnews.com, X": the outlet comes before the last comma.
  s = s.replace(/^[\w.-]*\.(?:com|co\.id|id|net)\b[^,]{0,30},\s*/i, '');
  s = s.replace(/\s+[-\u2013\u2014|]\s+.*$/, '');
  s = s.replace(/\s*\(.*$/, '');
  s = s.replace(/\s+(?:on|pada)\s+\d.*$/i, '');
  s = s.replace(/\s+\d.*$/, '');
  const words = s.split(' ');
  while (words.length > 1 && SUFFIX_WORDS.has((words[words.length - 1] ?? '').toLowerCase()))
    words.pop();
  return words.join(' ').replace(/^[\s:,.;-]+|[\s:,;-]+$/g, '');
}

/** Whether a cleaned credit reads as a person's name (not "prwir", "C31", "Tim detikBali"). */
export function isPersonName(name: string, brandWords: readonly string[] = []): boolean {
  if (name.length < 3 || name.length > 60) return false;
  const words = name.split(' ');
  if (words.length > 5) return false;
  if (!/^[\p{L}.'’ -]+$/u.test(name)) return false;
  // "Tribunnews.com", "detik.com": a domain, not a person.
  if (/\.\p{Ll}{2,}/u.test(name)) return false;
  // Every word is capitalised; lower-case credits are wire codes or initials ("prwir", "bgs").
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
  // A single all-caps word is an initialism ("ANT", "MEA"), not a name.
  if (words.length === 1 && (name === name.toUpperCase() || name.length < 4)) return false;
  if (!words.some((w) => w.replace(/[.'’-]/g, '').length >= 3)) return false;
  // "Dok.Saleh Husin": check the parts of dotted words too.
  for (const part of name.toLowerCase().split(/[\s.]+/)) {
    const lw = part.replace(/['’]/g, '');
    if (!lw) continue;
    if (NON_NAME.has(lw)) return false;
    if (brandWords.some((b) => lw.includes(b))) return false;
  }
  return true;
}

/** Splits "A dan B", "A, B & C", "A/B" into cleaned person names. */
export function splitNames(text: string, brandWords: readonly string[] = []): string[] {
  const pre = text.replace(/^\s*kontributor\s+[^,]{1,40},\s*/i, '');
  const out: string[] = [];
  for (const part of pre.split(NAME_LIST_SEPARATOR)) {
    const name = cleanName(part);
    if (isPersonName(name, brandWords) && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * Parses a credit text. Labelled segments go to their role; text before any label (a bare
 * ".author" element: "Fino Yurio Kristo - detikinet") counts as authors when `bareIsAuthor`.
 */
export function parseCredits(
  text: string,
  brandWords: readonly string[] = [],
  bareIsAuthor = false,
): Credits {
  const t = text.replace(/\s+/g, ' ').trim().slice(0, MAX_CREDIT_TEXT);
  const credits: Credits = { authors: [], editors: [], photographers: [] };
  const marks: { role: Role; start: number; end: number }[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(t); m; m = LABEL_RE.exec(t)) {
    const label = (m[1] ?? '').toLowerCase();
    const hasColon = m[2] === ':';
    if (!hasColon && !NO_COLON_LABELS.has(label)) continue;
    const role = LABEL_ROLE.get(label);
    if (!role) continue;
    marks.push({ role, start: m.index, end: m.index + m[0].length });
  }
  const add = (role: Role, segment: string): void => {
    if (role === 'other') return;
    const names = splitNames(segment, brandWords);
    const list =
      role === 'author'
        ? credits.authors
        : role === 'editor'
          ? credits.editors
          : credits.photographers;
    for (const n of names) if (!list.includes(n)) list.push(n);
  };
  if (bareIsAuthor) add('author', t.slice(0, marks[0]?.start ?? t.length));
  marks.forEach((mark, i) => add(mark.role, t.slice(mark.end, marks[i + 1]?.start ?? t.length)));
  return credits;
}

/** Merges credits, keeping first-seen order and dropping duplicates. */
export function mergeCredits(into: Credits, from: Credits): void {
  for (const key of ['authors', 'editors', 'photographers'] as const) {
    for (const n of from[key]) if (!into[key].includes(n)) into[key].push(n);
  }
}
