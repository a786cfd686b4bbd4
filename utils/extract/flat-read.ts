// Pure: the best-effort read for pages too big or too deep for the normal paths. One linear walk
// over the text in document order, cut into paragraphs at block boundaries and <br>, so prose
// kept in bare <div>s with <br> (many outlets' templates) is read as well as <p> prose.
import { normalizeText } from './dom-text';
import {
  BOILERPLATE_LINES,
  CLUTTER_HEADINGS,
  INLINE_CLUTTER_PREFIXES,
  INLINE_MAX_CHARS,
} from './lang/clutter-phrases';

/** Whole subtrees that never hold article prose. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'SELECT',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
]);
/** Elements that flow inside a paragraph; any other element starts a new one. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);
/** How far a text node looks up for its block; inline chains deeper than this are cut there. */
const MAX_CLIMB = 64;
const MIN_CHARS = 20;

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

export function readFlatParagraphs(doc: Document): string[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const out: string[] = [];
  let run = '';
  let linkChars = 0;
  let runBlock: Node | null = null;
  const flush = () => {
    const text = normalizeText(run);
    // Mostly-link runs are menus and lists of other stories.
    if (text.length >= MIN_CHARS && linkChars <= run.length / 2 && !isClutterLine(text))
      out.push(text);
    run = '';
    linkChars = 0;
  };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (n: Node) =>
      n.nodeType === 1 && SKIP.has((n as Element).tagName.toUpperCase())
        ? FILTER_REJECT
        : FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if (!INLINE.has((n as Element).tagName.toUpperCase())) flush();
      continue;
    }
    const data = (n as Text).data;
    if (!data.trim()) {
      run += data;
      continue;
    }
    const { block, inLink } = placeOf(n);
    if (block !== runBlock) {
      flush();
      runBlock = block;
    }
    run += data;
    if (inLink) linkChars += data.length;
  }
  flush();
  return out;
}

/** The text's nearest non-inline ancestor (within MAX_CLIMB), and whether a link holds it. */
function placeOf(text: Node): { block: Node | null; inLink: boolean } {
  let inLink = false;
  let el = text.parentElement;
  for (let i = 0; el && i < MAX_CLIMB; i += 1, el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'A') inLink = true;
    if (!INLINE.has(tag)) return { block: el, inLink };
  }
  return { block: el, inLink };
}

/** The same Indonesian clutter lines the normal paths drop ("Baca juga: ...", "Berita Terkait"). */
function isClutterLine(text: string): boolean {
  const bare = text.replace(/:\s*$/, '');
  if (CLUTTER_HEADINGS.some((re) => re.test(bare))) return true;
  if (BOILERPLATE_LINES.some((re) => re.test(text))) return true;
  return text.length <= INLINE_MAX_CHARS && INLINE_CLUTTER_PREFIXES.some((re) => re.test(text));
}
