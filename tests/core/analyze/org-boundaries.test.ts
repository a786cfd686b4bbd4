import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';
import { parseHtml } from '../../../utils/cli/parse-html';
import { extractArticle } from '../../../utils/extract/extract-article';
import { sanitizeHtml } from '../../../utils/sanitize/node';
import { readPage } from '../../helpers/corpus';

// sentences from the corpus pages (tests/fixtures/corpus/pages)
const names = (text: string, kind: 'person' | 'organization'): string[] =>
  analyzeText(text)
    .participants.filter((p) => p.kind === kind)
    .map((p) => p.name);

describe('organisation boundaries', () => {
  it('ends a police unit at the rank of the officer after it', () => {
    const text =
      'Kasat Reskrim Polres Lhokseumawe AKP Yasir kepada Kompas.com, menyebutkan, pelaku sudah ditahan.';
    expect(names(text, 'organization')).toContain('Polres Lhokseumawe');
    expect(names(text, 'person')).toContain('Yasir');
  });

  it('ends a listed company at "Tbk"', () => {
    const text =
      '"Kami siapkan logistik, pengadaan, kualitas bahan, dan juga tenaga ahli," kata Direktur PT Astra Otoparts Tbk Yusak Kristian, di Jakarta, Selasa.';
    expect(names(text, 'organization')).toContain('PT Astra Otoparts Tbk');
    expect(names(text, 'person')).toContain('Yusak Kristian');
  });

  it('splits two ministries joined by "dan"', () => {
    const text =
      'Tim KPK telah menelusuri ke sejumlah kementerian, termasuk Kementerian ESDM dan Kementerian Investasi.';
    const orgs = names(text, 'organization');
    expect(orgs).toContain('Kementerian ESDM');
    expect(orgs).toContain('Kementerian Investasi');
  });

  it('reads football clubs with their town, even after "dari", and keeps the coach a person', () => {
    const text =
      'Mantan pelatih Persidafon Jayapura dan Persegres Gresik United, Agus Yuwono, mengaku sudah tiga kali ' +
      'jadi korban. Tim itu diminta mengalah dari Persiwa Wamena pada partai itu. Persiwa menang 1-0.';
    const orgs = names(text, 'organization');
    expect(orgs).toEqual(
      expect.arrayContaining(['Persidafon Jayapura', 'Persegres Gresik United', 'Persiwa Wamena']),
    );
    expect(orgs).not.toContain('Persiwa');
    expect(names(text, 'person')).toContain('Agus Yuwono');
  });
});

describe('lone unknown words in a whole article', () => {
  it('does not take a tyre brand named once for a person (antaranews-4)', () => {
    const text = extractArticle(parseHtml(readPage('antaranews-4')), {
      sanitize: sanitizeHtml,
    }).text;
    const a = analyzeText(text);
    const people = a.participants.filter((p) => p.kind === 'person').map((p) => p.name);
    expect(people).toContain('Yusak Kristian');
    expect(people).not.toContain('Pirelli');
  });
});
