import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

// Sentences from the corpus pages in tests/fixtures/corpus (detik-1, antaranews-2), cut short.
const DETIK =
  'Polisi masih mendalami percekcokan antara pemotor dan pemobil di Cipulir, Kabayoran Lama, Jakarta Selatan (Jaksel).\n\n' +
  '"Korbanya kita dampingi buat laporan, korbannya, kemarin," kata Kapolsek Kabayoran Lama, Kompol Widya Agustiono saat dihubungi wartawan, Sabtu (10/12/2022).\n\n' +
  'Widya mengatakan pemobil atau pria berkemeja biru muda dalam video tersebut menyimpan benda yang dicurigai merupakan pistol di pinggang.\n\n' +
  '"Kalau dari keterangannya (korban), dia mengeluarkan, memperlihatkan, setelah itu ditaruh di pinggang, seperti itu," ujarnya.\n\n' +
  '"(Terduga) pelakunya masih penyelidikan, belum (diketahui pistol beneran atau replika)," ujar Widya.';

describe('quotes', () => {
  it('finds quotes with the speaker after the cue, a post before the name, and -nya resolved back', () => {
    const a = analyzeText(DETIK);
    expect(a.quotes).toHaveLength(3);
    for (const q of a.quotes) expect(DETIK.slice(q.start, q.end)).toBe(q.text);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual([
      'Widya Agustiono',
      'Widya Agustiono',
      'Widya Agustiono',
    ]);
    expect(a.quotes.map((q) => q.cue)).toEqual(['kata', 'ujarnya', 'ujar']);
  });

  it('reads the speaker in its own comma segment after a long post', () => {
    const text =
      '"Kami masih mendalami kasus ini dari berbagai sisi," kata Kasubdit IV Renakta Ditreskrimum Polda Lampung, AKBP Ferdiyan Fahmi, di Bandarlampung, Selasa.';
    expect(analyzeText(text).quotes[0]?.speaker?.name).toBe('Ferdiyan Fahmi');
  });

  it('reads role and organisation from the phrase (curly marks, Kompas style opening ”)', () => {
    const text =
      '”Program ini akan diluncurkan pada triwulan keempat tahun ini,” kata Presiden Direktur Bank OCBC NISP Parwati Surjaudaja di Jakarta.';
    const q = analyzeText(text).quotes[0];
    expect(q?.speaker?.name).toBe('Parwati Surjaudaja');
    expect(q?.speaker?.role).toBe('Presiden Direktur');
    expect(q?.speaker?.org).toBe('Bank OCBC NISP');
  });

  it('takes the subject of a speech verb before the quote', () => {
    const text =
      'Sementara itu, Direktur Eksekutif Indef Tauhid Ahmad mengatakan, "Daya beli masyarakat belum pulih sepenuhnya."';
    expect(analyzeText(text).quotes[0]?.speaker?.name).toContain('Tauhid Ahmad');
  });

  it('joins a quote that runs over paragraphs, each reopening with a mark', () => {
    const text =
      '"Paragraf pertama dari kutipan yang panjang ini.\n\n"Paragraf kedua menutupnya dengan rapi," kata Budi Santoso.';
    const qs = analyzeText(text).quotes;
    expect(qs).toHaveLength(1);
    expect(qs[0]?.start).toBe(0);
    expect(qs[0]?.speaker?.name).toBe('Budi Santoso');
  });

  it('skips short scare quotes with no cue', () => {
    expect(
      analyzeText('Warga menyebut kawasan itu "kampung mati" sejak banjir.').quotes,
    ).toHaveLength(0);
  });
});
