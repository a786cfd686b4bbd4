// Pure: one or more clips as a standalone HTML file that runs nothing and loads only images.
import { findZoneName } from './dates.ts';
import { escapeHtml, isLinkableUrl } from './escape-html.ts';
import type { ExportItem } from './types.ts';

// No script can run even if one slipped into the (already sanitized) body: default-src 'none'
// covers scripts, frames, fonts and fetches; images may load, styles only from this file.
const CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";

const STYLE = `body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 Georgia,serif;color:#1a1a1a;background:#fff}
header{border-bottom:1px solid #ddd;margin-bottom:1.5rem}
.meta{font:0.9rem/1.4 system-ui,sans-serif;color:#555}
img{max-width:100%;height:auto}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #ccc}
mark{background:#fff3a0}
article+article{border-top:2px solid #999;margin-top:3rem}`;

const LABELS = {
  id: { by: 'Oleh', editor: 'Editor', quotes: 'Kutipan', highlights: 'Sorotan', note: 'Catatan' },
  en: { by: 'By', editor: 'Editor', quotes: 'Quotes', highlights: 'Highlights', note: 'Note' },
};

function pickLabels(lang: string | null): (typeof LABELS)['en'] {
  return lang?.toLowerCase().startsWith('id') ? LABELS.id : LABELS.en;
}

function formatLink(url: string | null | undefined, text: string): string {
  if (!isLinkableUrl(url)) return escapeHtml(text);
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}

function formatMetaLine(item: ExportItem): string {
  const labels = pickLabels(item.lang);
  const bits: string[] = [];
  if (item.siteName) bits.push(escapeHtml(item.siteName));
  if (item.authors.length > 0) bits.push(`${labels.by} ${escapeHtml(item.authors.join(', '))}`);
  if (item.editors.length > 0)
    bits.push(`${labels.editor}: ${escapeHtml(item.editors.join(', '))}`);
  if (item.published) {
    const zone = findZoneName(item.published);
    const shown = zone ? `${item.published} (${zone})` : item.published;
    bits.push(`<time datetime="${escapeHtml(item.published)}">${escapeHtml(shown)}</time>`);
  }
  const source = item.canonicalUrl ?? item.url;
  if (source) bits.push(formatLink(source, source));
  return bits.join(' · ');
}

function formatExtras(item: ExportItem): string {
  const labels = pickLabels(item.lang);
  const out: string[] = [];
  if (item.quotes.length > 0) {
    out.push(`<section><h2>${labels.quotes}</h2>`);
    for (const quote of item.quotes) {
      const who = quote.speaker
        ? [quote.speaker.name, quote.speaker.role, quote.speaker.org].filter(Boolean).join(', ')
        : '';
      const cite = who ? `<p>— ${escapeHtml(who)}</p>` : '';
      out.push(`<blockquote><p>${escapeHtml(quote.text)}</p>${cite}</blockquote>`);
    }
    out.push('</section>');
  }
  const highlights = item.highlights ?? [];
  if (highlights.length > 0) {
    out.push(`<section><h2>${labels.highlights}</h2>`);
    for (const highlight of highlights) {
      const comment = highlight.comment ? `<p>${escapeHtml(highlight.comment)}</p>` : '';
      out.push(`<blockquote><mark>${escapeHtml(highlight.text)}</mark>${comment}</blockquote>`);
    }
    out.push('</section>');
  }
  if (item.note?.trim()) {
    const paragraphs = item.note
      .trim()
      .split(/\r?\n\s*\r?\n/u)
      .map((p) => `<p>${escapeHtml(p)}</p>`);
    out.push(`<section><h2>${labels.note}</h2>${paragraphs.join('')}</section>`);
  }
  return out.join('\n');
}

/** One `<article>` element: escaped header, the sanitized body as given, the reader's extras. */
export function formatHtmlArticle(item: ExportItem): string {
  const lang = item.lang ? ` lang="${escapeHtml(item.lang)}"` : '';
  return [
    `<article${lang}>`,
    `<header><h1>${escapeHtml(item.title)}</h1><p class="meta">${formatMetaLine(item)}</p></header>`,
    // The body was sanitized by utils/sanitize when it was extracted; the CSP is the second wall.
    item.html,
    formatExtras(item),
    '</article>',
  ].join('\n');
}

/** A complete HTML document for one item, or for many (one <article> each). */
export function formatHtml(items: ExportItem | readonly ExportItem[]): string {
  const list: readonly ExportItem[] = Array.isArray(items) ? items : [items as ExportItem];
  const first = list[0];
  const title = list.length === 1 && first ? first.title : `Jernih (${list.length})`;
  const lang = first?.lang ?? 'id';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title.replace(/\s+/gu, ' ').trim())}</title>
<style>${STYLE}</style>
</head>
<body>
${list.map(formatHtmlArticle).join('\n')}
</body>
</html>
`;
}
