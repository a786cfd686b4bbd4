import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

// Sentences from the corpus pages in tests/fixtures/corpus (okezone-3, liputan6-1, kompas-2, kompas-3,
// kompas-5, kompas-7, kompas-4, detik-1, detik-6), cut short.
const speakers = (text: string): (string | null)[] =>
  analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);

describe('speaker resolution', () => {
  it('maps a nickname in brackets to the full name', () => {
    const text =
      'JAKARTA - Gubernur DKI Jakarta Basuki Tjahaja Purnama (Ahok), mendukung usulan pemberian jenderal bintang lima bagi Presiden Joko Widodo (Jokowi).\n\n' +
      '"Boleh dong, kan Presiden panglima tertinggi, sedangkan jenderal aja ada yang berbintang lima," kata Ahok di Balai Kota, Jakarta (19/6/2015).';
    expect(speakers(text)).toEqual(['Basuki Tjahaja Purnama']);
  });

  it('maps "yang akrab disapa" nicknames to the person named before', () => {
    const text =
      'Hal ini diungkapkan oleh Muhammad Buldansyah, Wakil Presiden Direktur PT Hutchison 3 Indonesia (Tri), saat melakukan media visit ke kantor redaksi.\n\n' +
      'Pria yang akrab disapa Dani ini mengatakan demikian mengingat Indonesia merupakan pasar layanan data yang tumbuh.\n\n' +
      '"Kami akan meluncurkan layanan 4G di 5 kota besar di Indonesia tahun ini," ujar Dani.';
    expect(speakers(text)).toEqual(['Muhammad Buldansyah']);
  });

  it('resolves "politisi ... itu" and "pria yang menjabat" back to the person named before', () => {
    const a =
      'Menteri Pendayagunaan Aparatur Negara Yuddy Chrisnandi menyampaikan rencana rasionalisasi.\n\n' +
      'Yuddy mengatakan, nantinya Kemenpan RB akan meluncurkan kebijakan susulan.\n\n' +
      '"Siapa kuadran keempat? Mereka yang dianggap tidak produktif," kata politisi Partai Hanura itu.';
    expect(speakers(a)).toEqual(['Yuddy Chrisnandi']);
    const b =
      'Johannes Nangoi mengatakan hal itu di Jakarta.\n\n' +
      'Menurut Nangoi, produsen otomotif baru yang mendirikan pabrik di Indonesia itu sangat bagus.\n\n' +
      '“Otomatis kalau membangun pabrik, mereka membutuhkan tenaga kerja lokal,” kata pria yang menjabat sebagai Presiden Direktur PT Isuzu Astra Motor Indonesia (IAMI) itu.';
    expect(speakers(b)).toEqual(['Johannes Nangoi']);
  });

  it('leaves anonymous sources and recorders without a speaker', () => {
    const a =
      'Zuckerberg adalah satu dari para miliarder muda di Silicon Valley.\n\n' +
      '"Dia menyewa 16 pengawal di kediamannya di Palo Alto," ujar seorang sumber kepada situs Page Six.\n\n' +
      '"Anda menyentuh jutaan orang. Semua CEO menerima ancaman," tambah sumber itu.';
    expect(speakers(a)).toEqual([null, null]);
    const b =
      'Kemudian, seorang satpam mencoba melerai keributan tersebut.\n\n' +
      '"Videoin...videoin..videoin, beceng..beceng...bawa beceng," kata perekam suara dalam video tersebut.';
    expect(speakers(b)).toEqual([null]);
  });

  it('reads a short post back to the person written after it, with a plain word inside the name', () => {
    const text =
      'JAKARTA, KOMPAS.com - Menteri Perhubungan (Menhub) Budi Karya Sumadi menyebut ada sejumlah faktor yang menyebabkan harga tiket pesawat masih mahal.\n\n' +
      '"Avtur menjadi hal yang paling besar karena avtur itu 40 persen," ujar Menhub saat acara Kompas100 CEO Forum.';
    expect(speakers(text)).toEqual(['Budi Karya Sumadi']);
  });

  it('gives "-nya" to the subject, not to a person named as an object', () => {
    const text =
      'Terkait kekuatan mantan timnya, Samsul Arif mengaku tidak terlalu memusingkannya. Sebab, sejauh ini, Samsul belum mengetahui gaya bermain pelatih Arema, Milomir Seslija.\n\n' +
      '"Saya kalau tidak salah baru lima kali berlatih bersama coach Milo. Yang pasti, kami ingin menang," ujarnya.';
    expect(speakers(text)).toEqual(['Samsul Arif']);
  });

  it('continues the last speaker for "... ini" descriptions', () => {
    const text =
      'Samsung menyatakan bahwa tiga celah keamanan akan diperbaiki. "Menjaga kepercayaan konsumen adalah prioritas top kami," kata Samsung.\n\n' +
      'Samsung menyarankan agar pengguna selalu update software. "Samsung mengharapkan user untuk selalu menjaga agar software selalu update," tambah raksasa elektronik asal Korea Selatan ini.';
    expect(speakers(text)).toEqual(['Samsung', 'Samsung']);
  });
});
