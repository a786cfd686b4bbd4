// Node-only test helpers: fast-check arbitraries for hostile HTML: corpus pages mutated (spans
// deleted, duplicated, swapped, truncated; tags, attributes, nesting, text floods injected) and
// HTML generated from scratch.
import fc from 'fast-check';

// Tags that change how the parser or the core behaves: frames, foreign content, raw-text
// elements, AMP, forms, tables, the head's own elements.
const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'main',
  'section',
  'h1',
  'h2',
  'a',
  'img',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'blockquote',
  'figure',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frameset',
  'frame',
  'svg',
  'math',
  'form',
  'select',
  'option',
  'textarea',
  'xmp',
  'plaintext',
  'title',
  'base',
  'meta',
  'link',
  'body',
  'html',
  'head',
  'amp-img',
  'amp-ad',
  'amp-carousel',
];
const ATTR_NAMES = [
  'class',
  'id',
  'name',
  'href',
  'src',
  'style',
  'onload',
  'itemprop',
  'rel',
  'content',
  'property',
  'datetime',
  'lang',
  'hidden',
  'aria-hidden',
  'data-src',
  'srcdoc',
  'http-equiv',
];
const ATTR_VALUES = [
  'canonical',
  'author',
  'articleBody',
  'detail__body-text',
  'read__content',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://www.detik.com/x',
  'refresh',
  'querySelector',
  'body',
  'title',
  'defaultView',
  '2024-01-15T10:00:00+07:00',
  '',
];
// Text in other scripts and languages, and the Indonesian clutter lines the core removes.
const TEXTS = [
  'Jakarta - Pemerintah menambah armada bus listrik untuk rute baru.',
  '"Kami siap," kata Menteri Perhubungan Budi Karya Sumadi, Senin (15/1/2024).',
  'Baca juga: Heboh Cekcok Pemotor di Jaksel',
  'ADVERTISEMENT',
  'SCROLL TO CONTINUE WITH CONTENT',
  '北京市政府宣布新的交通政策，以减少城市的空气污染。',
  'أعلنت الحكومة عن خطة جديدة للنقل العام في العاصمة.',
  'Правительство объявило о новом плане развития транспорта.',
  'Le gouvernement a annoncé un nouveau plan de transport.',
  '\u202e\u200b\ufeff\u0000',
  '&amp;&lt;&#0;&#xD800;&nbsp;',
];

const tag = fc.constantFrom(...TAGS);
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ unit: 'grapheme', maxLength: 80 }));
const attrs = fc
  .array(fc.tuple(fc.constantFrom(...ATTR_NAMES), fc.constantFrom(...ATTR_VALUES)), {
    maxLength: 3,
  })
  .map((list) => list.map(([n, v]) => ` ${n}="${v.replace(/"/gu, '&quot;')}"`).join(''));
const openTag = fc.tuple(tag, attrs).map(([t, a]) => `<${t}${a}>`);

/** A fragment to inject: a tag (often unclosed), a text flood, deep nesting, clutter lines. */
const injection = fc.oneof(
  { weight: 5, arbitrary: openTag },
  { weight: 3, arbitrary: fc.tuple(openTag, text, tag).map(([o, t, c]) => `${o}${t}</${c}>`) },
  { weight: 2, arbitrary: text },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 3000 })
      .map((n) => '<p>Baca juga: Berita lain yang terkait dengan kejadian ini</p>\n'.repeat(n)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 10, max: 3000 }), fc.constantFrom('div', 'span', 'b', 'table'))
      .map(([n, t]) => `<${t}>`.repeat(n)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('kata ', 'x', '中文 '))
      .map(([n, w]) => `<p>${w.repeat(Math.ceil(n / w.length))}</p>`),
  },
  {
    weight: 1,
    arbitrary: fc.constant(
      '<frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset>',
    ),
  },
);

type Mutation = (html: string) => string;
const at = (f: number, html: string): number => Math.floor(f * html.length);
const frac = fc.double({ min: 0, max: 1, noNaN: true });
const spanOf = fc.tuple(frac, fc.integer({ min: 1, max: 5000 }));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  spanOf.map(
    ([f, n]) =>
      (h: string) =>
        h.slice(0, at(f, h)) + h.slice(at(f, h) + n),
  ),
  spanOf.map(([f, n]) => (h: string) => {
    const i = at(f, h);
    return h.slice(0, i) + h.slice(i, i + n) + h.slice(i);
  }),
  fc.tuple(spanOf, frac).map(([[f, n], g]) => (h: string) => {
    const [i, j] = [at(f, h), at(g, h)].sort((x, y) => x - y) as [number, number];
    const len = Math.min(n, j - i);
    return (
      h.slice(0, i) +
      h.slice(j, j + len) +
      h.slice(i + len, j) +
      h.slice(i, i + len) +
      h.slice(j + len)
    );
  }),
  frac.map((f) => (h: string) => h.slice(0, Math.max(at(f, h), 200))),
  fc.tuple(frac, injection).map(
    ([f, s]) =>
      (h: string) =>
        h.slice(0, at(f, h)) + s + h.slice(at(f, h)),
  ),
);

/** A seed page with 1-6 mutations applied in order. */
export function mutatedPage(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([page, steps]) => steps.reduce((h, step) => step(h), page));
}

/** Random HTML from scratch: nested tags with random attributes and text, sometimes an AMP shell. */
export const generatedPage: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        openTag,
        text,
        tag.map((t) => `</${t}>`),
      ),
      { maxLength: 120 },
    ),
    fc.boolean(),
  )
  .map(([parts, amp]) =>
    amp
      ? `<!doctype html><html ⚡ lang="id"><head><link rel="canonical" href="https://m.detik.com/x"><script async src="https://cdn.ampproject.org/v0.js"></script></head><body>${parts.join('')}</body></html>`
      : parts.join(''),
  );
