// Extension-side tests (jsdom): the first words listed for a hidden block (clipTextOf, which
// reads text nodes only until the clip is decided) are exactly the clip of the block's whole
// normalised text, on every element of the corpus pages and on blocks built to trip it.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { listCorpusIds, readPage } from '../../helpers/corpus';
import { textOf } from '../../../utils/extract/dom-text';
import { clipTextOf } from '../../../utils/live/mark-clutter';

const CLIP = 140;
const wholeClip = (el: Element): string => {
  const t = textOf(el);
  return t.length > CLIP ? `${t.slice(0, CLIP - 1)}…` : t;
};

function docOf(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('clipTextOf', () => {
  it('equals the clip of the whole text on every element of every corpus page', () => {
    let checked = 0;
    for (const id of listCorpusIds()) {
      const doc = docOf(readPage(id));
      for (const el of Array.from(doc.body.getElementsByTagName('*'))) {
        expect(clipTextOf(el), `${id} <${el.tagName.toLowerCase()}>`).toBe(wholeClip(el));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('handles whitespace-only, invisible and split-space text nodes like the whole text', () => {
    const cases = [
      // thousands of whitespace-only nodes before and between the words
      `<div>${'<span> \n\t </span>'.repeat(3000)}Baca juga${'<i>  </i>'.repeat(500)}: berita</div>`,
      // zero-width characters and soft hyphens between spaces, across node boundaries
      '<div>a <b>\u200b</b> b<i> \u00ad </i>c\ufeff<u> </u> d</div>',
      // a space at the end of one node and the start of the next
      '<div><p>satu </p><p> dua</p><p>tiga</p></div>',
      // exactly around the clip length
      `<div>${'x'.repeat(139)}</div>`,
      `<div>${'x'.repeat(140)}</div>`,
      `<div>${'x'.repeat(141)}</div>`,
      `<div>${'x'.repeat(139)}<b> </b><b> y</b></div>`,
      `<div>${'kata '.repeat(28)}<b>z</b></div>`,
      `<div>${'kata '.repeat(29)} </div>`,
      '<div>   </div>',
      '<div></div>',
    ];
    for (const html of cases) {
      const el = docOf(html).body.firstElementChild as Element;
      expect(clipTextOf(el), html.slice(0, 60)).toBe(wholeClip(el));
    }
  });
});
