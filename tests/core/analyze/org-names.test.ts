import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

// sentences from the corpus pages (tests/fixtures/corpus/pages)
const orgs = (text: string) =>
  analyzeText(text).participants.filter((p) => p.kind === 'organization');
const names = (text: string, kind: 'person' | 'organization'): string[] =>
  analyzeText(text)
    .participants.filter((p) => p.kind === kind)
    .map((p) => p.name);

describe('organisation names', () => {
  it('joins the place after a bracketed acronym to both forms (kompas-1)', () => {
    const text =
      'Sebelum dilimpahkan ke Kejari Lhoksukon, Komeng dibawa ke Pengadilan Negeri (PN) Lhoksukon, Aceh Utara untuk diperiksa.';
    const pn = orgs(text).find((p) => p.name === 'Pengadilan Negeri Lhoksukon');
    expect(pn?.aliases).toContain('PN Lhoksukon');
    expect(names(text, 'person')).not.toContain('Lhoksukon');
  });

  it('does not join a university to the town after its acronym (detik-8)', () => {
    const text =
      'Yogyakarta - Lima mahasiswa Universitas Gadjah Mada (UGM) Yogyakarta berhasil mengembangkan alat terapi pascastroke.';
    const ugm = orgs(text).find((p) => p.name === 'Universitas Gadjah Mada');
    expect(ugm?.aliases).toContain('UGM');
  });

  it('keeps company name words after "PT" in the company (mediaindonesia-1)', () => {
    const text =
      'Empat perusahaan yang izin usahanya dicabut adalah PT Anugerah Surya Pratama, PT Nurham, PT Mulia Raymond Perkasa, dan PT Kawei Sejahtera Mining.';
    expect(names(text, 'organization')).toContain('PT Anugerah Surya Pratama');
    expect(names(text, 'person')).toEqual([]);
  });

  it('reads "TNI" as the army before a post (okezone-3)', () => {
    const army =
      'Menurut Ahok, pemberian pangkat jenderal bintang lima ini tidak akan mencederai siapapun termaksuk penggagas TNI Panglima Besar Jenderal Sudirman.';
    expect(names(army, 'organization')).toContain('TNI');
  });
});

describe('organisation bounds and merging', () => {
  it('names a unit inside a faculty by the faculty (okezone-1)', () => {
    const text =
      'Staf Divisi Metabolik Endokrin Fakultas Kedokteran Universitas Indonesia-Rumah Sakit Cipto Mangunkusumo dr Wismandari Wisnu SpPD-KEMD mengungkap, seorang yang mengalami depresi berat akan berisiko mengidap diabetes.';
    expect(names(text, 'organization')).toContain('Fakultas Kedokteran Universitas Indonesia');
  });

  it('does not take "Rumah" before a broadcaster for a head word (tribunnews-2)', () => {
    const text =
      "Berikut ini jawaban soal 'menurutmu apa dampak negatif jika seseorang suka menunda-nunda pekerjaan?' di Belajar dari Rumah TVRI, Senin (4/5/2020).";
    const orgs = names(text, 'organization');
    expect(orgs).toContain('TVRI');
    expect(orgs).not.toContain('Rumah TVRI');
  });

  it('keeps the region in an office of a region (detik-5)', () => {
    const text = 'Menurut Rudiarta, asosiasi melalui BPPD Kabupaten Badung juga sudah ia imbau.';
    expect(names(text, 'organization')).toContain('BPPD Kabupaten Badung');
    expect(names(text, 'person')).not.toContain('Badung');
  });

  it('drops degrees after a lecturer, so he is not an item of a list of bodies (detik-8)', () => {
    const text =
      'Mereka di bawah bimbingan dosen Jurusan Teknik Mesin dan Industri FT UGM, Herianto, ST, MEng.';
    const orgs = names(text, 'organization');
    expect(orgs).not.toContain('Herianto');
    expect(orgs).not.toContain('MEng');
  });

  it('drops a model code (detik-6)', () => {
    const text =
      'Galaxy S6 Edge, dengan material premium dan layar lengkung inovatif di kedua sisinya, adalah smartphone jagoan Samsung.';
    expect(names(text, 'organization')).not.toContain('S6');
  });

  it('merges a company with and without "PT ... Tbk" (antaranews-4)', () => {
    const text =
      'PT Astra Otoparts Tbk meluncurkan rangkaian jenis ban sepeda motor terbaru dengan merek Aspira Premio. ' +
      'Untuk memproduksi ban yang diklaim berkualitas premium itu, Astra Otoparts bekerja sama dengan pabrikan ban terkemuka di dunia asal Italia, Pirelli dengan mendirikan perusahaan patungan.';
    const astra = orgs(text).filter((p) => p.name.includes('Astra'));
    expect(astra).toHaveLength(1);
    expect(astra[0]?.aliases).toContain('Astra Otoparts');
  });

  it('merges a body with its initials and a ministry with its field (republika-2, mediaindonesia-1)', () => {
    const ma =
      'Kasubdit Kasasi dan Peninjauan Kembali Perdata Khusus Mahkamah Agung Andri Tristianto Sutrisna menjalani pemeriksaan perdana di Gedung KPK, Jakarta, Selasa (23/2). ' +
      'Andi yang ditangkap pada operasi tangkap tangan (OTT) dengan kasus dugaan menerima suap untuk penundaan pengiriman salinan putusan kasasi di MA itu dibawa ke KPK.';
    expect(orgs(ma).find((p) => p.name === 'Mahkamah Agung')?.aliases).toContain('MA');
    const esdm =
      'Dian menjelaskan bahwa tim KPK telah menelusuri ke sejumlah kementerian, termasuk Kementerian ESDM dan ' +
      'Kementerian Investasi/Badan Koordinasi Penanaman Modal (BKPM), namun belum memperoleh dokumen yang dimaksud. ' +
      'Sebelumnya, Menteri ESDM menyebut langkah pencabutan IUP tambang Raja Ampat merupakan bagian dari upaya menjaga kawasan geopark Raja Ampat.';
    const list = orgs(esdm);
    expect(list.find((p) => p.name === 'Kementerian ESDM')?.aliases).toContain('ESDM');
    const bkpm = list.find((p) => p.name === 'Badan Koordinasi Penanaman Modal');
    expect(bkpm?.aliases).toEqual(expect.arrayContaining(['Kementerian Investasi', 'BKPM']));
  });
});

