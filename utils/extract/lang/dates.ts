// Pure: Indonesian (and the English that Indonesian outlets mix in) calendar words as data.

/** Month names and the abbreviations outlets print, lower case -> month number 1..12. */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agus: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

/** Day names (Indonesian spellings incl. "Jum'at", and English), lower case; skipped when parsing. */
export const DAY_NAMES: readonly string[] = [
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  "jum'at",
  'jum’at',
  'sabtu',
  'minggu',
  'ahad',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Indonesia's three time zones -> minutes east of UTC. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  wib: 420,
  wita: 480,
  wit: 540,
};

/** Offset used when a page shows a time without a zone: Jakarta time, where most outlets sit. */
export const DEFAULT_OFFSET_MIN = 420;
