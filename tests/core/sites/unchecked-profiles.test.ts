// Node test: the 15 profiles written from public sources (not from a saved page) are valid data,
// and on a small hand-made page that follows the markup each profile documents, the body
// selector finds the body and the clutter selectors take the "Baca juga" box and the related list
// but never a body paragraph.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { SiteProfile } from '../../../utils/sites/types';
import { PROFILE as BERITASATU } from '../../../utils/sites/profiles/beritasatu.com';
import { PROFILE as BISNIS } from '../../../utils/sites/profiles/bisnis.com';
import { PROFILE as CNBC } from '../../../utils/sites/profiles/cnbcindonesia.com';
import { PROFILE as CNN } from '../../../utils/sites/profiles/cnnindonesia.com';
import { PROFILE as IDNTIMES } from '../../../utils/sites/profiles/idntimes.com';
import { PROFILE as INEWS } from '../../../utils/sites/profiles/inews.id';
import { PROFILE as JAWAPOS } from '../../../utils/sites/profiles/jawapos.com';
import { PROFILE as JPNN } from '../../../utils/sites/profiles/jpnn.com';
import { PROFILE as KATADATA } from '../../../utils/sites/profiles/katadata.co.id';
import { PROFILE as KONTAN } from '../../../utils/sites/profiles/kontan.co.id';
import { PROFILE as KUMPARAN } from '../../../utils/sites/profiles/kumparan.com';
import { PROFILE as MERDEKA } from '../../../utils/sites/profiles/merdeka.com';
import { PROFILE as SINDONEWS } from '../../../utils/sites/profiles/sindonews.com';
import { PROFILE as TEMPO } from '../../../utils/sites/profiles/tempo.co';
import { PROFILE as TIRTO } from '../../../utils/sites/profiles/tirto.id';

/** Profile and the file it lives in (the file name is the domain). */
const UNCHECKED: ReadonlyArray<[string, SiteProfile]> = [
  ['beritasatu.com', BERITASATU],
  ['bisnis.com', BISNIS],
  ['cnbcindonesia.com', CNBC],
  ['cnnindonesia.com', CNN],
  ['idntimes.com', IDNTIMES],
  ['inews.id', INEWS],
  ['jawapos.com', JAWAPOS],
  ['jpnn.com', JPNN],
  ['katadata.co.id', KATADATA],
  ['kontan.co.id', KONTAN],
  ['kumparan.com', KUMPARAN],
  ['merdeka.com', MERDEKA],
  ['sindonews.com', SINDONEWS],
  ['tempo.co', TEMPO],
  ['tirto.id', TIRTO],
];

const P1 = '<p data-role="body">Paragraf pertama berita yang cukup panjang untuk dibaca.</p>';
const P2 = '<p data-role="body">Paragraf kedua dengan kutipan "kami siap" kata menteri.</p>';
const P3 = '<p data-role="body">Paragraf penutup berita ini.</p>';
const BACA = (cls: string) =>
  `<div class="${cls}" data-role="clutter">Baca juga: <a href="/x">Judul lain</a></div>`;
const RELATED = (cls: string) =>
  `<div class="${cls}" data-role="clutter"><h3>Berita Terkait</h3><ul><li><a href="/y">Y</a></li></ul></div>`;

