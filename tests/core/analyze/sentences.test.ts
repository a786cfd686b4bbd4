import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/analyze/sentences';

// The abbreviation cases from shared/eval-data/NOTES.md §3.6, where Intl.Segmenter alone breaks wrongly.
describe('splitSentences', () => {
  it('does not break after Indonesian titles, initials and abbreviations', () => {
    const text =
      'Menteri Hukum dan HAM Yasonna H. Laoly hadir. Dr. Ir. H. Ahmad Heryawan, M.Si. juga hadir di Jl. Sudirman No. 5 pukul 10.30 WIB. ' +
      'Kapolda Metro Jaya Irjen Pol. Fadil Imran, S.H., M.H. menjelaskan. PT. Pertamina (Persero) Tbk. melapor. ' +
      "Warga Kab. Bogor, Prov. Jawa Barat datang.\n\nKH. Ma'ruf Amin dan Hj. Siti hadir. Prof. Dr. Emil Salim bicara.";
    const got = splitSentences(text).map((s) => s.text);
    expect(got).toEqual([
      'Menteri Hukum dan HAM Yasonna H. Laoly hadir.',
      'Dr. Ir. H. Ahmad Heryawan, M.Si. juga hadir di Jl. Sudirman No. 5 pukul 10.30 WIB.',
      'Kapolda Metro Jaya Irjen Pol. Fadil Imran, S.H., M.H. menjelaskan.',
      'PT. Pertamina (Persero) Tbk. melapor.',
      'Warga Kab. Bogor, Prov. Jawa Barat datang.',
      "KH. Ma'ruf Amin dan Hj. Siti hadir.",
      'Prof. Dr. Emil Salim bicara.',
    ]);
  });

  it('gives offsets into the source and never crosses a paragraph break', () => {
    const text = 'Satu dua tiga.\n\nEmpat lima. Enam tujuh.';
    const spans = splitSentences(text);
    expect(spans).toHaveLength(3);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
