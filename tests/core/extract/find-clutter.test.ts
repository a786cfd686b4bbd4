// Unit tests for the clutter finder shared by the extractor and the content script.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropTrailingLinkLines } from '../../../utils/extract/clean-body';
import { findClutter } from '../../../utils/extract/clutter/find-clutter';
import { findProfile } from '../../../utils/sites/registry';

function body(html: string): Element {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;
}

const PROSE =
  '<p>Kapolsek Kebayoran Lama Kompol Widya Agustiono mengatakan pihaknya masih menyelidiki kasus ini dan meminta warga tenang.</p>';

describe('findClutter text patterns', () => {
  it('takes an inline "Baca juga:" line but not the prose around it', () => {
    const root = body(
      `${PROSE}<p><strong>Baca juga:</strong> <a href="/x">Heboh Cekcok Pemotor vs Pria Berpistol di Jaksel</a></p>${PROSE}`,
    );
    const hits = findClutter(root, { mode: 'extract' });
    expect(hits.map((h) => h.el.textContent)).toEqual([
      'Baca juga: Heboh Cekcok Pemotor vs Pria Berpistol di Jaksel',
    ]);
    expect(hits[0]?.reason).toBe('inline link line');
  });

  it('climbs from a "Baca juga" cell to the whole table (detik 2022)', () => {
    const root = body(
      `${PROSE}<table class="x"><tbody><tr><td><strong>Baca juga:</strong></td><td><a href="/y">Terungkap! Cekcok Pemotor</a></td></tr></tbody></table>${PROSE}`,
    );
    const [hit] = findClutter(root, { mode: 'extract' });
    expect(hit?.el.tagName).toBe('TABLE');
  });

  it('takes a headed list of links ("Berita Terkait") as one block', () => {
    const root = body(
      `<article>${PROSE}${PROSE}</article><section><h2>Berita Terkait</h2><ul><li><a href="/1">Amnesty Catat Peningkatan Pelanggaran HAM</a></li><li><a href="/2">Data Kelam Amnesty International</a></li></ul></section>`,
    );
    const hits = findClutter(root, { mode: 'live' });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.el.tagName).toBe('SECTION');
    expect(hits[0]?.reason).toBe('heading: Berita Terkait');
  });

  it.each([
    'Terpopuler',
    'Pilihan',
    'Terkini',
    'Rekomendasi',
    'Artikel Terkait',
    'Berita Lainnya',
    'Berita Terpopuler',
  ])('knows the "%s" heading', (heading) => {
    const root = body(
      `<div><h3>${heading}</h3><ul><li><a href="/1">Satu judul berita yang cukup panjang</a></li><li><a href="/2">Dua judul berita</a></li></ul></div>`,
    );
    expect(findClutter(root, { mode: 'live' }).map((h) => h.el.tagName)).toEqual(['DIV']);
  });

  it('takes a lone heading with the bare links after it (kapanlagi "Jangan Lewatkan")', () => {
    const root = body(
      `<div>${PROSE}<h2>Jangan Lewatkan</h2><a href="/1">'HEART BEAT' Bukan Hanya Sekedar Cerita</a><br><a href="/2">Beri Pujian Buat Blink</a><br>${PROSE}</div>`,
    );
    const hits = findClutter(root, { mode: 'extract' });
    expect(hits.map((h) => h.el.tagName)).toEqual(['H2', 'A', 'BR', 'A', 'BR']);
  });

  it('does not take a word such as "pilihan" inside a sentence, nor a menu link', () => {
    const root = body(
      `<nav><a href="/terpopuler">Terpopuler</a> <a href="/pilihan">Pilihan</a> <a href="/">Home</a></nav><p>Pilihan warga jatuh pada calon yang terkini dan terpopuler di daerah itu.</p>`,
    );
    expect(findClutter(root, { mode: 'live' })).toEqual([]);
  });

  it('takes ad labels, scroll prompts and channel promotions', () => {
    const root = body(
      `${PROSE}<div>ADVERTISEMENT</div><p>SCROLL TO RESUME CONTENT</p><p>Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update"</p>${PROSE}`,
    );
    expect(findClutter(root, { mode: 'extract' }).map((h) => h.reason)).toEqual([
      'boilerplate',
      'boilerplate',
      'promotion',
    ]);
  });

  it('leaves prose that merely names a social network', () => {
    const root = body(
      `${PROSE}<p>Dian kemudian cek akun Instagram miliknya dan menemukan foto lama itu.</p>`,
    );
    expect(findClutter(root, { mode: 'extract' })).toEqual([]);
  });

  it('drops credit lines only when extracting, not on the live page', () => {
    const root = body(`${PROSE}<p>Editor: Ade Marboen</p><p>(mea/mea)</p>`);
    expect(findClutter(root, { mode: 'extract' }).map((h) => h.reason)).toEqual([
      'credit line',
      'credit line',
    ]);
    expect(findClutter(root, { mode: 'live' })).toEqual([]);
  });

  it('never hits the article root or its ancestors', () => {
    const root = body(
      `<div id="wrap"><h2>Terkini</h2><div id="art">${PROSE}<a href="/a">link</a></div></div>`,
    );
    const keep = root.querySelector('#art');
    const hits = findClutter(root, { mode: 'live', keep });
    expect(hits.some((h) => h.el.contains(keep))).toBe(false);
  });

  it('applies the profile clutter selectors and skips an invalid one', () => {
    const profile = findProfile('https://news.detik.com/x');
    expect(profile).not.toBeNull();
    const root = body(
      `${PROSE}<div class="parallaxindetail">iklan</div><div class="detail__body-tag">tags</div>`,
    );
    const hits = findClutter(root, {
      mode: 'extract',
      profile: profile && { ...profile, clutter: ['[[bad', ...profile.clutter] },
    });
    expect(hits.map((h) => h.el.className)).toEqual(['parallaxindetail', 'detail__body-tag']);
  });
});

describe('dropTrailingLinkLines', () => {
  it('drops a closing tag list and widget labels, stops at prose (liputan6 2016)', () => {
    const root = body(
      `${PROSE}<div><a href="/t/1">Media Visit</a></div><div><a href="/t/2">Hutchison 3 Indonesia</a></div><p>Credits (2)</p>`,
    );
    const removed: { reason: string; text: string }[] = [];
    dropTrailingLinkLines(root, removed);
    expect(removed.map((r) => r.text)).toEqual([
      'Credits (2)',
      'Hutchison 3 Indonesia',
      'Media Visit',
    ]);
    expect(root.textContent).toContain('Kapolsek Kebayoran Lama');
  });
});