/** Hand-made pages that follow the markup each profile documents (see its `checked`). */
const SNIPPETS: Record<string, string> = {
  'cnnindonesia.com': `<div class="detail-wrap flex"><div class="detail-text text-cnn_black text-sm grow min-w-0">
    ${P1}<table class="linksisip" data-role="clutter"><tr><td>Baca juga: <a href="/a">A</a></td></tr></table>
    ${P2}<p class="para_caption" data-role="clutter">Foto: ilustrasi</p>${P3}
    ${RELATED('box-related-news')}</div></div>`,
  'cnbcindonesia.com': `<div class="flex gap-4"><div class="detail-text min-w-0"><div class="detail-text">
    ${P1}${BACA('linksisip')}${P2}<span class="media-institusi" data-role="clutter">Bank Indonesia</span>${P3}
    ${RELATED('berita-terkait')}</div></div></div>`,
  'sindonews.com': `<div class="detail-desc">${P1}
    <div class="baca-inline" data-role="clutter"><div class="baca-inline-head">Baca Juga:</div><a href="/b">B</a></div>
    ${P2}<div id="div-gpt-ad-123" data-role="clutter"></div>${P3}${RELATED('box-outlink')}</div>`,
  'kumparan.com': `<div class="article-content">${P1}${BACA('Baca-juga_wrap baca-juga')}${P2}${P3}
    ${RELATED('related-story')}</div>`,
  'idntimes.com': `<article>
    <p class="article-text" data-role="body">Paragraf pertama berita yang cukup panjang untuk dibaca.</p>
    <div class="wrapper-ads" data-role="clutter"><div class="ads">ADVERTISEMENT</div></div>
    <p class="article-text" data-role="body">Paragraf kedua dengan kutipan "kami siap" kata menteri.</p>
    ${BACA('box-baca-juga')}<p class="article-text" data-role="body">Paragraf penutup.</p>
    ${RELATED('related-article')}</article>`,
  'tirto.id': `<article><div class="content-text-editor">${P1}
    <div class="baca-holder bold" data-role="clutter">Baca juga: <a href="/c">C</a></div>${P2}${P3}
    ${RELATED('artikel-terkait')}</div></article>`,
  'jpnn.com': `<div class="page-content"><div itemprop="articleBody">${P1}${BACA('bacajuga')}${P2}${P3}
    ${RELATED('related-news')}</div></div>`,
  'bisnis.com': `<article class="detailsContent force-17 mt40">${P1}
    <div class="baca-juga-box" data-role="clutter"><p>Baca Juga: <a href="/d">D</a></p></div>${P2}${P3}
    ${RELATED('list-terkait')}</article>`,
  'kontan.co.id': `<div class="tmpt-desk-kon" itemprop="articleBody"><p>Reporter: A | Editor: B</p>${P1}
    <p class="track-bacajuga-inside" data-role="clutter"><strong>Baca Juga:</strong> <a href="/e">E</a></p>
    ${P2}${P3}${RELATED('berita-terkait')}</div>`,
  'katadata.co.id': `<div class="detail-body">${P1}${BACA('baca-juga')}${P2}${P3}${RELATED('related-box')}</div>`,
  'inews.id': `<div itemprop="articleBody">${P1}${BACA('baca-juga')}${P2}${P3}${RELATED('article-related')}</div>`,
  'jawapos.com': `<div class="read__content clearfix">${P1}
    <p><strong class="read__others" data-role="clutter">Baca Juga: <a href="/f">F</a></strong></p>${P2}${P3}
    ${RELATED('read__related')}</div>`,
  'beritasatu.com': `<div class="article-content">${P1}${BACA('bacajuga-box')}${P2}
    <div class="newsletter-signup" data-role="clutter">Dapatkan update berita pilihan di WhatsApp</div>${P3}
    ${RELATED('related-posts')}</div>`,
  'tempo.co': `<div id="content-wrapper">${P1}${BACA('baca-juga')}${P2}${P3}${RELATED('related-article')}</div>`,
  'merdeka.com': `<div class="mdk-body-paragraph">${P1}
    <div class="title-section_terkait" data-role="clutter">Baca juga:</div>
    <ul id="list-section_terkait" data-role="clutter"><li><a href="/g">G</a></li></ul>${P2}${P3}
    ${RELATED('box-related')}</div>`,
};

function makeDocument(domain: string, html: string): Document {
  const page = `<!doctype html><html><body><header><h1>Judul</h1></header><main>${html}</main>
    <aside><h2>Terpopuler</h2><ol><li>Z</li></ol></aside></body></html>`;
  return new JSDOM(page, { url: `https://www.${domain}/read/1/judul` }).window.document;
}

