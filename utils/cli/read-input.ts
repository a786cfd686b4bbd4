// Node-only: turns the command line's inputs into a list of pages to clip, and reads one
// page's HTML with clear errors for empty, binary and oversized files.
import { readdirSync, statSync, readFileSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { ExtractError } from '../extract/errors';

/** Pages larger than this are refused with a one-line error instead of exhausting memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

export interface InputItem {
  /** The input as given or found ("tests/x.html", "https://..."). */
  input: string;
  kind: 'file' | 'url';
}

export function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** Expands directories to their *.html files, sorted by name; keeps files and URLs as given. */
export function expandInputs(inputs: readonly string[]): InputItem[] {
  const out: InputItem[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      out.push({ input, kind: 'url' });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // a missing file is reported when it is read, as that input's error
    }
    if (!isDir) {
      out.push({ input, kind: 'file' });
      continue;
    }
    const names = readdirSync(input)
      .filter((n) => n.toLowerCase().endsWith('.html') || n.toLowerCase().endsWith('.htm'))
      .sort();
    for (const name of names) out.push({ input: join(input, name), kind: 'file' });
  }
  return out;
}

export function readHtmlFile(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ExtractError('not-html', 'not a file');
    size = st.size;
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw new ExtractError('empty-input', 'cannot read the file (missing or not readable)');
  }
  if (size === 0) throw new ExtractError('empty-input', 'the file is empty');
  if (size > MAX_PAGE_BYTES) {
    throw new ExtractError(
      'too-large',
      `the file is ${Math.round(size / 1048576)} MB; the limit is 64 MB`,
    );
  }
  if (looksBinary(path))
    throw new ExtractError('not-html', 'the file is not HTML (binary content)');
  const html = readFileSync(path, 'utf8');
  checkHtml(html);
  return html;
}

export function checkHtml(html: string): void {
  if (!html.trim()) throw new ExtractError('empty-input', 'the page is empty');
  if (!/<[a-z!?/]/i.test(html.slice(0, 65536)) && !/<[a-z!?/]/i.test(html)) {
    throw new ExtractError('not-html', 'the input is not HTML (no markup found)');
  }
}

function looksBinary(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(8192);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).includes(0);
  } finally {
    closeSync(fd);
  }
}
