// Pure: bounded text reading from a Document without touching it.

/**
 * The text of an element with a space at every element boundary, so "By <a>Corry Anestia</a>on 16
 * Feb" reads "By Corry Anestia on 16 Feb"; stops after `max` characters.
 */
export function readText(el: Element, max = 400): string {
  const doc = el.ownerDocument;
  // 4 = NodeFilter.SHOW_TEXT; the global NodeFilter is not there in every runtime.
  const walker = doc.createTreeWalker(el, 4);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < max; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && (parent.tagName === 'SCRIPT' || parent.tagName === 'STYLE')) continue;
    const t = n.nodeValue ?? '';
    if (!t.trim()) continue;
    parts.push(t);
    length += t.length;
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

// One compound selector: an optional tag, classes, an optional id ("div.author", ".a.b", "#x").
const COMPOUND = /^([a-zA-Z][\w-]*)?((?:\.[\w-]+)*)(?:#([\w-]+))?$/;

interface Compound {
  tag: string | null;
  classes: string[];
  id: string | null;
}

function parseCompound(s: string): Compound | null {
  const m = COMPOUND.exec(s);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return {
    tag: m[1] ? m[1].toUpperCase() : null,
    classes: m[2] ? m[2].slice(1).split('.') : [],
    id: m[3] ?? null,
  };
}

function matchesCompound(el: Element, c: Compound): boolean {
  if (c.tag && el.tagName !== c.tag) return false;
  if (c.id && el.getAttribute('id') !== c.id) return false;
  if (!c.classes.length) return true;
  const own = ` ${(el.getAttribute('class') ?? '').replace(/\s+/g, ' ')} `;
  return c.classes.every((k) => own.includes(` ${k} `));
}

/**
 * Elements matching a selector of compounds joined by descendant spaces ("div.bdr3 h3"), found
 * through getElementsByClassName/TagName; null for anything else. Under jsdom these lookups skip
 * the selector engine, whose per-document compiling made the first query of each selector costly.
 */
function selectSimple(doc: Document, selector: string): Element[] | null {
  const parts = selector.trim().split(/\s+/).map(parseCompound);
  if (!parts.length || parts.some((p) => p === null)) return null;
  const chain = parts as Compound[];
  const last = chain[chain.length - 1]!;
  const byId = last.id ? doc.getElementById(last.id) : null;
  const pool = last.id
    ? byId
      ? [byId]
      : []
    : Array.from(
        last.classes.length
          ? doc.getElementsByClassName(last.classes.join(' '))
          : doc.getElementsByTagName(last.tag ?? '*'),
      );
  const out: Element[] = [];
  for (const el of pool) {
    if (!matchesCompound(el, last)) continue;
    // Descendant combinators, right to left, nearest matching ancestor first.
    let at: Element | null = el;
    let ok = true;
    for (let i = chain.length - 2; i >= 0 && ok; i--) {
      const want = chain[i]!;
      at = at?.parentElement ?? null;
      while (at && !matchesCompound(at, want)) at = at.parentElement;
      ok = at !== null;
    }
    if (ok) out.push(el);
  }
  return out;
}

/** Elements matching any of the selectors, in selector order; bad selectors are skipped. */
export function queryAll(doc: Document, selectors: readonly string[], limit = 20): Element[] {
  const out: Element[] = [];
  for (const sel of selectors) {
    let found = selectSimple(doc, sel);
    if (!found) {
      try {
        found = Array.from(doc.querySelectorAll(sel));
      } catch {
        continue; // a profile selector the engine does not support
      }
    }
    for (const el of found) {
      if (!out.includes(el)) out.push(el);
      if (out.length >= limit) return out;
    }
  }
  return out;
}
