// Pure: finds the visible credit lines of a page (profile selectors, then the candidates of one page
// walk: common byline markup, labelled lines, credit lists) and parses them into authors and editors.
import type { SiteProfile } from '../../sites/types';
import { type Credits, mergeCredits, parseCredits, roleOfLabel, splitNames } from './byline';
import { queryAll, readText } from './dom-text';
import { firstDistinct, hasAncestor, isCreditRole, type PageScan } from './scan-page';

// Photo credits ("Dok. Saleh Husin") sit in author-like markup under images.
const NOT_BYLINE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'FIGURE', 'FIGCAPTION']);
const NOT_BYLINE_CLASS = /caption|photo/;
const NOT_LABEL_TAGS = new Set(['SCRIPT', 'STYLE', 'A']);
const MAX_CANDIDATES = 12;
const MAX_LINE = 200;

const isPhotoContext = (a: Element): boolean =>
  NOT_BYLINE_TAGS.has(a.tagName) || NOT_BYLINE_CLASS.test(a.getAttribute('class') ?? '');
const isLabelContext = (a: Element): boolean => NOT_LABEL_TAGS.has(a.tagName);

const emptyCredits = (): Credits => ({ authors: [], editors: [], photographers: [] });

function readCreditList(roleItems: readonly Element[], brand: readonly string[]): Credits {
  const credits = emptyCredits();
  for (const roleEl of firstDistinct(roleItems, MAX_CANDIDATES)) {
    const role = roleOfLabel(readText(roleEl, 40));
    if (!role || role === 'other') continue;
    const names: string[] = [];
    for (
      let sib = roleEl.nextElementSibling;
      sib && names.length < 10;
      sib = sib.nextElementSibling
    ) {
      if (isCreditRole(sib)) break;
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
function readLabelledLines(labelParents: readonly Element[], brand: readonly string[]): Credits {
  const credits = emptyCredits();
  const seen = new Set<Element>();
  for (const parent of labelParents) {
    let el = parent;
    if (hasAncestor(el, isLabelContext)) continue;
    // A bare label cell ("Penulis") holds no name: read its row or parent instead.
    for (let up = 0; up < 2 && el.parentElement && roleOfLabel(readText(el, 40)) !== null; up++)
      el = el.parentElement;
    if (seen.has(el)) continue;
    seen.add(el);
    mergeCredits(credits, parseCredits(readText(el, MAX_LINE), brand));
  }
  return credits;
}

/**
 * Credits from the profile's byline selectors (cheap: a few specific lookups). A selected element
 * that is a bare role label ("Author" in a credit list) credits the names of its next siblings.
 */
export function findProfileCredits(
  doc: Document,
  profile: SiteProfile | null,
  brand: readonly string[],
): Credits {
  const credits = emptyCredits();
  const roleItems: Element[] = [];
  for (const el of queryAll(doc, profile?.meta?.byline ?? [], MAX_CANDIDATES)) {
    const text = readText(el, MAX_LINE);
    if (roleOfLabel(text) !== null) roleItems.push(el);
    else mergeCredits(credits, parseCredits(text, brand, true));
  }
  mergeCredits(credits, readCreditList(roleItems, brand));
  return credits;
}

/** Visible credits: profile credits, then byline markup, credit lists and labelled lines. */
export function findVisibleCredits(
  scan: PageScan,
  fromProfile: Credits,
  brand: readonly string[],
): Credits {
  const credits = emptyCredits();
  mergeCredits(credits, fromProfile);
  if (credits.authors.length === 0) {
    for (const el of firstDistinct(scan.bylines, MAX_CANDIDATES)) {
      if (hasAncestor(el, isPhotoContext) || el.previousElementSibling?.tagName === 'IMG') continue;
      const text = readText(el, MAX_LINE + 1);
      if (text.length > MAX_LINE) continue; // an author box with a bio, not a byline
      mergeCredits(credits, parseCredits(text, brand, true));
    }
  }
  for (const el of firstDistinct(scan.labelled, MAX_CANDIDATES)) {
    const text = readText(el, MAX_LINE + 1);
    if (text.length <= MAX_LINE) mergeCredits(credits, parseCredits(text, brand));
  }
  mergeCredits(credits, readCreditList(scan.creditRoles, brand));
  // Labelled text lines are the fallback: only when no markup named an author.
  if (credits.authors.length === 0)
    mergeCredits(credits, readLabelledLines(scan.labelParents, brand));
  return credits;
}
