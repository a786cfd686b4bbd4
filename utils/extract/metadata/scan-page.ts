// Pure: one bounded walk over a page's body that collects every element a byline, credit list or
// date line may sit in. Under jsdom each attribute-substring selector ([class*="author"]) is a
// full-document scan costing milliseconds; one walk reading each element's class once replaces ~12.
import { drainSteps } from '../steps';

/** Candidates by kind; each list is in the order the old selector lists produced them. */
export interface PageScan {
  /** Byline markup: <author>, [itemprop=author], [rel=author], then byline/author/reporter/penulis classes. */
  bylines: Element[];
  /** Containers of labelled credits only: class token "red", then editor/credit classes. */
  labelled: Element[];
  /** Role items of credit lists ([id^="credits_"], li[class*="role"]). */
  creditRoles: Element[];
  /** Date-ish markup (date/time/tgl classes, <time>) in document order. */
  dates: Element[];
  /** Parents of short text nodes that start with a credit label ("Penulis", "Editor :"). */
  labelParents: Element[];
  /** The first [itemprop="datePublished"] element. */
  itempropDate: Element | null;
}

// Class substrings of byline markup, in the old selector order (after the three tag/attribute ones).
const BYLINE_CLASS_PARTS = ['byline', 'author', 'reporter', 'penulis'];
const BYLINE_BUCKETS = 3 + BYLINE_CLASS_PARTS.length;
const LABELLED_CLASS_PARTS = ['editor', 'credit'];
const DATE_CLASS_RE = /date|time|tgl/;
// One cheap test first: most elements' classes mention none of these.
const ANY_CLASS_RE = /byline|author|reporter|penulis|editor|credit|role|date|time|tgl|red/;
// A text node that starts a labelled credit line ("Penulis", "Editor :", "Pewarta: X").
const LABEL_START =
  /^\s*(?:penulis|reporter|pewarta|editor|redaktur|red|rep|fotografer|penyunting|laporan wartawan|oleh)\b\s*:?/i;
const MAX_LABEL_TEXT = 200;
// Bounds: hostile or endless pages stop here; real articles have a few thousand nodes.
const MAX_NODES = 60_000;
const MAX_PER_BUCKET = 40;
const MAX_DATES = 120;
const MAX_LABEL_PARENTS = 60;
// 1 = NodeFilter.SHOW_ELEMENT, 4 = SHOW_TEXT; the global NodeFilter is not there in every runtime.
const SHOW_ELEMENTS_AND_TEXT = 1 | 4;

const push = (list: Element[], el: Element, max: number): void => {
  if (list.length < max) list.push(el);
};

const hasClassToken = (cls: string, token: string): boolean =>
  (' ' + cls.replace(/\s+/g, ' ') + ' ').includes(' ' + token + ' ');

/** Nodes walked per step of scanPageSteps. */
const NODES_PER_STEP = 1_000;

/** Walks the body once and sorts candidates into buckets. */
export function scanPage(doc: Document): PageScan {
  return drainSteps(scanPageSteps(doc));
}

/** The same walk as steps (../steps.ts) of NODES_PER_STEP nodes each. */
export function* scanPageSteps(doc: Document): Generator<string, PageScan> {
  const byline: Element[][] = Array.from({ length: BYLINE_BUCKETS }, () => []);
  const labelled: Element[][] = [[], [], []];
  const creditIds: Element[] = [];
  const roleItems: Element[] = [];
  const dates: Element[] = [];
  const labelParents: Element[] = [];
  let itempropDate: Element | null = null;
  const body = doc.body;
  if (body) {
    const walker = doc.createTreeWalker(body, SHOW_ELEMENTS_AND_TEXT);
    let count = 0;
    for (let n = walker.nextNode(); n && count < MAX_NODES; n = walker.nextNode(), count++) {
      if (count > 0 && count % NODES_PER_STEP === 0) yield 'metadata: page walk';
      if (n.nodeType === 3) {
        const value = n.nodeValue ?? '';
        if (value.length <= MAX_LABEL_TEXT && LABEL_START.test(value) && n.parentElement)
          push(labelParents, n.parentElement, MAX_LABEL_PARENTS);
        continue;
      }
      const el = n as Element;
      const tag = el.tagName;
      if (tag === 'AUTHOR') push(byline[0]!, el, MAX_PER_BUCKET);
      else if (tag === 'TIME') push(dates, el, MAX_DATES);
      const itemprop = el.getAttribute('itemprop');
      if (itemprop === 'author') push(byline[1]!, el, MAX_PER_BUCKET);
      else if (itemprop === 'datePublished' && !itempropDate) itempropDate = el;
      if ((tag === 'A' || tag === 'LINK') && el.getAttribute('rel') === 'author')
        push(byline[2]!, el, MAX_PER_BUCKET);
      if (el.getAttribute('id')?.startsWith('credits_')) push(creditIds, el, MAX_PER_BUCKET);
      const cls = el.getAttribute('class');
      if (!cls || !ANY_CLASS_RE.test(cls)) continue;
      BYLINE_CLASS_PARTS.forEach((part, i) => {
        if (cls.includes(part)) push(byline[3 + i]!, el, MAX_PER_BUCKET);
      });
      if (hasClassToken(cls, 'red')) push(labelled[0]!, el, MAX_PER_BUCKET);
      LABELLED_CLASS_PARTS.forEach((part, i) => {
        if (cls.includes(part)) push(labelled[1 + i]!, el, MAX_PER_BUCKET);
      });
      if (tag === 'LI' && cls.includes('role')) push(roleItems, el, MAX_PER_BUCKET);
      if (tag !== 'TIME' && DATE_CLASS_RE.test(cls)) push(dates, el, MAX_DATES);
    }
  }
  return {
    bylines: byline.flat(),
    labelled: labelled.flat(),
    creditRoles: [...creditIds, ...roleItems],
    dates,
    labelParents,
    itempropDate,
  };
}

/** Distinct elements of `list` in order, at most `limit`. */
export function firstDistinct(list: readonly Element[], limit: number): Element[] {
  const out: Element[] = [];
  for (const el of list) {
    if (!out.includes(el)) out.push(el);
    if (out.length >= limit) break;
  }
  return out;
}

/** Whether `el` or an ancestor satisfies `test` (own loop: nwsapi's closest() is slow on long lists). */
export function hasAncestor(el: Element, test: (a: Element) => boolean): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (test(a)) return true;
  return false;
}

/** Whether an element is a credit list's role item (matches [id^="credits_"] or li[class*="role"]). */
export function isCreditRole(el: Element): boolean {
  if (el.getAttribute('id')?.startsWith('credits_')) return true;
  return el.tagName === 'LI' && (el.getAttribute('class') ?? '').includes('role');
}
