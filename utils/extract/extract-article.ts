// Pure: the extraction pipeline, Document + options -> Article. Never mutates `doc`: the
// profile path clones the body, the generic path clones the document.
//
// Steps, in order:
//   1. resolvePageUrl    the address (option, canonical link, og:url)
//   2. findProfile       the outlet's profile by address (by the page's own links when the
//                        saved page does not say its address)
//   3. findProfileBody   the body by the profile's selectors (clone), else
//      findGenericBody   Readability on a decluttered clone
//   4. TRANSFORMS        the profile's named transforms (br runs to paragraphs, initials)
//   5. cleanBodySteps    clutter by profile selectors and Indonesian text patterns, logged
//   6. toParagraphs      plain text, paragraphs separated by a blank line
//   7. sanitize          the body HTML through the one sanitizer (passed in)
//   8. extractMetadata   title, authors, editors, date, outlet, language
//   9. analyze           quotes, participants, summary (passed in; empty when absent)
//  10. findPageLinks     the pager of a split article (joined by join-pages.ts)
import { findProfile, findProfileByLinks } from '../sites/registry';
import type { SiteProfile } from '../sites/types';
import type { Analysis, Article, RemovedItem, TrailEntry } from './types';
import { cleanBodySteps } from './clean-body';
import { cloneDeep, countWords, normalizeText } from './dom-text';
import { ExtractError, PageTooLargeError } from './errors';
import { findProfileBody } from './find-body';
import { findPageLinks } from './find-pages';
import { findGenericBody, MIN_ARTICLE_WORDS } from './generic-body';
import { readFlatParagraphs } from './flat-read';
import { extractMetadataSteps } from './metadata/index';
import { drainSteps } from './steps';
import { findTrailingCredit } from './metadata/trailing-credit';
import { toParagraphsSteps } from './to-text';
import { TRANSFORMS } from './transforms';

export interface ExtractOptions {
  /** The page address; when absent it is read from the canonical link or og:url. */
  url?: string | null;
  /** Sanitizes the body HTML (DOMPurify in the browser or over jsdom in Node). */
  sanitize: (html: string) => string;
  /** Language analysis over the text; without it quotes, participants and summary are empty. */
  analyze?: (text: string) => Analysis;
  /** Force the generic path (the "try anyway" button on pages without a profile). */
  generic?: boolean;
  /** Record a debug trail of every step. */
  debug?: boolean;
  /**
   * Sanitize a long body in runs of top-level children, one step each (the live page, where
   * one long DOMPurify call would hold the page's main thread).
   */
  sanitizeInParts?: boolean;
}

export interface ExtractResult extends Article {
  trail?: TrailEntry[];
}

/** Fewer words than this is a page without an article (a menu, an error page). */
export { MIN_ARTICLE_WORDS };

export const EMPTY_ANALYSIS: Analysis = { quotes: [], participants: [], summary: [] };

/** The whole pipeline in one synchronous call (the CLI, Node, tests). */
export function extractArticle(doc: Document, opts: ExtractOptions): ExtractResult {
  return drainSteps(extractArticleSteps(doc, opts));
}

/**
 * HTML of at most about this many characters is sanitized per step when `sanitizeInParts`
 * (8,000 made steps of 17-20 ms in Chromium, 50+ on a loaded machine; DOMPurify takes about
 * 1 ms per 1,000 characters of article markup there).
 */
const SANITIZE_PART_CHARS = 1_500;

