import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

// lone sentences from the NERGRIT train split and the corpus pages
const orgs = (text: string): string[] =>
  analyzeText(text)
    .participants.filter((p) => p.kind === 'organization')
    .map((p) => p.name);

describe('school names', () => {
  it('reads a school with its number and town', () => {
    const text =
      'Seiring berjalannya waktu dan berubahnya kebijakan pemerintah SMPP kini berganti nama menjadi SMA Negeri 1 Pandaan setelah sebelumnya bernama SMU Negeri 1 Pandaan.';
    expect(orgs(text)).toEqual(
      expect.arrayContaining(['SMA Negeri 1 Pandaan', 'SMU Negeri 1 Pandaan']),
    );
    const short =
      'Sama dengan SMA pada umumnya di Indonesia masa pendidikan sekolah di SMAN 2 Sragen ditempuh dalam waktu tiga tahun pelajaran.';
    expect(orgs(short)).toContain('SMAN 2 Sragen');
  });

  it('does not take a school level for a school', () => {
    const text =
      'Di desa Pulau Tiga hanya terdapat satu bangunan sekolah yang digunakan untuk pendidikan Sekolah Dasar dari kelas 1 hingga kelas 6.';
    expect(orgs(text)).not.toContain('Sekolah Dasar');
  });
});

describe('numbers inside company names', () => {
  it('keeps the number in a company name (liputan6-1)', () => {
    const text =
      'Hal ini diungkapkan oleh Muhammad Buldansyah, Wakil Presiden Direktur PT Hutchison 3 Indonesia (Tri), saat melakukan media visit.';
    const tri = analyzeText(text).participants.find((p) => p.name === 'PT Hutchison 3 Indonesia');
    expect(tri?.aliases).toContain('Tri');
  });

  it('ends a party known by its short name at the official named after it (idner-news-2k train)', () => {
    const text =
      'Wakil Ketua Umum Partai Golkar Agung Laksono tak melihat sesuatu yang luar biasa terkait penjajakan koalisi.';
    expect(orgs(text)).toContain('Partai Golkar');
    const people = analyzeText(text).participants.filter((p) => p.kind === 'person');
    expect(people.map((p) => p.name)).toContain('Agung Laksono');
  });
});

describe('kinds of school (NERGRIT valid)', () => {
  it('does not take a kind of school for a school', () => {
    const text =
      'Sebagai realisasi Keputusan Menteri Nomor 0172 / 1971 dan memperhatikan dasar tujuan serta fungsi Sekolah Pembangunan seperti tersebut di atas, maka didirikan 26 Sekolah Pembangunan di seluruh Indonesia.';
    expect(orgs(text)).not.toContain('Sekolah Pembangunan');
  });
});
