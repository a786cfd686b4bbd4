import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

// lone sentences from the NERGRIT train split
const orgs = (text: string): string[] =>
  analyzeText(text)
    .participants.filter((p) => p.kind === 'organization')
    .map((p) => p.name);

describe('school names', () => {
  it('reads a school with its number and town', () => {
    const text = 'Ia menamatkan pendidikan di SMA Negeri 1 Purwokerto pada tahun 1980.';
    expect(orgs(text)).toContain('SMA Negeri 1 Purwokerto');
    const short = 'Setelah lulus dari SMAN 2 Sragen, ia melanjutkan kuliah.';
    expect(orgs(short)).toContain('SMAN 2 Sragen');
  });

  it('does not take a school level for a school', () => {
    const text = 'Pendidikan Sekolah Dasar ditempuhnya selama enam tahun.';
    expect(orgs(text)).not.toContain('Sekolah Dasar');
  });
});