/** The same pipeline as steps (./steps.ts); the output is the one `extractArticle` gives. */
export function* extractArticleSteps(
  doc: Document,
  opts: ExtractOptions,
): Generator<string, ExtractResult> {
  const trail: TrailEntry[] = [];
  const note = (step: string, detail: string): void => {
    if (opts.debug) trail.push({ step, detail });
  };
  const url = resolvePageUrl(doc, opts.url ?? null);
  const profile = opts.generic
    ? null
    : (findProfile(url) ?? (url ? null : findProfileByLinks(doc)));
  note('profile', profile ? profile.id : 'none: generic path');

  let removed: RemovedItem[] = [];
  let usedProfile: SiteProfile | null;
  let paragraphs: string[];
  // null: serialized part by part below (sanitizeInParts), never as one string
  let bodyHtml: string | null;
  let bodyEl: Element | null;
  let fallbackTitle: string | null = null;
  try {
    const body = locateBody(doc, profile, removed, note);
    if (!body) throw new ExtractError('no-article', 'no article found on this page');
    yield 'find body';
    usedProfile = body.profile;
    fallbackTitle = body.title;
    for (const name of usedProfile?.transforms ?? []) {
      TRANSFORMS[name](body.el);
      yield 'transforms';
    }
    yield* cleanBodySteps(body.el, usedProfile, removed);
    note('clean', `${removed.length} removals`);
    yield 'clean body';
    paragraphs = yield* toParagraphsSteps(body.el);
    bodyEl = body.el;
    bodyHtml = opts.sanitizeInParts ? null : body.el.innerHTML;
  } catch (err) {
    // jsdom walks some trees recursively (a page nested thousands deep overflows the stack)
    // and Readability is slow on huge pages: both get a flat best-effort read of the prose.
    if (!(err instanceof RangeError) && !(err instanceof PageTooLargeError)) throw err;
    note('body', `${err.message}: flat paragraph read`);
    removed = [];
    usedProfile = null;
    bodyEl = null;
    paragraphs = readFlatParagraphs(doc);
    bodyHtml = paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('');
  }
  const text = paragraphs.join('\n\n');
  if (countWords(text) < MIN_ARTICLE_WORDS) {
    throw new ExtractError('no-article', 'no article text found on this page');
  }
  yield 'paragraphs';
  let html: string;
  if (bodyHtml === null && bodyEl) {
    const parts: string[] = [];
    for (const part of splitHtml(bodyEl, SANITIZE_PART_CHARS)) {
      parts.push(opts.sanitize(part));
      yield 'sanitize part';
    }
    html = parts.join('');
  } else {
    html = opts.sanitize(bodyHtml ?? '');
    yield 'sanitize';
  }

  const meta = yield* extractMetadataSteps(doc, { url, profile: usedProfile });
  const credit = findTrailingCredit(paragraphs);
  const known = (names: string[]): boolean =>
    names.some((n) => normalizeText(n).toLowerCase() === credit?.toLowerCase());
  if (credit && !known(meta.authors) && !known(meta.editors))
    meta.authors = [...meta.authors, credit];
  meta.authors = uniqueNames(meta.authors);
  meta.editors = uniqueNames(meta.editors);
  if (!meta.title && fallbackTitle) meta.title = fallbackTitle;
  const analysis = opts.analyze ? opts.analyze(text) : EMPTY_ANALYSIS;
  yield 'credits';
  const pagination = findPageLinks(doc, url, usedProfile);

  const article: ExtractResult = {
    schemaVersion: 1,
    url,
    ...meta,
    text,
    html,
    wordCount: countWords(text),
    pages: 1,
    pagination,
    quotes: analysis.quotes,
    participants: analysis.participants,
    summary: analysis.summary,
    removed,
    profile: usedProfile ? usedProfile.id : null,
  };
  if (opts.debug) article.trail = trail;
  return article;
}

/**
 * The element's children serialized in runs of about `max` characters, cut only before a
 * top-level element (a run never starts with text, which the sanitizer would trim): each run is
 * whole nodes, so sanitizing the runs apart and joining them is sanitizing the whole.
 */
function* splitHtml(el: Element, max: number): Generator<string, void> {
  let run = '';
  for (const child of Array.from(el.childNodes)) {
    const part = serializeNode(child);
    if (run && child.nodeType === 1 && run.length + part.length > max) {
      yield run;
      run = '';
    }
    run += part;
  }
  if (run) yield run;
}

/** One child node as it appears in its parent's innerHTML. */
function serializeNode(node: ChildNode): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  const holder = node.ownerDocument?.createElement('div');
  if (!holder) return '';
  holder.appendChild(node.cloneNode(false));
  return holder.innerHTML;
}

interface LocatedBody {
  el: Element;
  profile: SiteProfile | null;
  title: string | null;
}

function locateBody(
  doc: Document,
  profile: SiteProfile | null,
  removed: RemovedItem[],
  note: (step: string, detail: string) => void,
): LocatedBody | null {
  if (profile) {
    const match = findProfileBody(doc, profile);
    if (match) {
      note('body', `profile selector ${match.selector}`);
      return { el: cloneDeep(match.el), profile, title: null };
    }
    note('body', `profile ${profile.id} found no body: generic path`);
  }
  const generic = findGenericBody(doc, removed);
  if (!generic) return null;
  note('body', 'readability');
  return { el: generic.el, profile: null, title: generic.title };
}

/** The page address: the given one, else the canonical link, else og:url. */
export function resolvePageUrl(doc: Document, given: string | null): string | null {
  if (given) return given;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, og]) {
    if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  }
  return null;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Names once each, first spelling kept (two sources may credit the same writer). */
function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = normalizeText(n).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
