// Pure: names with a number inside: schools ("SMA Negeri 1 Purwokerto", "SMAN 2 Sragen") and companies
// ("PT Hutchison 3 Indonesia"); a school level with no number ("Sekolah Dasar") is a kind of school, not one.
import { isCommonWord } from './name-words';
import type { Token } from './tokens';

const SCHOOL_ACRONYMS = new Set([
  'SD',
  'SDN',
  'SMP',
  'SMPN',
  'SMA',
  'SMAN',
  'SMK',
  'SMKN',
  'SMU',
  'SMUN',
  'STM',
  'SMEA',
  'SLTP',
  'SLTA',
  'MI',
  'MIN',
  'MTs',
  'MTsN',
  'MA',
  'MAN',
]);
// words of a school level: "Sekolah Menengah Atas Negeri", "Sekolah Lanjutan Tingkat Pertama"
const LEVEL_WORDS = new Set([
  'Sekolah',
  'Dasar',
  'Menengah',
  'Pertama',
  'Atas',
  'Lanjutan',
  'Tingkat',
  'Umum',
  'Kejuruan',
  'Negeri',
  'Swasta',
  'Luar',
  'Biasa',
  'Standar',
  'Nasional',
  'Bertaraf',
  'Internasional',
  'Madrasah',
  'Ibtidaiyah',
  'Tsanawiyah',
  'Aliyah',
]);
const NUMBER_RE = /^(?:\d{1,3}|[IVX]{1,4})$/;

/**
 * A number may go on a capitalised run here: after a school acronym or a school level ("SMA Negeri | 1"), or
 * inside a company name when a capitalised word follows ("PT Hutchison | 3 | Indonesia").
 */
export function takesNumber(
  run: readonly Token[],
  next: Token | undefined,
  after: Token | undefined,
): boolean {
  if (!next || !NUMBER_RE.test(next.text)) return false;
  const pt = run.findIndex((t) => t.text === 'PT');
  if (pt >= 0 && run.length - pt >= 2 && run.length - pt <= 3 && /^\d{1,2}$/.test(next.text))
    return after !== undefined && /^\p{Lu}/u.test(after.text) && after.start === next.end + 1;
  const first = run[0]?.text ?? '';
  const last = run[run.length - 1]?.text ?? '';
  if (SCHOOL_ACRONYMS.has(first)) return run.every((t) => t === run[0] || LEVEL_WORDS.has(t.text));
  return first === 'Sekolah' && run.every((t) => LEVEL_WORDS.has(t.text)) && last !== 'Sekolah';
}

/**
 * Where a school name starting the run ends (token index), or 0: the level, its number and up to two place words.
 * A level or kind of school with no number gives minus the number of its words (not a name).
 */
/** The first word of a school name (a cheap test before readSchool). */
export function isSchoolStart(word: string): boolean {
  return word === 'Sekolah' || SCHOOL_ACRONYMS.has(word);
}

export function readSchool(toks: readonly Token[]): number {
  const first = toks[0]?.text ?? '';
  if (!SCHOOL_ACRONYMS.has(first) && first !== 'Sekolah') return 0;
  let k = 1;
  while (k < toks.length && LEVEL_WORDS.has(toks[k]?.text ?? '')) k++;
  if (!NUMBER_RE.test(toks[k]?.text ?? '')) {
    // "Sekolah Dasar", "Sekolah Menengah Pertama": a level, not a school; "Sekolah Pembangunan": a kind
    if (first !== 'Sekolah') return 0;
    if (k > 1) return -k;
    const rest = toks.slice(1);
    return rest.length > 0 && rest.every((t) => isCommonWord(t.text)) ? -toks.length : 0;
  }
  k++;
  let places = 0;
  while (k < toks.length && places < 2 && /^\p{Lu}\p{Ll}/u.test(toks[k]?.text ?? '')) {
    k++;
    places++;
  }
  return k;
}
