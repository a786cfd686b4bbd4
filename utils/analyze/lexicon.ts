// Pure: the word lists as lookup sets, built once when the module loads (fixed size, no growing caches).
import { AFTER_CUES, BEFORE_CUES } from './data/cue-verbs';
import { COMMON_WORDS } from './data/common-words';
import { ORG_TOKENS, PERSON_TOKENS, PLACE_TOKENS, PLAIN_CAPITALS } from './data/name-tokens';
import { ORG_ACRONYMS, ORG_HEADS } from './data/org-heads';
import { PLACE_WORDS } from './data/places';
import { DEGREES, HONORIFICS, RANKS, ROLE_WORDS } from './data/titles';

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

export const AFTER_CUE_SET = new Set(AFTER_CUES);
export const BEFORE_CUE_SET = new Set(BEFORE_CUES);
export const COMMON_SET = new Set(COMMON_WORDS);
export const PERSON_TOKEN_SET = new Set(PERSON_TOKENS);
export const ORG_TOKEN_SET = new Set(ORG_TOKENS);
export const PLACE_TOKEN_SET = new Set(PLACE_TOKENS);
export const PLAIN_CAPITAL_SET = new Set(PLAIN_CAPITALS);
export const ORG_HEAD_SET = lower(ORG_HEADS);
export const ORG_ACRONYM_SET = new Set(ORG_ACRONYMS);
export const PLACE_SET = new Set(PLACE_WORDS);
export const ROLE_SET = lower(ROLE_WORDS);
export const RANK_SET = lower(RANKS);
export const HONORIFIC_SET = lower(HONORIFICS);
export const DEGREE_SET = lower(DEGREES);

/** Words that end a speaker phrase after the cue ("kata Yasonna di Jakarta, Senin"). */
export const PHRASE_STOPS = new Set([
  'di',
  'dalam',
  'saat',
  'ketika',
  'kepada',
  'pada',
  'usai',
  'seusai',
  'melalui',
  'lewat',
  'via',
  'sambil',
  'setelah',
  'sebelum',
  'seperti',
  'kemarin',
  'yang',
  'dengan',
  'menurut',
  'soal',
  'terkait',
  'tentang',
  'mengenai',
  'kala',
  'selepas',
  'sesudah',
  'sembari',
  'begitu',
  'sewaktu',
  'lalu',
  'kemudian',
  'ke',
  'dari',
  'saat',
  'tadi',
  'pekan',
  'hari',
  'malam',
  'pagi',
  'siang',
  'sore',
  'baru-baru',
  'beberapa',
  'waktu',
  'bahwa',
  'ini',
  'itu',
  'tersebut',
  'pun',
  'juga',
  'lagi',
  'sebagaimana',
  'sebagai',
  'atas',
  'bersama',
  'ditemui',
  'dihubungi',
  'dikonfirmasi',
  'menanggapi',
  'menjawab',
  'kembali',
  'mengatakan',
  'menambahkan',
  'sebelumnya',
]);

export const DAYS_MONTHS = new Set([
  'Senin',
  'Selasa',
  'Rabu',
  'Kamis',
  'Jumat',
  "Jum'at",
  'Sabtu',
  'Minggu',
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
  'WIB',
  'WITA',
  'WIT',
]);

/** Lower-case words allowed inside a name ("Abdullah bin Abbas", "Vincent van Gogh"). */
export const NAME_PARTICLES = new Set([
  'bin',
  'binti',
  'van',
  'de',
  'der',
  'da',
  'al',
  'el',
  'von',
  'la',
  'le',
  'di',
]);
