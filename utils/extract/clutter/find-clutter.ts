// Pure: finds clutter elements under a root, by profile selectors and by Indonesian text
// patterns. Shared by the extractor (which removes the hits from a clone) and the content
// script (which marks the hits on the live page for one stylesheet to hide).
import type { SiteProfile } from '../../sites/types';
import {
  BOILERPLATE_LINES,
  CLUTTER_HEADINGS,
  CLUTTER_TRIGGER,
  PROMOTION_TOPIC,
  PROMOTION_TRIGGER,
  CREDIT_LINES,
  INLINE_CLUTTER_PREFIXES,
  INLINE_MAX_CHARS,
  PROMOTION_PATTERNS,
} from '../lang/clutter-phrases';
import { closestBlock, isElement, TextMeasure } from '../dom-text';
import { climbHeadedBlock } from './headed-block';

export interface ClutterHit {
  el: Element;
  /** Why it is clutter: "profile: <selector>", "baca-juga", "heading: Berita Terkait", ... */
  reason: string;
}

export interface FindClutterOptions {
  profile?: SiteProfile | null;
  /** The article root when known: never hit it or an ancestor of it. */
  keep?: Element | null;
  /** "extract" also drops credit lines (Editor: X) inside the body; "live" leaves bylines. */
  mode: 'extract' | 'live';
  /** Include the profile's pageClutter (sidebars) - only meaningful on a whole page. */
  includePage?: boolean;
}

const HEADING_MAX_CHARS = 60;

/** Every clutter element under `root`, outermost first, without nested duplicates. */
export function findClutter(root: Element, opts: FindClutterOptions): ClutterHit[] {
  const hits: ClutterHit[] = [];
  const keep = opts.keep ?? null;
  const add = (el: Element, reason: string): void => {
    if (keep && (el === keep || el.contains(keep))) return;
    hits.push({ el, reason });
  };
  for (const hit of findBySelectors(root, opts)) add(hit.el, hit.reason);
  for (const hit of findByText(root, opts)) add(hit.el, hit.reason);
  return dropNested(hits);
}

function findBySelectors(root: Element, opts: FindClutterOptions): ClutterHit[] {
  const profile = opts.profile;
  if (!profile) return [];
  const selectors = opts.includePage
    ? [...profile.clutter, ...(profile.pageClutter ?? [])]
    : profile.clutter;
  const hits: ClutterHit[] = [];
  for (const selector of selectors) {
    let found: Element[];
    try {
      found = Array.from(root.querySelectorAll(selector));
    } catch {
      continue; // an invalid selector in a profile must not stop the page
    }
    for (const el of found) hits.push({ el, reason: `profile: ${selector}` });
  }
  return hits;
}

function findByText(root: Element, opts: FindClutterOptions): ClutterHit[] {
  const hits: ClutterHit[] = [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Set<Element>();
  const measure = new TextMeasure();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (!CLUTTER_TRIGGER.test(raw) && !PROMOTION_TRIGGER.test(raw)) continue;
    const parent = node.parentNode;
    if (!isElement(parent) || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(parent.tagName)) continue;
    for (const hit of classifyTextNode(node, opts, measure)) {
      if (seen.has(hit.el)) continue;
      seen.add(hit.el);
      hits.push(hit);
    }
  }
  return hits;
}

function classifyTextNode(
  node: Node,
  opts: FindClutterOptions,
  measure: TextMeasure,
): ClutterHit[] {
  const own = measure.text(node);
  if (!own) return [];
  const block = closestBlock(node);
  if (!block) return [];
  const blockText = measure.text(block);

  if (own.length <= HEADING_MAX_CHARS) {
    const heading = own.replace(/[:：]\s*$/, '');
    if (CLUTTER_HEADINGS.some((re) => re.test(heading)) && isHeadingLike(node, blockText, own)) {
      const els = climbHeadedBlock(block, opts.keep ?? null, measure);
      if (els.length) return els.map((el) => ({ el, reason: `heading: ${heading}` }));
    }
  }
  if (blockText.length <= INLINE_MAX_CHARS && blockText.startsWith(own.slice(0, 8))) {
    if (INLINE_CLUTTER_PREFIXES.some((re) => re.test(blockText))) {
      return [{ el: climbInline(block, blockText, measure), reason: 'inline link line' }];
    }
  }
  // Whole-line checks run once per block, from its first text node (copyright lines are often
  // split over spans: "COPYRIGHT © <span>ANTARA</span> <span>2016</span>").
  if (blockText.length <= 120 && blockText.startsWith(own)) {
    if (BOILERPLATE_LINES.some((re) => re.test(blockText))) {
      return [{ el: block, reason: 'boilerplate' }];
    }
    if (opts.mode === 'extract' && CREDIT_LINES.some((re) => re.test(blockText))) {
      return [{ el: block, reason: 'credit line' }];
    }
  }
  if (
    blockText.length <= INLINE_MAX_CHARS &&
    PROMOTION_PATTERNS.some((re) => re.test(blockText)) &&
    PROMOTION_TOPIC.test(blockText)
  ) {
    if (measure.linkLength(block) > 0 || blockText.length <= 200) {
      return [{ el: block, reason: 'promotion' }];
    }
  }
  return [];
}

/** A heading text is one that stands alone in its block (not a word inside a sentence). */
function isHeadingLike(node: Node, blockText: string, own: string): boolean {
  if (blockText.length > own.length + 3) return false;
  const link = (node.parentNode as Element).closest('a');
  if (!link) return true;
  // a heading that is itself a link ("<h2><a>Terpopuler</a></h2>") counts; a menu item does not
  const holder = link.parentElement;
  return !!holder && /^H[1-6]$/i.test(holder.tagName);
}

/**
 * An inline "Baca juga:" line is often a table or div around a <strong> and a link: take the
 * highest ancestor whose text is still just that line.
 */
function climbInline(block: Element, blockText: string, measure: TextMeasure): Element {
  let el = block;
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    const t = measure.text(parent);
    if (t.length > blockText.length + 2 || parent.tagName === 'BODY') break;
    el = parent;
  }
  return el;
}

function dropNested(hits: ClutterHit[]): ClutterHit[] {
  const set = new Set(hits.map((h) => h.el));
  const out: ClutterHit[] = [];
  const taken = new Set<Element>();
  for (const hit of hits) {
    if (taken.has(hit.el)) continue;
    let nested = false;
    for (let p = hit.el.parentElement; p; p = p.parentElement) {
      if (set.has(p)) {
        nested = true;
        break;
      }
    }
    if (nested) continue;
    taken.add(hit.el);
    out.push(hit);
  }
  return out;
}