describe("a party's unit (idner-news-2k dev)", () => {
  it('names a faction or a board by its party', () => {
    const text =
      'Seperti dikatakan, anggota Komisi III dari Fraksi Partai Demokrat Saan Mustopa di Kompleks Parlemen, Senayan, Jakarta, Jumat (2/12/2011), ada beberapa nama yang disepakati seluruh fraksi.';
    expect(names(text, 'organization')).toContain('Partai Demokrat');
    const board =
      'Demokrat Bali, lanjut Made, sudah berdiskusi dengan Dewan Pimpinan Pusat Partai Demokrat terkait penyelenggaraan KLB di Bali.';
    expect(names(board, 'organization')).toContain('Partai Demokrat');
  });
});

describe('not bodies on their own (NERGRIT valid)', () => {
  it('does not take the legal form in brackets for a second company', () => {
    const text =
      'Pada 14 Desember 2012, Pemerintah melalui Kementerian Perhubungan secara resmi menyerahkan operasional pengelolaan Bandara Silangit kepada PT Angkasa Pura II (Persero).';
    const orgNames = names(text, 'organization');
    expect(orgNames).toContain('Kementerian Perhubungan');
    expect(orgNames).not.toContain('Persero');
  });

  it('does not take one plain word for a body', () => {
    const text =
      'Ia juga pernah menjabat sebagai Menteri Perkebunan pada tahun 1967 hingga tahun 1968 dan Menteri Perguruan Tinggi dan Ilmu Pengetahuan Indonesia pada tahun 1962 hingga 1964.';
    expect(names(text, 'organization')).not.toContain('Pengetahuan');
  });
});

describe('kinds of bodies without a proper name (NERGRIT train)', () => {
  it('does not take a faculty named by its field alone for an organisation', () => {
    const text =
      'Sejak tahun 2004 izin untuk penggabungan tersebut telah diajukan dan berkat usaha yang terus-menerus maka pada tahun 2008 Untama telah mendapat izin operasional dari Mendiknas Nomor 57 / D / 0/2008 Tanggal 28 Maret 2009, dengan 4 (empat) Fakultas yaitu Fakultas Ekonomi, Fakultas Hukum, Fakultas Teknik dan Fakultas Pertanian.';
    const orgNames = names(text, 'organization');
    expect(orgNames).not.toContain('Fakultas Ekonomi');
    expect(orgNames).not.toContain('Fakultas Teknik');
  });
});
