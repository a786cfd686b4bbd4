// Node-only test helper: the corpus fixtures and the scorer's normalisation
// (../shared/corpus/GUIDE.md "How a result is scored").
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_DIR = resolve(process.cwd(), 'tests/fixtures/corpus');

export interface Gold {
  id: string;
  url: string;
  outlet: string;
  kind: string;
  title: string;
  authors: string[];
  published: string | null;
  mustContain: string[];
  mustNotContain: string[];
  quotes: { startsWith: string; speaker: string | null; role?: string }[];
  people: { name: string; role?: string; aliases?: string[] }[];
  organizations: { name: string; aliases?: string[] }[];
  multiPage: { pages: number } | null;
}

export function listCorpusIds(): string[] {
  return readdirSync(resolve(CORPUS_DIR, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

export function readPage(id: string): string {
  return readFileSync(resolve(CORPUS_DIR, 'pages', `${id}.html`), 'utf8');
}

export function readGold(id: string): Gold {
  return JSON.parse(readFileSync(resolve(CORPUS_DIR, 'gold', `${id}.json`), 'utf8')) as Gold;
}

export function normalizeForScoring(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The calendar day of an ISO date as written (the offset the page gave). */
export function dayOf(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}
