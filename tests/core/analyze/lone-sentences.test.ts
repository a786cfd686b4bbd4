import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

// lone sentences from the NERGRIT and idner-news-2k train splits
const people = (text: string): string[] =>
  analyzeText(text)
    .participants.filter((p) => p.kind === 'person')
    .map((p) => p.name);

describe('lone sentences', () => {
  it('does not take an unknown single capitalised word for a person (NERGRIT train)', () => {
    const text =
      'Lambat laun sekolah ini semakin berkembang, dan sampai saat ini SMK Sakti Gemolong memiliki 4 Program ' +
      'Keahlian yaitu Teknik Mekanik otomotif, Teknik Mesin Perkakas, Teknik Kontruksi Bangunan dan Teknik ' +
      'Informatika (yang baru diluncurkan pada tahun ajaran 2008/2009) dengan jumlah siswa lebih dari 1000 siswa.';
    expect(people(text)).toEqual([]);
  });

  it('keeps a full name and a known given name alone', () => {
    const text =
      'Arsyil, dengan manajemen waktu yang baik, berhasil menempuh pendidikan S1-nya di 3 perguruan tinggi sekaligus.';
    expect(people(text)).toContain('Arsyil');
    const full = 'Irman Putra Sidin mengusulkan pemerintah segera mengeluarkan peraturan baru.';
    expect(people(full)).toContain('Irman Putra Sidin');
  });
});

describe('organisations in lone sentences', () => {
  const orgs = (text: string): string[] =>
    analyzeText(text)
      .participants.filter((p) => p.kind === 'organization')
      .map((p) => p.name);

  it('reads a name ending in an organisation suffix after a post (NERGRIT train)', () => {
    const text =
      'Ia dikenal sebagai sutradara film serta founder dan CEO Visinema Pictures, Ia juga dikenal sebagai penulis.';
    expect(orgs(text)).toContain('Visinema Pictures');
  });

  it('keeps "The" in a band name (NERGRIT train)', () => {
    const text = 'Band ini awalnya bernama The Pink Floyd Sound lalu menjadi The Pink Floyd.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['The Pink Floyd Sound', 'The Pink Floyd']));
  });

  it('reads an English association name whole (NERGRIT train)', () => {
    const text =
      'Sebagai penulis lagu, dia telah diberi penghargaan oleh Nashville Songwriters Association dan Songwriters Hall of Fame.';
    expect(orgs(text)).toContain('Nashville Songwriters Association');
  });
});

describe('person names in lone sentences', () => {
  it('keeps a quoted nickname inside a full name (NERGRIT train)', () => {
    const text =
      'Robert "Robbie" Mark Gaspar () adalah seorang pemain sepak bola berkewarganegaraan Australia.';
    expect(people(text)).toContain('Robert "Robbie" Mark Gaspar');
  });

  it('does not take a song title with English function words for a person (NERGRIT train)', () => {
    const text =
      'Grup ini semakin memantapkan posisi mereka di industri musik Korea dengan singel-singel berikutnya seperti "Tell Me Your Wish (Genie)", "Oh!," Run Devil Run", dan "Hoot".';
    expect(people(text)).not.toContain('Tell Me Your Wish');
  });
});

describe('English words in names (NERGRIT train)', () => {
  it('does not take a prize for a person', () => {
    const text =
      'Di antara alumni terkenalnya adalah tujuh Pemenang Nobel, dua penerima Fields Medal, Paus Benediktus XVI, Karl Marx, Friedrich Nietzsche dan Joseph Schumpeter.';
    const names = people(text);
    expect(names).not.toContain('Fields Medal');
    // a list holding a body still keeps full names as people
    expect(names).toEqual(expect.arrayContaining(['Karl Marx', 'Friedrich Nietzsche']));
  });

  it('splits two people joined by English "and"', () => {
    const text =
      'Rivellino merupakan aktor utama dalam prestasi yang ditunjukkan oleh Fluminense pada medio 70-an, bersama Doval, Pintinho, Gil and Carlos Alberto Torres.';
    expect(people(text)).toContain('Carlos Alberto Torres');
  });
});

describe('nicknames with an honorific (idner-news-2k train)', () => {
  it('keeps "Gus" and "Cak" with a one-word nickname', () => {
    const gus =
      'Alasannya, kata Gus Dur di Jakarta, Selasa (7/7), ia menilai masih banyak kecurangan yang dilakukan Komisi Pemilihan Umum (KPU).';
    expect(people(gus)).toContain('Gus Dur');
    const cak =
      'Kader PKB yang terpilih menjadi menteri, 100 persen waktunya untuk kabinet, kata Cak Imin di Hotel Grand Sahid Jaya, Sudirman, Jakarta Pusat, Senin (8/9/2014).';
    expect(people(cak)).toContain('Cak Imin');
  });
});

describe('words before an organisation word (NERGRIT train, idner-news-2k train)', () => {
  const orgs = (text: string): string[] =>
    analyzeText(text)
      .participants.filter((p) => p.kind === 'organization')
      .map((p) => p.name);

  it('takes the capitals before an organisation word into its name', () => {
    const text =
      'Maskapai penerbangan yang melayani bandara ini adalah Garuda Indonesia dan Kalstar Aviation dengan tujuan Pontianak.';
    expect(orgs(text)).toEqual(expect.arrayContaining(['Garuda Indonesia', 'Kalstar Aviation']));
  });

  it('but not a post or a plain word before a party known by its short name', () => {
    const text =
      'Ketua Dewan Pakar Partai Golkar Siswono Yudo Husodo mengatakan, Golkar tidak akan mungkin berada di luar pemerintahan.';
    const names = orgs(text);
    expect(names).toContain('Partai Golkar');
    expect(names.some((n) => n.includes('Pakar') || n.includes('Ketua'))).toBe(false);
    expect(people(text)).toContain('Siswono Yudo Husodo');
  });
});

