// Pure: from a clutter heading ("Berita Terkait", "Terpopuler"...) to the block it heads.
import { TextMeasure } from '../dom-text';

/** Above this many characters of non-link text a container is prose, not a list of links. */
const MAX_PLAIN_CHARS = 160;
const MIN_LINK_DENSITY = 0.5;

/**
 * Climbs from the heading's block to the largest ancestor that is still a list of links
 * headed by it. When the heading stands alone in its container (liputan6 puts
 * `<p>Baca Juga</p>` before `<div class="baca-juga">`), the heading and the link list that
 * follows it are returned together.
 */
export function climbHeadedBlock(
  headingBlock: Element,
  keep: Element | null,
  measure: TextMeasure = new TextMeasure(),
): Element[] {
  const headingText = measure.text(headingBlock);
  let best: Element = headingBlock;
  for (let el = headingBlock.parentElement; el; el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') break;
    if (keep && (el === keep || el.contains(keep))) break;
    if (!isLinkList(el, headingText.length, measure)) break;
    best = el;
  }
  if (best === headingBlock) {
    const list = followingList(headingBlock, measure).filter((el) => !(keep && el.contains(keep)));
    if (list.length) return [headingBlock, ...list];
    // A lone heading with nothing to head is not clutter worth hiding (it may be a menu label).
    return [];
  }
  return [best];
}

function isLinkList(el: Element, headingChars: number, measure: TextMeasure): boolean {
  const total = measure.text(el).length - headingChars;
  if (total <= 0) return true; // still only the heading
  const links = measure.linkLength(el);
  if (links === 0) return false;
  const plain = total - links;
  return links / total >= MIN_LINK_DENSITY && plain <= Math.max(MAX_PLAIN_CHARS, links);
}

/**
 * The link list that follows a lone heading: the run of following siblings that are links
 * (kapanlagi puts bare `<a>`s separated by `<br>` after its "Jangan Lewatkan" heading;
 * liputan6 puts one `<div class="baca-juga">`).
 */
function followingList(heading: Element, measure: TextMeasure): Element[] {
  const run: Element[] = [];
  for (let node = heading.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if ((node.nodeValue ?? '').trim()) break;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'BR') {
      run.push(el);
      continue;
    }
    const total = measure.text(el).length;
    if (total === 0) {
      if (el.querySelector('img, iframe')) break;
      continue;
    }
    if (/^H[1-6]$/.test(el.tagName) || measure.linkLength(el) / total < MIN_LINK_DENSITY) break;
    run.push(el);
  }
  return run.some((el) => el.tagName !== 'BR') ? run : [];
}
