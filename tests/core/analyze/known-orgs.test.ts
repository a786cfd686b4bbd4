import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

// sentences from the corpus pages (tests/fixtures/corpus/pages)
const names = (text: string, kind: 'person' | 'organization'): string[] =>
  analyzeText(text)
    .participants.filter((p) => p.kind === kind)
    .map((p) => p.name);

describe('well-known organisations without a head word', () => {
  it('reads a two-word club whole, not its first word as a name (detik-3)', () => {
    const text =
      'Aston Villa menumbangkan Manchester United 1-0 di Old Trafford pada laga pekan keenam Liga Inggris, Sabtu (25/9/2021) malam WIB. ' +
      'MU melakukan comeback dramatis menang 2-1 atas Bayern Munich di Final Liga Champions 1998/1999 berawal dari dua sepak pojok David Beckham.';
    const orgs = names(text, 'organization');
    expect(orgs).toEqual(
      expect.arrayContaining(['Aston Villa', 'Manchester United', 'Bayern Munich']),
    );
    expect(orgs).not.toContain('Aston');
    expect(names(text, 'person')).not.toContain('Aston');
  });

  it('splits a court named in full from the official named after it (republika-2)', () => {
    const text =
      'Kasubdit Kasasi dan Peninjauan Kembali Perdata Khusus Mahkamah Agung Andri Tristianto Sutrisna menjalani pemeriksaan perdana di Gedung KPK.';
    expect(names(text, 'organization')).toContain('Mahkamah Agung');
    expect(names(text, 'person')).toContain('Andri Tristianto Sutrisna');
  });

  it('takes an association after a post for an organisation, not a person (kompas-5)', () => {
    const text =
      'Menanggapi kondisi itu, Ketua Umum Gaikindo periode 2016-2019 Johannes Nangoi, mengatakan, semakin banyak merek.';
    expect(names(text, 'organization')).toContain('Gaikindo');
    expect(names(text, 'person')).not.toContain('Gaikindo');
  });

  it('keeps a known name inside a longer company name (mediaindonesia-1)', () => {
    const text =
      'Empat perusahaan yang izin usahanya dicabut adalah PT Anugerah Surya Pratama, PT Nurham, PT Mulia Raymond Perkasa, dan PT Kawei Sejahtera Mining.';
    // "Sejahtera" and "Perkasa" are company words, "Mulia" a known word: none of them opens a second name
    expect(names(text, 'organization')).toContain('PT Mulia Raymond Perkasa');
  });
});