describe('places named like people (NERGRIT train)', () => {
  it('reads a list after a kind of place as places', () => {
    const text =
      'Parangtritis merupakan objek wisata yang cukup terkenal di Yogyakarta selain objek pantai lainnya seperti Samas, Baron, Kukup, Krakal dan Glagah.';
    expect(people(text)).toEqual([]);
  });

  it('does not take the name of a stadium for a person', () => {
    const text =
      'Stadion San Nicola pun menjadi saksi bisu saat Italia secara mengejutkan ditahan imbang oleh Republik Irlandia.';
    expect(people(text)).not.toContain('San Nicola');
  });
});

describe('club names and numbered documents (NERGRIT valid)', () => {
  const orgs = (text: string): string[] =>
    analyzeText(text)
      .participants.filter((p) => p.kind === 'organization')
      .map((p) => p.name);

  it('reads clubs by their prefix or suffix', () => {
    const text =
      'Karier klubnya dimulai dari EC Juventude, lalu pindah ke Fluminense FC, kemudian AC Milan, sebelum memperkuat PSG.';
    expect(orgs(text)).toEqual(
      expect.arrayContaining(['EC Juventude', 'Fluminense FC', 'AC Milan']),
    );
    const cf =
      'Selama lima tahun dari 1 Juli 2004 hingga 31 Mei 2009, dia lumayan sukses mengangkat pamor klub tetangga Valencia CF itu.';
    expect(orgs(cf)).toContain('Valencia CF');
  });

  it('ends a body at the number of a document', () => {
    const text =
      'Kedudukan sekolah itu diperkuat dengan adanya pengakuan dari Departemen Sosial RI No: 25 / HUK / 1991 tanggal 6 Juli 1991.';
    expect(orgs(text)).toContain('Departemen Sosial RI');
  });
});

describe('groups named after their kind (NERGRIT train)', () => {
  const orgs = (text: string): string[] =>
    analyzeText(text)
      .participants.filter((p) => p.kind === 'organization')
      .map((p) => p.name);

  it('reads names after "band ... yakni" and "grup ... bernama" as organisations', () => {
    const list =
      'Malevolent Creation juga melakukan split album dengan tiga band lainnya yakni Cancer, Exhorder dan Suffocation yang diedarkan oleh Restless Records.';
    expect(orgs(list)).toEqual(expect.arrayContaining(['Cancer', 'Exhorder', 'Suffocation']));
    const named =
      'Pada tahun 2010, dia membentuk grup band side projectnya bernama Rocker Kasarunk dengan single "Bisa Gila".';
    expect(orgs(named)).toContain('Rocker Kasarunk');
    expect(people(named)).toEqual([]);
  });
});

describe('parts of full names (NERGRIT train)', () => {
  it('keeps an Arabic article inside a name', () => {
    const text =
      'Birokrat yang bersedia menjadi anggota dewan universitas adalah Husayn Rushdi, Ibrahim Najib, Abd al-Khaliq Tharwat, dan Yaqub Artin.';
    expect(people(text)).toContain('Abd al-Khaliq Tharwat');
  });

  it('keeps the generation after a name', () => {
    const text =
      'Ketika Ross Bagdasarian, Sr wafat tahun 1972, suara chipmunk digantikan oleh Ross Bagdasarian, Jr dan istrinya, Janice Karman.';
    const mentions = analyzeText(text)
      .participants.filter((p) => p.kind === 'person')
      .flatMap((p) => p.mentions.map((m) => text.slice(m.start, m.end)));
    expect(mentions).toEqual(
      expect.arrayContaining(['Ross Bagdasarian, Sr', 'Ross Bagdasarian, Jr']),
    );
  });
});

describe('posts with a field (idner-news-2k dev)', () => {
  it('does not take the field of a coordinating minister for a name', () => {
    expect(people('Atas hal itu, Menko Polhukam menyampaikan permohonan maafnya.')).toEqual([]);
  });
});

describe('hyphenated given names (NERGRIT train)', () => {
  it('keeps two short syllables joined by a hyphen in one name', () => {
    const text =
      'Yoon Eun-Hye debut sebagai seorang penyanyi, dengan bergabung dalam vokal group "Baby VOX" sejak tahun 1999 sampai tahun 2005.';
    expect(people(text)).toContain('Yoon Eun-Hye');
  });
});

describe('names inside quoted titles of works (NERGRIT train)', () => {
  it('drops a name inside a title after "dalam", keeps the role names after "sebagai"', () => {
    const text =
      'Selama beberapa tahun selanjutnya, Kazue Ito menjadi pemain untuk berbagai peran-peran kecil dalam serial tokusatsu, drama dan film: sebagai "Ayumi Sugita" dalam "Koukousei Fuufu", sebagai "Makoto Nagasawa" dalam "Furyou Shoujo to yobarete", dan sebagai "Miki Masaki" dalam serial Super Sentai "Juuken Sentai Gekiranger".';
    const names = people(text);
    expect(names).not.toContain('Furyou Shoujo');
    expect(names).toEqual(expect.arrayContaining(['Kazue Ito', 'Makoto Nagasawa']));
  });
});
