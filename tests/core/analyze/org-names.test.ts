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

  it('does not join a person named after a bracketed acronym', () => {
    const text =
      'Hal itu disampaikan Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo di Jakarta.';
    expect(names(text, 'organization')).toContain('Komisi Pemberantasan Korupsi');
    expect(names(text, 'person')).toContain('Agus Rahardjo');
  });

  it('keeps company name words after "PT" in the company (mediaindonesia-1)', () => {
    const text =
      'Empat perusahaan yang izin usahanya dicabut adalah PT Anugerah Surya Pratama, PT Nurham, PT Mulia Raymond Perkasa, dan PT Kawei Sejahtera Mining.';
    expect(names(text, 'organization')).toContain('PT Anugerah Surya Pratama');
    expect(names(text, 'person')).toEqual([]);
  });

  it('reads "TNI" as the army before a post, but as part of a rank after one (okezone-3)', () => {
    const army =
      'Pemberian pangkat itu tidak akan mencederai siapapun termasuk penggagas TNI Panglima Besar Jenderal Sudirman.';
    expect(names(army, 'organization')).toContain('TNI');
    const rank = 'Pangdam Jaya Mayjen TNI Mulyono mengatakan pasukan sudah siap.';
    expect(names(rank, 'organization')).not.toContain('TNI');
  });
});
