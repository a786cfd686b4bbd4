// Node-only test helpers: ExportItems built from the corpus gold, plus poisoned strings.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportItem } from '../../../utils/export/types.ts';

const GOLD_DIR = path.resolve(process.cwd(), 'tests/fixtures/corpus/gold');
export const PAGES_DIR = path.resolve(process.cwd(), 'tests/fixtures/corpus/pages');

interface GoldQuote {
  startsWith: string;
  speaker: string | null;
  role?: string;
}

export interface Gold {
  id: string;
  url: string;
  outlet: string;
  title: string;
  authors: string[];
  published: string | null;
  mustContain: string[];
  quotes?: GoldQuote[];
}

export function readGold(): Gold[] {
  return readdirSync(GOLD_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(GOLD_DIR, name), 'utf8')) as Gold);
}

function escapeForHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An item with the gold's metadata; body and quotes from the gold's must-contain snippets. */
export function buildItemFromGold(gold: Gold, extra: Partial<ExportItem> = {}): ExportItem {
  const text = gold.mustContain.join('\n\n');
  let offset = 0;
  const quotes = (gold.quotes ?? []).map((quote) => {
    const start = offset;
    offset += quote.startsWith.length;
    return {
      text: quote.startsWith,
      start,
      end: offset,
      speaker: quote.speaker ? { name: quote.speaker, role: quote.role } : null,
    };
  });
  return {
    schemaVersion: 1,
    url: gold.url,
    canonicalUrl: gold.url,
    title: gold.title,
    siteName: gold.outlet,
    authors: gold.authors,
    editors: [],
    published: gold.published,
    lang: 'id',
    section: null,
    tags: [],
    image: null,
    description: null,
    text,
    html: gold.mustContain.map((p) => `<p>${escapeForHtml(p)}</p>`).join('\n'),
    wordCount: text.split(/\s+/).length,
    pages: 1,
    pagination: { total: 1, urls: [], singlePageUrl: null },
    quotes,
    participants: [],
    summary: [],
    removed: [],
    profile: gold.outlet,
    id: gold.id,
    clippedAt: '2025-01-15T03:04:05.000Z',
    accessed: '2025-01-15',
    userTags: ['korpus', gold.outlet],
    note: `Catatan untuk ${gold.id}`,
    highlights: gold.mustContain[0] ? [{ text: gold.mustContain[0], comment: 'penting' }] : [],
    extractorVersion: '0.1.0',
    ...extra,
  };
}

/** Strings that break naive emitters of YAML, BibTeX, RIS, CSV or HTML. */
export const POISON: readonly string[] = [
  'Kata "Jokowi": {tidak} ada',
  'Judul: dengan titik dua',
  'a}b{c',
  '}{',
  '{{{ unbalanced',
  'unbalanced }}}',
  'back\\slash \\textbf{x} \\',
  '@article{evil, title={x}}',
  '100% & $5 # a_b ~ ^ naik',
  'line1\nline2',
  'crlf\r\nnext',
  '---\ntitle: hacked\n---',
  '---',
  'yes',
  'null',
  'No',
  '~',
  '1e3',
  '0x1F',
  '2015-11-05',
  '  leading spaces',
  'trailing  ',
  '- dash start',
  '# hash',
  '@at',
  '`tick',
  '|pipe',
  '>gt',
  '&anchor',
  '*alias',
  '!tag',
  '%percent',
  '? question',
  "'single' quotes",
  'emoji 😀🇮🇩 Selamat',
  'Ñuñez Pétain “curly” — dash',
  'tab\there',
  'ls\u2028ps\u2029nel\u0085',
  'bom\ufeff',
  '=1+1',
  '+cmd',
  '-2',
  '@SUM(A1)',
  '<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  'javascript:alert(1)',
  "'><img src=x onerror=alert(1)>",
  'a -- b --- c',
  "``quoted''",
  'Budi and Ani',
  'and',
];

/** Poisoned person names (bylines are page content too). */
export const POISON_NAMES: readonly string[] = [
  'Budi and Ani',
  'Budi, Ani',
  'O}Brien {Hack',
  'Siti\nNurhaliza',
  'Ahmad bin Abdullah',
  'Agus S',
  'Monalisa',
  '@evil',
  'Sri 😀 Mulyani',
  'Tim Redaksi',
];

/** What a line-oriented format should show for a value: breaks and runs of space folded. */
export function foldWhitespace(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}
