// Extension-side (takes DOM nodes, no browser.*): runs the extractor's own clutter detection
// on the live page and marks the text-pattern hits for the live stylesheet to hide.
import { findClutter, type ClutterHit } from '../extract/clutter/find-clutter';
import { foldText } from '../extract/dom-text';
import type { SiteProfile } from '../sites/types';
import { coversRoot } from './find-live-root';
import { HIDDEN_ATTR, KEEP_ATTR, listLiveSelectors } from './live-style';

export interface LiveHit {
  el: Element;
  reason: string;
  /** The first words of the block, for the "show what was removed" list. */
  text: string;
}

/** Elements that never render: listing them as "removed" would only be noise. */
const NOT_RENDERED = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LINK|META|TITLE|HEAD)$/;
const CLIP_CHARS = 140;

/**
 * Finds clutter under `scope`, marks the text-pattern hits (the selector hits are already
 * hidden by the stylesheet) and returns the hits not yet in `known`. One synchronous pass: the
 * live page cuts big scopes into slices with scan-sliced.ts, which gives the same hits.
 */
export function markClutter(
  scope: Element,
  profile: SiteProfile | null,
  roots: readonly Element[],
  known: ReadonlySet<Element>,
): LiveHit[] {
  const hits = findClutter(scope, {
    profile,
    keep: roots[0] ?? null,
    mode: 'live',
    includePage: true,
  });
  return markHits(hits, roots, known);
}

/** Marks the hits that are new, rendered and not the article, and returns them. */
export function markHits(
  hits: readonly ClutterHit[],
  roots: readonly Element[],
  known: ReadonlySet<Element>,
): LiveHit[] {
  const out: LiveHit[] = [];
  for (const hit of hits) {
    if (!isMarkable(hit, roots, known)) continue;
    if (!hit.reason.startsWith('profile:')) hit.el.setAttribute(HIDDEN_ATTR, '');
    out.push({ el: hit.el, reason: hit.reason, text: clipTextOf(hit.el) });
  }
  return out;
}

/** The filters markHits applies: new, rendered, and neither a root nor an ancestor of one. */
export function isMarkable(
  hit: ClutterHit,
  roots: readonly Element[],
  known: ReadonlySet<Element>,
): boolean {
  return (
    !known.has(hit.el) &&
    !NOT_RENDERED.test(hit.el.tagName.toUpperCase()) &&
    !coversRoot(hit.el, roots)
  );
}

/**
 * A profile selector may match a wrapper of the article itself (a broad `.nav` or a sidebar
 * class on the column): exempt the root and such ancestors from the stylesheet.
 */
export function protectRoots(roots: readonly Element[], profile: SiteProfile | null): number {
  const selectors = listLiveSelectors(profile);
  let protectedCount = 0;
  for (const root of roots) {
    for (let el: Element | null = root; el; el = el.parentElement) {
      if (selectors.some((s) => matchesSafely(el as Element, s))) {
        el.setAttribute(KEEP_ATTR, 'root');
        protectedCount++;
      }
    }
  }
  return protectedCount;
}

/** Marks whole blocks hidden for one reason (the blocks beside the article); new ones only. */
export function markBlocks(
  els: readonly Element[],
  reason: string,
  known: ReadonlySet<Element>,
): LiveHit[] {
  const out: LiveHit[] = [];
  for (const el of els) {
    if (known.has(el) || el.hasAttribute(HIDDEN_ATTR)) continue;
    el.setAttribute(HIDDEN_ATTR, '');
    out.push({ el, reason, text: clipTextOf(el) });
  }
  return out;
}

function matchesSafely(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The first CLIP_CHARS of the element's normalised text, as clip(textOf(el)) would give, but
 * reading only the first text nodes: a hidden block can hold megabytes of text.
 */
export function clipTextOf(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  // Normalised as it is read, one text node at a time: normalising the whole prefix again for
  // every node was quadratic in a block of many whitespace-only nodes (a 30 ms step on suara-1).
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let piece = foldText(node.nodeValue ?? '');
    if (piece.startsWith(' ') && (text === '' || text.endsWith(' '))) piece = piece.slice(1);
    text += piece;
    // A normalised prefix is a prefix of the normalised whole (but a trailing space); past
    // CLIP_CHARS + 1 characters the clip is decided.
    if (text.length > CLIP_CHARS + 2) break;
  }
  return clip(text.trim());
}

function clip(text: string): string {
  return text.length > CLIP_CHARS ? `${text.slice(0, CLIP_CHARS - 1)}…` : text;
}
