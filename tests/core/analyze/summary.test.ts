import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze';

describe('summary', () => {
  it('returns three sentences from the lead, in article order, as spans of the text', () => {
    const paras = [
      'Ketua MPR Zulkifli Hasan menyesalkan kisruh antara pelaku transportasi online dan tradisional.',
      'Zulkifli menyarankan pertemuan antara pemerintah dan pelaku transportasi demi meredam kisruh.',
      'Baca juga: Kisruh taksi daring berlanjut di ibu kota',
      'Zulkifli menilai aturan pemerintah seharusnya membahas tarif dan mekanisme yang menguntungkan semua pihak.',
      'Ia juga mengingatkan bahwa transportasi online sudah menjadi kebutuhan masyarakat kota.',
      'Pertemuan itu diharapkan berlangsung pekan depan di Jakarta.',
    ];
    const text = paras.join('\n\n');
    const s = analyzeText(text).summary;
    expect(s).toHaveLength(3);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s[0]?.text).toBe(paras[0]);
    expect(s.map((x) => x.start)).toEqual([...s.map((x) => x.start)].sort((a, b) => a - b));
    expect(s.some((x) => x.text.startsWith('Baca juga'))).toBe(false);
  });
});
