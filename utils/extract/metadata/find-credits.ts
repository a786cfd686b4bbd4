// Pure: finds the visible credit lines of a page (profile selectors, common byline markup, labelled
// lines, credit lists) and parses them into authors and editors.
import type { SiteProfile } from '../../sites/types';
import { type Credits, mergeCredits, parseCredits, roleOfLabel, splitNames } from './byline';
import { queryAll, readText } from './dom-text';

// Common byline markup across outlets; bare text in these counts as the author.
const BYLINE_SELECTORS = [
  'author',
  '[itemprop="author"]',
  '[rel="author"]',
  '[class*="byline"]',
  '[class*="author"]',
  '[class*="reporter"]',
  '[class*="penulis"]',
];
// Containers that only carry labelled credits ("Red: X", "Editor : X").
const LABELLED_SELECTORS = ['.red', '[class*="editor"]', '[class*="credit"]'];
// Credit lists with role items followed by name items (liputan6: "Author" li, then one li per name).
const CREDIT_ROLE_SELECTORS = ['[id^="credits_"]', 'li[class*="role"]'];
// Photo credits ("Dok. Saleh Husin") sit in author-like markup under images.
const NOT_BYLINE_CONTEXT =
  'script,style,noscript,figure,figcaption,[class*="caption"],[class*="photo"]';
const MAX_CANDIDATES = 12;
const MAX_LINE = 200;
// A text node that starts a labelled credit line ("Penulis", "Editor :", "Pewarta: X").
const LABEL_START =
  /^\s*(?:penulis|reporter|pewarta|editor|redaktur|red|rep|fotografer|penyunting|laporan wartawan|oleh)\b\s*:?/i;
const MAX_TEXT_NODES = 20_000;

const emptyCredits = (): Credits => ({ authors: [], editors: [], photographers: [] });

function readCreditList(doc: Document, brand: readonly string[]): Credits {
  const credits = emptyCredits();
  for (const roleEl of queryAll(doc, CREDIT_ROLE_SELECTORS, MAX_CANDIDATES)) {
    const role = roleOfLabel(readText(roleEl, 40));
    if (!role || role === 'other') continue;
    const names: string[] = [];
    for (
      let sib = roleEl.nextElementSibling;
      sib && names.length < 10;
      sib = sib.nextElementSibling
    ) {
      if (sib.matches(CREDIT_ROLE_SELECTORS.join(','))) break;
      names.push(...splitNames(readText(sib, 80), brand));
    }
    const list =
      role === 'author'
        ? credits.authors
        : role === 'editor'
          ? credits.editors
          : credits.photographers;
    for (const n of names) if (!list.includes(n)) list.push(n);
  }
  return credits;
}

/** Labelled credit lines found by their text ("Penulis : X" in a table, "Fotografer: X"). */
function scanLabelledLines(doc: Document, brand: readonly string[]): Credits {
  const credits = emptyCredits();
  const body = doc.body;
  if (!body) return credits;
  const walker = doc.createTreeWalker(body, 4);
  const seen = new Set<Element>();
  let count = 0;
  for (let n = walker.nextNode(); n && count < MAX_TEXT_NODES; n = walker.nextNode(), count++) {
    const value = n.nodeValue ?? '';
    if (value.length > MAX_LINE || !LABEL_START.test(value)) continue;
    let el = n.parentElement;
    if (!el || el.closest('script,style,a')) continue;
    // A bare label cell ("Penulis") holds no name: read its row or parent instead.
    for (let up = 0; up < 2 && el.parentElement && roleOfLabel(readText(el, 40)) !== null; up++)
      el = el.parentElement;
    if (seen.has(el)) continue;
    seen.add(el);
    mergeCredits(credits, parseCredits(readText(el, MAX_LINE), brand));
  }
  return credits;
}

/** Visible credits: profile selectors, then byline markup, credit lists and labelled lines. */
export function findVisibleCredits(
  doc: Document,
  profile: SiteProfile | null,
  brand: readonly string[],
): Credits {
  const credits = emptyCredits();
  const profileSelectors = profile?.meta?.byline ?? [];
  for (const el of queryAll(doc, profileSelectors, MAX_CANDIDATES)) {
    mergeCredits(credits, parseCredits(readText(el, MAX_LINE), brand, true));
  }
  if (credits.authors.length === 0) {
    for (const el of queryAll(doc, BYLINE_SELECTORS, MAX_CANDIDATES)) {
      if (el.closest(NOT_BYLINE_CONTEXT) || el.previousElementSibling?.tagName === 'IMG') continue;
      const text = readText(el, MAX_LINE + 1);
      if (text.length > MAX_LINE) continue; // an author box with a bio, not a byline
      mergeCredits(credits, parseCredits(text, brand, true));
    }
  }
  for (const el of queryAll(doc, LABELLED_SELECTORS, MAX_CANDIDATES)) {
    const text = readText(el, MAX_LINE + 1);
    if (text.length <= MAX_LINE) mergeCredits(credits, parseCredits(text, brand));
  }
  mergeCredits(credits, readCreditList(doc, brand));
  // The text-node scan is the costly fallback: only when no selector found an author.
  if (credits.authors.length === 0) mergeCredits(credits, scanLabelledLines(doc, brand));
  return credits;
}