function allSelectors(p: SiteProfile): string[] {
  return [
    ...p.body.map((b) => (typeof b === 'string' ? b : b.all)),
    ...p.clutter,
    ...(p.pageClutter ?? []),
    ...(p.meta?.title ?? []),
    ...(p.meta?.byline ?? []),
    ...(p.meta?.date ?? []),
    ...(p.multiPage?.pager ?? []),
  ];
}

/** The first body candidate that finds an element, as the core picks it. */
function findBody(doc: Document, p: SiteProfile): Element | null {
  for (const candidate of p.body) {
    const el = doc.querySelector(typeof candidate === 'string' ? candidate : candidate.all);
    if (el) return el;
  }
  return null;
}

/** Whether a clutter selector takes `el`, itself or through an ancestor inside `root`. */
function isTakenByClutter(el: Element, root: Element, clutter: readonly string[]): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (clutter.some((sel) => node?.matches(sel))) return true;
    if (node === root) break;
  }
  return false;
}

describe('unchecked site profiles: data', () => {
  const doc = new JSDOM('<!doctype html><p>x</p>').window.document;

  it('covers exactly the 15 outlets of issue 2 with no saved page', () => {
    expect(UNCHECKED.map(([d]) => d).sort()).toEqual(Object.keys(SNIPPETS).sort());
    expect(UNCHECKED).toHaveLength(15);
  });

  for (const [file, p] of UNCHECKED) {
    describe(file, () => {
      it('is named by its file and serves lower-case hostnames', () => {
        expect(p.id).toBe(file);
        expect(p.domains.length).toBeGreaterThan(0);
        expect(p.domains).toContain(file);
        for (const d of p.domains) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      });

      it('says it is unchecked and where its markup knowledge came from', () => {
        expect(p.checked.startsWith('unchecked:')).toBe(true);
        expect(p.checked.length).toBeGreaterThan('unchecked: '.length + 10);
      });

      it('has a body and only selectors that parse', () => {
        expect(p.body.length).toBeGreaterThan(0);
        for (const sel of allSelectors(p)) {
          expect(() => doc.querySelector(sel), sel).not.toThrow();
        }
      });

      it('has a site name and a sane single-page parameter', () => {
        expect(p.meta?.siteName ?? '').not.toBe('');
        const param = p.multiPage?.singlePageParam;
        if (param) {
          expect(param.name).toMatch(/^[a-z]+$/);
          expect(param.value).not.toBe('');
        }
      });
    });
  }
});

describe('unchecked site profiles: on a page that follows the documented markup', () => {
  for (const [domain, p] of UNCHECKED) {
    it(`${domain}: body found, "Baca juga" and related lists taken, body paragraphs kept`, () => {
      const doc = makeDocument(domain, SNIPPETS[domain] ?? '');
      const body = findBody(doc, p);
      expect(body, 'no body candidate matched').not.toBeNull();
      if (!body) return;

      const paragraphs = Array.from(doc.querySelectorAll('[data-role="body"]'));
      expect(paragraphs.length).toBeGreaterThanOrEqual(3);
      for (const para of paragraphs) {
        expect(body.contains(para), para.textContent ?? '').toBe(true);
        expect(isTakenByClutter(para, body, p.clutter), para.textContent ?? '').toBe(false);
      }

      const clutter = Array.from(doc.querySelectorAll('[data-role="clutter"]'));
      expect(clutter.length).toBeGreaterThanOrEqual(2);
      for (const el of clutter) {
        expect(isTakenByClutter(el, body, p.clutter), el.outerHTML.slice(0, 80)).toBe(true);
      }

      // The sidebar outside the body is page clutter, never part of the body.
      const aside = doc.querySelector('aside');
      expect(aside && body.contains(aside)).toBe(false);
    });
  }
});
