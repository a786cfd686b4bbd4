// Pure: finds the article object in a page's JSON-LD (plain, arrays, @graph) and narrows its
// untrusted fields to strings.

export interface LdArticle {
  headline: string | null;
  authors: string[];
  editors: string[];
  datePublished: string | null;
  image: string | null;
  description: string | null;
  section: string | null;
  keywords: string[];
  inLanguage: string | null;
  publisher: string | null;
}

const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'blogposting',
  'liveblogposting',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'photograph',
]);

// Bounds on untrusted input: pages can carry huge or hostile JSON-LD.
const MAX_SCRIPT_CHARS = 200_000;
const MAX_NODES = 200;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function asString(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return asString(v[0]);
  return null;
}

function typesOf(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** Names of persons/organisations given as a string, an object with `name`, or a list of those. */
function namesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list.slice(0, 20)) {
    const name = typeof item === 'string' ? item : isObj(item) ? asString(item['name']) : null;
    if (name) out.push(name.trim());
  }
  return out;
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return urlOf(v[0]);
  if (isObj(v)) return asString(v['url']) ?? asString(v['contentUrl']);
  return null;
}

function keywordsOf(v: unknown): string[] {
  if (typeof v === 'string')
    return v
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
  if (Array.isArray(v))
    return v
      .filter((k): k is string => typeof k === 'string')
      .map((k) => k.trim())
      .filter(Boolean);
  return [];
}

/** Collects candidate objects from a parsed JSON-LD value, flattening arrays and @graph. */
function collectNodes(v: unknown, out: Obj[]): void {
  if (out.length >= MAX_NODES) return;
  if (Array.isArray(v)) {
    for (const x of v) collectNodes(x, out);
  } else if (isObj(v)) {
    out.push(v);
    if (Array.isArray(v['@graph'])) collectNodes(v['@graph'], out);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Some outlets put raw newlines/tabs inside strings; JSON forbids them, browsers tolerate it.
    try {
      return JSON.parse(text.replace(/[\r\n\t]+/g, ' ')) as unknown;
    } catch {
      return null;
    }
  }
}

function toLdArticle(o: Obj): LdArticle {
  const publisher = o['publisher'];
  return {
    headline: asString(o['headline']) ?? asString(o['name']),
    authors: namesOf(o['author']),
    editors: namesOf(o['editor']),
    datePublished: asString(o['datePublished']) ?? asString(o['dateCreated']),
    image: urlOf(o['image']) ?? urlOf(o['thumbnailUrl']),
    description: asString(o['description']),
    section: asString(o['articleSection']),
    keywords: keywordsOf(o['keywords']),
    inLanguage: asString(o['inLanguage']),
    publisher: isObj(publisher) ? asString(publisher['name']) : null,
  };
}

/** The first NewsArticle/Article-like object of the page's JSON-LD, or null. */
export function findLdArticle(doc: Document): LdArticle | null {
  const nodes: Obj[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type') !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_SCRIPT_CHARS) continue;
    collectNodes(parseJson(text), nodes);
  }
  const article = nodes.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  return article ? toLdArticle(article) : null;
}
