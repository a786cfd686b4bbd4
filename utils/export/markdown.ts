// Pure: one Article or clip as Markdown with YAML front matter (turndown parses HTML strings
// itself: DOMParser in the browser, its bundled parser in Node).
import TurndownService from 'turndown';
import { findZoneName } from './dates.ts';
import type { ExportItem } from './types.ts';
import { formatFrontMatter, type YamlValue } from './yaml.ts';

interface SectionLabels {
  quotes: string;
  summary: string;
  highlights: string;
  note: string;
  comment: string;
}

// Section headings follow the article's language, so an Indonesian clip reads Indonesian.
const LABELS_BY_LANG: Record<string, SectionLabels> = {
  id: {
    quotes: 'Kutipan',
    summary: 'Ringkasan',
    highlights: 'Sorotan',
    note: 'Catatan',
    comment: 'Komentar',
  },
  en: {
    quotes: 'Quotes',
    summary: 'Summary',
    highlights: 'Highlights',
    note: 'Note',
    comment: 'Comment',
  },
};

let service: TurndownService | null = null;

function getTurndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
  });
  // The body is sanitized upstream; these never carry article text, so drop them outright.
  service.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed']);
  // Turndown escapes Markdown syntax but not `<`: body text such as "&lt;img onerror=...&gt;"
  // would come out as a raw tag that Markdown renderers pass through as HTML (issue 7).
  const escapeSyntax = service.escape.bind(service);
  service.escape = (text: string): string => escapeSyntax(text).replace(/</gu, '\\<');
  return service;
}

/** The article body as Markdown: from `html`, or from `text` when there is no HTML. */
export function convertBodyToMarkdown(item: Pick<ExportItem, 'html' | 'text'>): string {
  if (item.html.trim() !== '') return getTurndown().turndown(item.html).trim();
  return item.text
    .split(/\n{2,}/u)
    .map((paragraph) => escapeMarkdownText(paragraph.trim()))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** Escapes plain text so no line of it turns into Markdown syntax. */
export function escapeMarkdownText(text: string): string {
  const turndown = getTurndown();
  return text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => turndown.escape(line))
    .join('\n');
}

function formatBlockquote(text: string): string {
  return escapeMarkdownText(text.trim())
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function pickLabels(lang: string | null): SectionLabels {
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return LABELS_BY_LANG[base] ?? LABELS_BY_LANG.en ?? (LABELS_BY_LANG.id as SectionLabels);
}

/** The front matter fields, in a fixed order, undefined where the item has nothing. */
export function buildFrontMatterEntries(item: ExportItem): [string, YamlValue | undefined][] {
  const nonEmpty = (list: readonly string[] | undefined): readonly string[] | undefined =>
    list && list.length > 0 ? list : undefined;
  return [
    ['title', item.title],
    ['url', item.url],
    ['canonical_url', item.canonicalUrl ?? undefined],
    ['outlet', item.siteName ?? undefined],
    ['authors', nonEmpty(item.authors)],
    ['editors', nonEmpty(item.editors)],
    ['published', item.published ?? undefined],
    ['published_zone', findZoneName(item.published) ?? undefined],
    ['section', item.section ?? undefined],
    ['tags', nonEmpty(item.tags)],
    ['user_tags', nonEmpty(item.userTags)],
    ['lang', item.lang ?? undefined],
    ['description', item.description ?? undefined],
    ['image', item.image ?? undefined],
    ['accessed', item.accessed],
    ['clipped', item.clippedAt],
    ['clip_id', item.id],
    ['profile', item.profile ?? undefined],
    ['extractor_version', item.extractorVersion],
    ['pages', item.pages],
    ['word_count', item.wordCount],
  ];
}

function formatQuotes(item: ExportItem): string[] {
  return item.quotes.map((quote) => {
    const who = quote.speaker
      ? [quote.speaker.name, quote.speaker.role, quote.speaker.org].filter(Boolean).join(', ')
      : '';
    const lines = [formatBlockquote(quote.text)];
    if (who !== '') lines.push('>', `> — ${escapeMarkdownText(who.replace(/\s+/gu, ' '))}`);
    return lines.join('\n');
  });
}

function formatHighlights(item: ExportItem, labels: SectionLabels): string[] {
  return (item.highlights ?? []).map((highlight) => {
    const lines = [formatBlockquote(highlight.text)];
    const comment = highlight.comment?.trim();
    if (comment) lines.push('', `${labels.comment}: ${escapeMarkdownText(comment)}`);
    return lines.join('\n');
  });
}

/** A complete Markdown document for one item. */
export function formatMarkdown(item: ExportItem): string {
  return assembleMarkdown(item, convertBodyToMarkdown(item));
}

/**
 * The document around a body already converted by `convertBodyToMarkdown(item)`: the library
 * keeps each clip's body, so a bulk export does not run turndown once per clip.
 */
export function assembleMarkdown(item: ExportItem, body: string): string {
  const labels = pickLabels(item.lang);
  const parts = [formatFrontMatter(buildFrontMatterEntries(item)).trimEnd()];
  parts.push(`# ${escapeMarkdownText(item.title.replace(/\s+/gu, ' ').trim())}`);
  if (body !== '') parts.push(body);
  const quotes = formatQuotes(item);
  if (quotes.length > 0) parts.push(`## ${labels.quotes}`, quotes.join('\n\n'));
  if (item.summary.length > 0) {
    const bullets = item.summary.map(
      (span) => `- ${escapeMarkdownText(span.text.replace(/\s+/gu, ' ').trim())}`,
    );
    parts.push(`## ${labels.summary}`, bullets.join('\n'));
  }
  const highlights = formatHighlights(item, labels);
  if (highlights.length > 0) parts.push(`## ${labels.highlights}`, highlights.join('\n\n'));
  // The note is the reader's own writing, likely Markdown already: kept as written.
  const note = item.note?.trim();
  if (note) parts.push(`## ${labels.note}`, note.replace(/\r\n?/gu, '\n'));
  return `${parts.join('\n\n')}\n`;
}
