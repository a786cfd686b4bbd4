// Unit tests for the smaller pipeline steps: transforms, text, body, pages, URL.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../utils/cli/parse-html';
import { PageTooLargeError } from '../../../utils/extract/errors';
import { findProfileBody } from '../../../utils/extract/find-body';
import { findTrailingCredit } from '../../../utils/extract/metadata/trailing-credit';
import { findContentRegion } from '../../../utils/extract/narrow-content';
import { findPageLinks } from '../../../utils/extract/find-pages';
import { resolvePageUrl } from '../../../utils/extract/extract-article';
import { toParagraphs } from '../../../utils/extract/to-text';
import { stripTrailingInitials, wrapBrRuns } from '../../../utils/extract/transforms';
import {
  buildMatchPatterns,
  findProfile,
  findProfileByLinks,
  hostOf,
} from '../../../utils/sites/registry';
import { readGold, readPage } from '../../helpers/corpus';

const el = (html: string): Element =>
  new JSDOM(`<!doctype html><body><div id="r">${html}</div></body>`).window.document.querySelector(
    '#r',
  )!;

describe('wrapBrRuns', () => {
  it('turns <br>-separated bare text into paragraphs (old detik, antara)', () => {
    const root = el(
      'Paragraf satu <b>tebal</b>.<br><br>Paragraf dua.<br>Paragraf tiga.<div>blok</div>ekor',
    );
    wrapBrRuns(root);
    expect(Array.from(root.children).map((c) => `${c.tagName}:${c.textContent}`)).toEqual([
      'P:Paragraf satu tebal.',
      'P:Paragraf dua.',
      'P:Paragraf tiga.',
      'DIV:blok',
      'P:ekor',
    ]);
  });
});

describe('stripTrailingInitials', () => {
  it('drops "(mea/mea)" that closes the body', () => {
    const root = el('<p>Kalimat terakhir berita.(Mvi/Ali)</p>');
    stripTrailingInitials(root);
    expect(root.textContent).toBe('Kalimat terakhir berita.');
  });
  it('leaves a closing parenthesis of prose alone', () => {
    const root = el('<p>Harga naik (lihat tabel di bawah ini yang lengkap)</p>');
    stripTrailingInitials(root);
    expect(root.textContent).toContain('(lihat tabel');
  });
});

describe('toParagraphs', () => {
  it('separates blocks and <br>, folds white space, skips hidden and script', () => {
    const root = el(
      '<p>Satu\n  dua</p><div>Tiga<br>Empat</div><p style="display:none">tersembunyi</p><script>x()</script><p hidden>juga</p>',
    );
    expect(toParagraphs(root)).toEqual(['Satu dua', 'Tiga', 'Empat']);
  });
});

describe('profiles and the registry', () => {
  it('finds profiles by host, subdomains included', () => {
    expect(findProfile('https://sport.detik.com/x')?.id).toBe('detik.com');
    expect(findProfile('http://otomotif.antaranews.com/berita/1')?.id).toBe('antaranews.com');
    expect(findProfile('https://notdetik.com/x')).toBeNull();
    expect(findProfile('javascript:alert(1)')).toBeNull();
    expect(hostOf('HTTPS://WWW.Kompas.com:443/a')).toBe('www.kompas.com');
  });
  it('builds one match pattern per domain', () => {
    const patterns = buildMatchPatterns();
    expect(patterns).toContain('*://*.detik.com/*');
    expect(patterns).toContain('*://*.cnnindonesia.com/*');
    expect(patterns.length).toBeGreaterThanOrEqual(26);
  });
  it('recognises a saved page without its address by its own links (antaranews-1)', () => {
    expect(findProfileByLinks(parseHtml(readPage('antaranews-1')))?.id).toBe('antaranews.com');
  });
  it('finds the detik photo story intro plus its caption through an { all } body', () => {
    const doc = parseHtml(readPage('detik-7'));
    const match = findProfileBody(doc, findProfile(readGold('detik-7').url)!);
    expect(match?.selector.startsWith('all:')).toBe(true);
    expect(match?.el.textContent).toContain(
      'PT PLN resmi mengoperasikan Gardu Induk (GI) 150 kV Milenium',
    );
  });
});

describe('findPageLinks on real split pages', () => {
  it('kompas-7: two pages from the meta tag and the pager, single page ?page=all', () => {
    const gold = readGold('kompas-7');
    const doc = parseHtml(readPage('kompas-7'), gold.url);
    const links = findPageLinks(doc, gold.url, findProfile(gold.url));
    expect(links.total).toBe(2);
    expect(links.singlePageUrl).toMatch(/[?&]page=all/);
  });
  it('tribunnews-2: "Halaman 1 2 3 4"', () => {
    const gold = readGold('tribunnews-2');
    const doc = parseHtml(readPage('tribunnews-2'), gold.url);
    const links = findPageLinks(doc, gold.url, findProfile(gold.url));
    expect(links.total).toBe(4);
    expect(links.urls).toHaveLength(3);
    expect(links.urls.every((u) => u.startsWith('https://www.tribunnews.com/'))).toBe(true);
  });
  it('a single-page article reports one page', () => {
    const gold = readGold('detik-1');
    const doc = parseHtml(readPage('detik-1'), gold.url);
    expect(findPageLinks(doc, gold.url, findProfile(gold.url)).total).toBe(1);
  });
});

describe('resolvePageUrl', () => {
  it('prefers the given address, then canonical, then og:url; ignores non-http', () => {
    const doc = new JSDOM(
      '<link rel="canonical" href="javascript:x"><meta property="og:url" content="https://a.id/b">',
    ).window.document;
    expect(resolvePageUrl(doc, null)).toBe('https://a.id/b');
    expect(resolvePageUrl(doc, 'https://given.id/')).toBe('https://given.id/');
  });
});

describe('findContentRegion', () => {
  it('narrows a real page to the region holding the prose, without the sidebar (detik-1)', () => {
    const doc = parseHtml(readPage('detik-1'));
    const region = findContentRegion(doc);
    expect(region).not.toBeNull();
    const text = (region?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Korban atau pemotor pria berinisial CE');
    // the Berita Terkait list and the footer are outside; a seventh of the page's text is inside
    expect(text).not.toContain('Kasus Hamili Pacar Bikin Polisi di Kepulauan Seribu Kena Patsus');
    expect(text).not.toContain('Pedoman Media Siber');
    expect(text.length).toBeLessThan((doc.body.textContent ?? '').length / 5);
  });
  it('refuses prose nested thousands deep (the caller reads it flat)', () => {
    const p =
      '<p>Kalimat berita yang cukup panjang untuk dihitung sebagai paragraf prosa di halaman.</p>';
    const doc = parseHtml(
      `<body>${'<div>'.repeat(1500)}${p.repeat(8)}${'</div>'.repeat(1500)}</body>`,
    );
    expect(() => findContentRegion(doc)).toThrow(PageTooLargeError);
  });
});

describe('findTrailingCredit', () => {
  it('reads a reporter credited in brackets at the end (suara-1)', () => {
    expect(findTrailingCredit(['Isi.', 'di Jalan Sedap Malam, Denpasar. (Luh Wayanti)'])).toBe(
      'Luh Wayanti',
    );
  });
  it('ignores sources, initials and single words', () => {
    for (const last of [
      'Kata dia. (Antara News)',
      'Kata dia. (mea/mea)',
      'Kata dia. (Reuters)',
      'Kata dia. (Foto Istimewa)',
    ]) {
      expect(findTrailingCredit([last])).toBeNull();
    }
  });
});
