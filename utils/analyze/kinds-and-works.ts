// Pure: mentions that are kinds or works, not names: a body's kind with no proper name ("Fakultas Teknik") and a
// name inside a quoted title of a work ('dalam "Furyou Shoujo to yobarete"').
import type { EntityMention } from './entities';
import { isCommonWord, isOrgWord, isPlaceWord } from './name-words';

// heads of kinds of bodies that need a proper name after them: "Fakultas Teknik", "Rumah Sakit", "Pemerintah
// Daerah" alone are kinds, "Fakultas Teknik UGM", "Rumah Sakit Cipto Mangunkusumo" are bodies
const GENERIC_HEADS = new Set([
  'Fakultas',
  'Puskesmas',
  'Satuan',
  'Politeknik',
  'Pengurus',
  'Perwakilan',
  'Pemerintah',
  'Jurusan',
  'Bagian',
  'Divisi',
  'Seksi',
  'Bidang',
]);

export function isGenericBody(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    GENERIC_HEADS.has(words[0] ?? '') &&
    words
      .slice(1)
      .every((w) => w === 'dan' || (isCommonWord(w) && !isPlaceWord(w) && !isOrgWord(w)))
  );
}

// the kind of work before a quoted title: 'album "When Dream and Day Unite"', 'dalam "Team Batista no Eiko"'
const WORK_BEFORE_QUOTE_RE =
  /\b(?:berjudul|judul|bertajuk|lagu|film|album|serial|drama|single|singel|acara|program|buku|novel|daftar|dalam|majalah|video|game|permainan|lirik|karya)\s+["“]$/i;

/** A name inside a short quoted title of a work ('dalam "Naruto the Movie: Ninja Clash in the Land of Snow"'). */
export function isInQuotedWork(text: string, m: EntityMention): boolean {
  const open = Math.max(text.lastIndexOf('"', m.start - 1), text.lastIndexOf('“', m.start - 1));
  if (open < 0 || m.start - open > 80) return false;
  const inner = text.slice(open + 1, m.start);
  if (/["”.!?\n]/.test(inner)) return false;
  const close = text.slice(m.end, m.end + 80).search(/["”]/);
  if (close < 0 || /[.!?\n]/.test(text.slice(m.end, m.end + close))) return false;
  return WORK_BEFORE_QUOTE_RE.test(text.slice(Math.max(0, open - 14), open + 1));
}
