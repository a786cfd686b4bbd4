// Unit tests of credit-line parsing with bylines taken from the corpus pages.
import { describe, expect, it } from 'vitest';
import { isPersonName, parseCredits, splitNames } from '../../../utils/extract/metadata/byline';

describe('parseCredits', () => {
  it.each([
    ['Pewarta: Nur Imansyah', ['Nur Imansyah'], []], // antaranews-1
    ['Pewarta: Budisantoso Budiman dan Agus S', ['Budisantoso Budiman', 'Agus S'], []], // antaranews-2
    ['Pewarta: prwir', [], []], // antaranews-3: a wire code
    ['Penulis: Glery Lazuardi Editor: Willy Widianto', ['Glery Lazuardi'], ['Willy Widianto']], // tribunnews-1
    [
      'Penulis : Kontributor Lhokseumawe, Masriadi Editor : Ervan Hardoko',
      ['Masriadi'],
      ['Ervan Hardoko'],
    ], // kompas-1
    ['Rep: C31/ Red: Israr Itah', [], ['Israr Itah']], // republika-4
    ['Red: Yudha Manggala P Putra', [], ['Yudha Manggala P Putra']], // republika-1
    ['Redaktur : Agus Yulianto Sumber : kemenag.go.id', [], ['Agus Yulianto']], // republika-3
    ['Oleh : Maya Sofia', ['Maya Sofia'], []], // viva-1
    ['By Corry Anestia on 16 Feb 2016 at 09:10 WIB', ['Corry Anestia'], []], // liputan6-1
    ['Laporan Wartawan Tribunnews.com, Glery Lazuardi', ['Glery Lazuardi'], []],
    ['Reporter: Andi Saputra & Rina Sari', ['Andi Saputra', 'Rina Sari'], []],
  ])('%s', (text, authors, editors) => {
    const c = parseCredits(text);
    expect(c.authors).toEqual(authors);
    expect(c.editors).toEqual(editors);
  });

  it('reads bare byline elements as authors', () => {
    expect(parseCredits('Fino Yurio Kristo - detikinet', ['detik'], true).authors).toEqual([
      'Fino Yurio Kristo',
    ]); // detik-6
    expect(parseCredits('Dewi Kania Jurnalis', [], true).authors).toEqual(['Dewi Kania']); // okezone-1
    expect(parseCredits('Tim detikBali', ['detik'], true).authors).toEqual([]); // detik-5
    expect(parseCredits('Penulis Australia berbagi ilmu', [], false).authors).toEqual([]); // a headline, no colon
  });

  it('takes photographers apart from writers', () => {
    expect(parseCredits('Fotografer: Grandyos Zafna').photographers).toEqual(['Grandyos Zafna']); // detik-7
  });
});

describe('isPersonName', () => {
  it.each(['Masriadi', 'Agus S', 'Isna Rifka Sri Rahayu', 'Putra Rusdi K'])('accepts %s', (n) => {
    expect(isPersonName(n)).toBe(true);
  });
  it.each([
    'prwir',
    'C31',
    'bgs',
    'ANT',
    'Liputan6.com',
    'Kompas Cyber Media',
    'Tim detikBali',
    'Dok.Saleh Husin',
    'Facebook',
  ])('rejects %s', (n) => {
    expect(isPersonName(n, ['kompas', 'detik', 'liputan6'])).toBe(false);
  });
  it('splits lists on commas, "dan", "&" and "/"', () => {
    expect(splitNames('A Satu, B Dua dan C Tiga & D Empat/E Lima')).toEqual([
      'A Satu',
      'B Dua',
      'C Tiga',
      'D Empat',
      'E Lima',
    ]);
  });
});
