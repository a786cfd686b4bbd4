// Node-only test helpers: find active content in HTML and Markdown, and read every export back
// (issue 7: "no export carries active content", BibTeX/RIS/CSV/YAML stay well-formed).
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { JSDOM } from 'jsdom';
import { parse as parseYaml } from 'yaml';
import { EXPORT_FORMATS, formatItems, type ExportFormat } from '../../../utils/export/index.ts';
import type { ExportItem } from '../../../utils/export/types.ts';

// Elements that run, load or submit something, or switch the parser into a foreign namespace
// (SVG and MathML are where mutation XSS lives).
const ACTIVE_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'base',
  'link',
  'svg',
  'math',
  'portal',
  'template',
  'noscript',
  'xmp',
  'noembed',
  'style',
  'meta',
]);

// Attributes whose value is fetched or navigated to.
const URL_ATTRS = [
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'xlink:href',
  'codebase',
  'cite',
  'srcset',
];

// What browsers strip before reading a scheme: ASCII controls and whitespace anywhere.
const URL_NOISE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u205f\u3000\ufeff]/gu;
const BAD_SCHEME = /^(?:javascript|vbscript|data:text\/html|data:image\/svg|data:application)/iu;

export function isDangerousUrl(value: string): boolean {
  return BAD_SCHEME.test(value.replace(URL_NOISE, '').toLowerCase());
}

// One parser for every check: a new JSDOM per string costs ~15 ms, DOMParser ~1 ms.
const PARSER = new JSDOM('').window;

export interface ShellAllowance {
  /** The html export's own head: one CSP meta, one referrer meta, charset, viewport, one style. */
  exportShell?: boolean;
}

/** Every piece of active content in an HTML string, as readable findings (empty = clean). */
export function findActiveContent(html: string, allow: ShellAllowance = {}): string[] {
  const doc = new PARSER.DOMParser().parseFromString(html, 'text/html');
  const findings: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.localName;
    if (ACTIVE_TAGS.has(tag) && !isAllowedShell(el, allow)) {
      findings.push(`<${tag}> element`);
    }
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      findings.push(`<${tag}> in namespace ${el.namespaceURI}`);
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) findings.push(`${name}= on <${tag}>`);
      if (name === 'srcdoc') findings.push(`srcdoc on <${tag}>`);
      if (name === 'style') findings.push(`style= on <${tag}>`);
      if (name === 'http-equiv' && /refresh|set-cookie/iu.test(attr.value)) {
        findings.push(`http-equiv=${attr.value}`);
      }
      if (URL_ATTRS.includes(name) && isDangerousUrl(attr.value)) {
        findings.push(`${name}="${attr.value.slice(0, 60)}" on <${tag}>`);
      }
    }
  }
  return findings;
}

