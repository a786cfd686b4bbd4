// Node-only: `jernih clip`: extracts articles from saved pages or addresses with the same core
// the content script runs, and prints or writes them in the chosen format.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeText } from '../analyze/index';
import { ExtractError } from '../extract/errors';
import { extractArticle, type ExtractResult } from '../extract/extract-article';
import { extractJoinedArticle } from '../extract/join-pages';
import { fileExtension, formatItems } from '../export/index';
import { findProfile } from '../sites/registry';
import { sanitizeHtml } from '../sanitize/node';
import type { ClipArgs, CliFormat } from './args';
import { fetchPage } from './fetch-page';
import { writeOut } from './output';
import { parseHtml } from './parse-html';
import { createProgress } from './progress';
import { checkHtml, expandInputs, isUrl, readHtmlFile, type InputItem } from './read-input';

/** The sample page a new user clips first (built from ../shared/seed). */
export const SAMPLE_PAGE = 'public/sample/contoh-berita.html';

interface ClipOutcome {
  item: InputItem;
  article: ExtractResult | null;
  error: { code: string; message: string } | null;
}

export async function runClip(args: ClipArgs): Promise<number> {
  const items = collectItems(args);
  const format: CliFormat = args.format ?? (items.length === 1 ? 'md' : 'jsonl');
  const progress = createProgress(items.length);
  const outcomes: ClipOutcome[] = [];
  let failed = 0;
  for (const item of items) {
    progress.tick(item.input);
    const outcome = await clipOne(item, args);
    if (outcome.error) {
      failed++;
      process.stderr.write(`jernih: ${item.input}: ${outcome.error.message}\n`);
    }
    if (format === 'jsonl' && !args.out)
      await writeOut(`${JSON.stringify(jsonlRecord(outcome))}\n`);
    else outcomes.push(outcome);
  }
  progress.done();
  if (args.out) writeFiles(outcomes, format, args.out);
  else if (format !== 'jsonl') await printAll(outcomes, format);
  return failed ? 1 : 0;

  async function clipOne(item: InputItem, a: ClipArgs): Promise<ClipOutcome> {
    try {
      return { item, article: await extractItem(item, a), error: null };
    } catch (err) {
      if (a.debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
      const code = err instanceof ExtractError ? err.code : 'internal';
      const message = err instanceof Error ? err.message : String(err);
      return { item, article: null, error: { code, message: oneLine(message) } };
    }
  }
}

function collectItems(args: ClipArgs): InputItem[] {
  const inputs = [...args.inputs];
  if (args.urlsFile) {
    const listed = readFileSync(args.urlsFile, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    inputs.push(...listed);
  }
  if (!inputs.length) inputs.push(SAMPLE_PAGE);
  return expandInputs(inputs);
}

async function extractItem(item: InputItem, args: ClipArgs): Promise<ExtractResult> {
  const common = { sanitize: sanitizeHtml, analyze: analyzeText, debug: args.debug };
  if (item.kind === 'url') {
    const start = singlePageAddress(item.input);
    const html = await fetchPage(start);
    checkHtml(html);
    const doc = parseHtml(html, item.input);
    const fetchHtml = (u: string): Promise<string> => fetchPage(u);
    return extractJoinedArticle(doc, {
      ...common,
      url: item.input,
      fetchPage: fetchHtml,
      parseHtml,
    });
  }
  const html = readHtmlFile(item.input);
  const doc = parseHtml(html, args.url);
  return extractArticle(doc, { ...common, url: args.url });
}

/** The outlet's single-page address when its profile knows one (e.g. `?page=all`). */
function singlePageAddress(url: string): string {
  const param = findProfile(url)?.multiPage?.singlePageParam;
  if (!param) return url;
  try {
    const u = new URL(url);
    if (!u.searchParams.has(param.name)) u.searchParams.set(param.name, param.value);
    return u.href;
  } catch {
    return url;
  }
}

function jsonlRecord(o: ClipOutcome): Record<string, unknown> {
  return o.article
    ? { input: o.item.input, ...o.article }
    : { input: o.item.input, error: o.error };
}

async function printAll(outcomes: ClipOutcome[], format: CliFormat): Promise<void> {
  const articles = outcomes.flatMap((o) => (o.article ? [o.article] : []));
  if (!articles.length) return;
  if (format === 'json') {
    const value = articles.length === 1 && outcomes.length === 1 ? articles[0] : articles;
    await writeOut(`${JSON.stringify(value, null, 2)}\n`);
    return;
  }
  const text = formatItems(format, articles);
  await writeOut(text.endsWith('\n') ? text : `${text}\n`);
}

function writeFiles(outcomes: ClipOutcome[], format: CliFormat, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const used = new Set<string>();
  for (const o of outcomes) {
    if (!o.article) continue;
    const stem = uniqueStem(o.item, used);
    const content =
      format === 'json' || format === 'jsonl'
        ? `${JSON.stringify(format === 'jsonl' ? jsonlRecord(o) : o.article, null, format === 'json' ? 2 : 0)}\n`
        : formatItems(format, [o.article]);
    writeFileSync(join(dir, `${stem}.${fileExtension(format)}`), content);
  }
}

function uniqueStem(item: InputItem, used: Set<string>): string {
  const raw = isUrl(item.input)
    ? (new URL(item.input).pathname.split('/').filter(Boolean).pop() ?? 'page')
    : basename(item.input).replace(/\.html?$/i, '');
  const base = raw.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 120) || 'page';
  let stem = base;
  for (let n = 2; used.has(stem); n++) stem = `${base}-${n}`;
  used.add(stem);
  return stem;
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
