import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

describe('participants', () => {
  it('keeps titles out of names, merges short forms and counts quotes', () => {
    const text =
      'JAKARTA, KOMPAS.com - Menteri Hukum dan HAM Yasonna Laoly menghadiri rapat di Jakarta.\n\n' +
      '"Kami akan mengawal proses ini sampai selesai," kata Yasonna.';
    const a = analyzeText(text);
    const yasonna = a.participants.find((p) => p.name === 'Yasonna Laoly');
    expect(yasonna?.kind).toBe('person');
    expect(yasonna?.aliases).toContain('Yasonna');
    expect(yasonna?.mentions).toHaveLength(2);
    expect(yasonna?.quotes).toBe(1);
    expect(yasonna?.role).toContain('Menteri');
    // the dateline's place and outlet are not participants, and Jakarta after "di" is a place
    expect(a.participants.map((p) => p.name)).not.toContain('KOMPAS.com');
    expect(a.participants.some((p) => p.name.includes('JAKARTA') || p.name === 'Jakarta')).toBe(
      false,
    );
  });

  it('links an organisation to its bracketed acronym', () => {
    const text =
      'Komisi Pemberantasan Korupsi (KPK) memeriksa saksi. Juru bicara KPK menyebut pemeriksaan berlanjut.';
    const kpk = analyzeText(text).participants.find(
      (p) => p.kind === 'organization' && p.aliases.includes('KPK'),
    );
    expect(kpk?.name).toBe('Komisi Pemberantasan Korupsi');
    expect(kpk?.mentions).toHaveLength(3);
  });

  it('separates a post, an organisation and a person in one run of capitals', () => {
    const text =
      'Politikus Partai Golkar Nurul Arifin menilai kekisruhan itu bukan karena Koalisi Merah Putih.';
    const a = analyzeText(text);
    const byKind = (k: string) => a.participants.filter((p) => p.kind === k).map((p) => p.name);
    expect(byKind('person')).toEqual(['Nurul Arifin']);
    expect(byKind('organization')).toEqual(['Partai Golkar', 'Koalisi Merah Putih']);
    for (const p of a.participants)
      for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(p.name);
  });
});
