import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

// Sentences from the corpus pages in tests/fixtures/corpus (kompas-5, liputan6-1, kompas-1, okezone-3,
// kapanlagi-1, kapanlagi-2, antaranews-4, detik-3), cut short.
const people = (text: string): string[] =>
  analyzeText(text)
    .participants.filter((p) => p.kind === 'person')
    .map((p) => p.name);
const orgs = (text: string): string[] =>
  analyzeText(text)
    .participants.filter((p) => p.kind === 'organization')
    .map((p) => p.name);

describe('person filter', () => {
  it('does not take hotels and streets in a list of places for people', () => {
    const text =
      'Hal itu disampaikan Nangoi usai acara rapat umum anggota Gaikindo 2016, di hotel Pullman, Thamrin, Jakarta Pusat, Selasa (23/2/2016).';
    const p = people(text);
    expect(p).not.toContain('Pullman');
    expect(p).not.toContain('Thamrin');
  });

  it('reads a list holding an organisation as a list of organisations', () => {
    const text =
      'Sejumlah operator telah meluncurkan layanan 4G antara lain Telkomsel, XL Axiata, Indosat Ooredoo, dan Smartfren.';
    expect(people(text)).toEqual([]);
    expect(orgs(text)).toEqual(expect.arrayContaining(['Telkomsel', 'Smartfren']));
  });

  it('merges nicknames given with "alias" or in brackets into one person', () => {
    const a =
      'Penyidik Polres Lhokseumawe melimpahkan Faisal (37) alias Komeng anggota kelompok bersenjata ke kejaksaan.';
    expect(people(a)).toEqual(['Faisal']);
    const b =
      'JAKARTA - Gubernur DKI Jakarta Basuki Tjahaja Purnama (Ahok), mendukung usulan pemberian jenderal bintang lima. Menurut Ahok, usulan itu wajar.';
    const p = analyzeText(b).participants.find((x) => x.name === 'Basuki Tjahaja Purnama');
    expect(p?.aliases).toContain('Ahok');
    expect(people(b)).not.toContain('Ahok');
  });

  it('drops hashtags and the outlet, and joins a clipped surname to the full name', () => {
    const text =
      'Kapanlagi.com - Pesona kecantikan yang dimiliki Dian Sastrowardoyo memang sudah tak diragukan lagi. Setelah jadi pemeran utama dalam webseries #AnakArtis, kini Dian Sastro bakal muncul di film baru.';
    expect(people(text)).toEqual(['Dian Sastrowardoyo']);
  });

  it('skips a dateline with the outlet in brackets', () => {
    const text =
      'Jakarta (ANTARA News) - PT Astra Otoparts Tbk meluncurkan rangkaian jenis ban sepeda motor baru.';
    expect(orgs(text)).toEqual(['PT Astra Otoparts Tbk']);
  });

  it('reads a club after "melawan" as an organisation', () => {
    const text = 'Gelandang Manchester City, Fernandinho juga mencetak gol saat melawan Sevilla.';
    expect(people(text)).toEqual(['Fernandinho']);
    expect(orgs(text)).toContain('Sevilla');
  });
});

// Sentences from NERGRIT train/valid (Wikipedia prose), cut short.
describe('names that are places, works or generic heads', () => {
  it('reads a name after "Desa" or "Gunung" as a place', () => {
    const text =
      'Di sebelah timur berbatasan dengan Desa Kaligunting, di sebelah barat berbatasan dengan Desa Klecorejo.';
    expect(people(text)).toEqual([]);
  });

  it('reads a name alone in quotation marks as a title, unless it follows "sebagai"', () => {
    expect(people('Lewat lagu "So What Gitu Loh" di album pertamanya, ia dikenal luas.')).toEqual(
      [],
    );
    expect(
      people('Dalam film itu ia tampil sebagai "Shizuna Minamoto" dalam serial televisi.'),
    ).toEqual(['Shizuna Minamoto']);
  });

  it('does not take "Serikat" of "Amerika Serikat" or a bare head word for an organisation', () => {
    expect(orgs('Ia adalah seorang penyanyi pop Amerika Serikat.')).toEqual([]);
    expect(orgs('Band ini pernah juga mengadakan tur ke Eropa.')).toEqual([]);
  });
});

// Sentences from the corpus pages (liputan6-1, kapanlagi-1, okezone-3), cut short.
describe('organisations in capitals and acronyms', () => {
  it('keeps a spelled-out acronym but not an unknown one nor a title in capitals', () => {
    const text =
      'Belum lagi perakitan handset pasca penerapan Tingkat Aturan Dalam Negeri (TKDN). Sementara itu, film HEART BEAT tayang pekan depan dan Komisi Pemberantasan Korupsi (KPK) ikut menonton.';
    const o = orgs(text);
    expect(o).not.toContain('HEART BEAT');
    expect(o).toContain('Komisi Pemberantasan Korupsi');
    expect(orgs('Penambahan BTS di daerah terpencil terus dilakukan operator.')).toEqual([]);
  });

  it('does not take "RI" or "Balai Kota" for organisations', () => {
    const text =
      '"Boleh dong," kata Ahok di Balai Kota, Jakarta. Ia mendukung usulan bintang lima bagi Presiden RI.';
    expect(orgs(text)).toEqual([]);
  });
});

// Sentences from NERGRIT valid (Wikipedia prose), cut short.
describe('titles of works and English titles', () => {
  it('does not take a film title after "The" or "drama" for a person', () => {
    expect(people('Ia bermain dalam dua film Zorro yaitu The Mask of Zorro (1998).')).toEqual([]);
    expect(
      people('Ia mendapat peran utama dalam drama Princess Hour dan mendapat banyak pujian.'),
    ).toEqual([]);
  });

  it('does not take an English post for a name', () => {
    expect(
      people(
        'Pada tahun itu ia naik jabatan lagi menjadi Manufacturing Director di pabrik tersebut.',
      ),
    ).toEqual([]);
  });
});

// Sentences from idner-news-2k dev, cut short.
describe('countries', () => {
  it('does not take a country after a post for a person', () => {
    const text =
      'Pasukan itu menyerang Somalia, kata Perdana Menteri Ethiopia, Meles Zenawi, dalam pidatonya.';
    expect(people(text)).toEqual(['Meles Zenawi']);
  });
});

// Sentences from the corpus pages (detik-5, kapanlagi-1) and idner-news-2k dev, cut short.
describe('posts, sentence openers and photo credits', () => {
  it('keeps the field of a post out of the names', () => {
    const text =
      'Atas kejadian kemarin, kata Menko Polhukam, Djoko Suyanto dalam keterangannya di Jakarta.';
    expect(people(text)).toEqual(['Djoko Suyanto']);
  });

  it('drops a plain word opening a quoted sentence and a photo credit', () => {
    const text =
      'Pemkab meminta warga tetap tenang. "Mari bergandengan tangan menjaga pariwisata," kata Kepala Dinas Pariwisata Badung, I Nyoman Rudiarta.\n\nFoto bersama para pemain/©KapanLagi.com®/M. Akrom Sukarya';
    const p = people(text);
    expect(p).not.toContain('Mari');
    expect(p).not.toContain('M. Akrom Sukarya');
    expect(p).toContain('I Nyoman Rudiarta');
  });
});