function isAllowedShell(el: Element, allow: ShellAllowance): boolean {
  if (!allow.exportShell || el.parentElement?.localName !== 'head') return false;
  if (el.localName === 'style') return !/url\s*\(|@import|expression/iu.test(el.textContent ?? '');
  if (el.localName !== 'meta') return false;
  const equiv = el.getAttribute('http-equiv');
  if (equiv === null) return true; // charset, referrer, viewport
  return equiv.toLowerCase() === 'content-security-policy';
}

/**
 * Raw HTML a Markdown renderer would pass through: a `<` that starts a tag, comment or
 * declaration outside code, not escaped with a backslash; and links to script URLs.
 */
export function findActiveMarkdown(markdown: string): string[] {
  const findings: string[] = [];
  // The front matter is YAML data (every string double-quoted), never rendered as Markdown.
  const prose = markdown
    .replace(/^---\n[\s\S]*?\n---\n/u, '')
    .replace(/^(```+|~~~+)[^\n]*\n[\s\S]*?^\1[ \t]*$/gmu, '')
    .replace(/(`+)[^`][\s\S]*?\1/gu, '');
  const raw = /(^|[^\\])(<[A-Za-z!?/][^\n]{0,40})/gu;
  for (const match of prose.matchAll(raw)) findings.push(`raw HTML: ${match[2]}`);
  for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)/gu)) {
    if (isDangerousUrl(match[1] ?? '')) findings.push(`link to ${match[1]}`);
  }
  return findings;
}

/** Splits the Markdown export into its front matter (parsed) and body. */
export function readFrontMatter(markdown: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(markdown);
  if (!match) throw new Error('no front matter block');
  const data = parseYaml(match[1] ?? '', { strict: true, uniqueKeys: true }) as unknown;
  if (typeof data !== 'object' || data === null) throw new Error('front matter is not a mapping');
  return { data: data as Record<string, unknown>, body: match[2] ?? '' };
}

const RIS_LINE = /^[A-Z][A-Z0-9] {2}- [^\r\n\u2028\u2029]*$/u;

/** Problems with the RIS framing: every line tagged, TY opens and ER closes each record. */
export function checkRis(ris: string, records: number): string[] {
  const problems: string[] = [];
  const lines = ris.split('\r\n');
  if (lines.pop() !== '') problems.push('no final CRLF');
  let open = false;
  let count = 0;
  for (const line of lines) {
    if (line === '' && !open) continue;
    if (!RIS_LINE.test(line) && line !== 'ER  - ') problems.push(`bad line: ${line.slice(0, 40)}`);
    const tag = line.slice(0, 2);
    if (!open && tag !== 'TY') problems.push(`record starts with ${tag}`);
    if (tag === 'TY') open = true;
    if (tag === 'ER') {
      open = false;
      count += 1;
    }
  }
  if (open) problems.push('last record not closed');
  if (count !== records) problems.push(`${count} records, expected ${records}`);
  return problems;
}

/** An RFC 4180 reader; throws on a malformed quote. */
export function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
        if (![',', '\r', undefined].includes(csv[i + 1]))
          throw new Error(`text after quote at ${i}`);
      } else cell += ch;
    } else if (ch === '"') {
      if (cell !== '') throw new Error(`quote inside a bare cell at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else cell += ch;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last row without CRLF');
  return rows;
}

/** Every export of the items, each checked; returns the problems found, by format. */
export function checkExports(items: readonly ExportItem[]): string[] {
  const problems: string[] = [];
  const out = {} as Record<ExportFormat, string>;
  for (const format of EXPORT_FORMATS) out[format] = formatItems(format, items);
  const say = (format: string, list: string[]): void => {
    for (const p of list) problems.push(`${format}: ${p}`);
  };

  say('html', findActiveContent(out.html, { exportShell: true }));
  say('md', findActiveMarkdown(out.md));
  for (const doc of items.length === 1 ? [out.md] : []) {
    try {
      const { data } = readFrontMatter(doc);
      if (data.title !== items[0]?.title) say('md', ['front matter title does not read back']);
    } catch (err) {
      say('md', [`front matter: ${(err as Error).message}`]);
    }
  }
  for (const format of ['json', 'csl'] as const) {
    try {
      JSON.parse(out[format]);
    } catch (err) {
      say(format, [(err as Error).message]);
    }
  }
  for (const line of out.jsonl.split('\n').filter((l) => l !== '')) {
    try {
      JSON.parse(line);
    } catch (err) {
      say('jsonl', [(err as Error).message]);
    }
  }
  say('ris', checkRis(out.ris, items.length));
  try {
    const rows = readCsv(out.csv);
    const width = rows[0]?.length ?? 0;
    if (rows.length !== items.length + 1) say('csv', [`${rows.length} rows`]);
    if (rows.some((r) => r.length !== width)) say('csv', ['ragged rows']);
    for (const cell of rows.slice(1).flat()) {
      if (/^[=+\-@\t\r]/u.test(cell)) say('csv', [`formula cell ${cell.slice(0, 30)}`]);
    }
  } catch (err) {
    say('csv', [(err as Error).message]);
  }
  try {
    const library = parseBibtex(out.bibtex, { english: false });
    if (library.errors.length > 0)
      say(
        'bibtex',
        library.errors.map((e) => e.error),
      );
    if (library.entries.length !== items.length)
      say('bibtex', [`${library.entries.length} entries`]);
  } catch (err) {
    say('bibtex', [(err as Error).message]);
  }
  return problems;
}
