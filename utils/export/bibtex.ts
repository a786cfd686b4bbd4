// Pure: clips as BibTeX entries (@article, journal = the outlet), readable by BibTeX and biblatex.
//
// Why @article: biblatex's manual files newspaper articles under @article (with journaltitle
// = the paper), Zotero exports its "newspaperArticle" the same way, and every style knows it;
// @misc would lose the outlet. `url` + `urldate` carry the web access, as biblatex defines them.
import { findMonthKey, formatIsoDay, parseIsoDate, pickAccessed } from './dates.ts';
import { splitPersonName, type NameParts } from './names.ts';
import type { ExportItem } from './types.ts';

// Each LaTeX special written so it prints as itself. Every brace in a value is escaped, so the
// only braces left in the output are ours: balanced by construction, whatever the input.
const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default OT1 font encoding `<` and `>` print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]+/gu;

/** A field value that prints as the given text. */
export function escapeLatex(value: string): string {
  return (
    value
      .replace(CONTROL, ' ')
      .replace(/ {2,}/gu, ' ')
      .trim()
      .replace(/[\\{}&%$#_~^<>]/gu, (ch) => LATEX_ESCAPES[ch] ?? ch)
      // TeX ligatures: "--" would print a dash, `` and '' curly quotes, ?` and !` inverted marks.
      .replace(/-(?=-)/gu, '-{}')
      .replace(/([`'?!])(?=[`'])/gu, '$1{}')
  );
}

// A URL is read verbatim by biblatex and hyperref; only braces, backslashes and whitespace can
// break the field, so those are percent-encoded (the address stays the same resource).
function escapeUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/gu,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

// Inside an author list, a top-level " and " or "," would split or reorder a name: such a part
// is wrapped in braces, which BibTeX treats as one unsplittable token.
function protectNamePart(part: string): string {
  const escaped = escapeLatex(part);
  return /,|\band\b/iu.test(part) ? `{${escaped}}` : escaped;
}

function formatBibName(parts: NameParts): string {
  if (parts.literal !== undefined) return `{${escapeLatex(parts.literal)}}`;
  const family = protectNamePart(parts.family ?? '');
  return parts.given ? `${family}, ${protectNamePart(parts.given)}` : family;
}

/** The ASCII letters and digits of a string, for citation keys. */
export function foldToAscii(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]/gu, '');
}

/** familyYearWord: "budi2022polisi"; the outlet stands in when there is no author. */
export function buildCitationKey(item: ExportItem): string {
  const firstAuthor = item.authors[0];
  const parts = firstAuthor === undefined ? null : splitPersonName(firstAuthor);
  const who = parts ? (parts.family ?? parts.literal ?? '') : (item.siteName ?? '');
  const whoWord = who.split(/\s+/u).reverse().map(foldToAscii).find(Boolean) ?? 'anon';
  const year = parseIsoDate(item.published)?.year ?? 'nd';
  const titleWord = item.title.split(/\s+/u).map(foldToAscii).find(Boolean) ?? '';
  return `${whoWord}${year}${titleWord}`.toLowerCase();
}

/** Suffixes a, b, ... z, aa, ab ... for keys already taken. */
function makeSuffix(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return out;
}

/** One entry with the given key. */
export function formatBibtexEntry(item: ExportItem, key: string): string {
  const fields: [string, string][] = [];
  const add = (name: string, value: string | null | undefined, raw = false): void => {
    if (value == null || value.trim() === '') return;
    fields.push([name, raw ? value : `{${escapeLatex(value)}}`]);
  };
  // Double braces keep the title's case: styles must not lowercase Indonesian proper names.
  add('title', `{{${escapeLatex(item.title)}}}`, true);
  if (item.authors.length > 0) {
    add(
      'author',
      `{${item.authors.map((a) => formatBibName(splitPersonName(a))).join(' and ')}}`,
      true,
    );
  }
  if (item.editors.length > 0) {
    add(
      'editor',
      `{${item.editors.map((a) => formatBibName(splitPersonName(a))).join(' and ')}}`,
      true,
    );
  }
  add('journal', item.siteName);
  const issued = parseIsoDate(item.published);
  if (issued) {
    add('date', formatIsoDay(issued));
    add('year', String(issued.year));
    add('month', findMonthKey(issued), true);
  }
  const url = item.canonicalUrl ?? item.url;
  if (url) add('url', `{${escapeUrl(url)}}`, true);
  const accessed = pickAccessed(item);
  if (accessed) add('urldate', formatIsoDay(accessed));
  if (item.lang) add('language', item.lang === 'id' ? 'indonesian' : item.lang);
  if (item.lang === 'id') add('langid', 'indonesian');
  // Commas separate keywords, so a comma inside one tag becomes a space.
  const keywords = [...item.tags, ...(item.userTags ?? [])].map((t) => t.replace(/,/gu, ' '));
  if (keywords.length > 0) add('keywords', keywords.join(', '));
  add('abstract', item.description);
  add('annote', item.note);
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@article{${key},\n${body}\n}\n`;
}

/** Entries for many items, with citation keys unique within the output. */
export function formatBibtex(items: readonly ExportItem[]): string {
  const used = new Set<string>();
  const entries = items.map((item) => {
    const base = buildCitationKey(item);
    let key = base;
    for (let n = 0; used.has(key); n += 1) key = `${base}${makeSuffix(n)}`;
    used.add(key);
    return formatBibtexEntry(item, key);
  });
  return entries.join('\n');
}
