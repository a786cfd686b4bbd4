// Pure: Indonesian byline knowledge as data: the labels that credit writers and editors, and the
// words that show a credit is not a person's name.

/** Labels that credit the writer(s). Longest first so that "Laporan Wartawan" wins over shorter ones. */
export const AUTHOR_LABELS: readonly string[] = [
  'laporan wartawan',
  'laporan reporter',
  'penulis',
  'reporter',
  'pewarta',
  'wartawan',
  'jurnalis',
  'kontributor',
  'author',
  'writer',
  'oleh',
  'rep',
  'by',
];

/** Labels that credit photographers; a page's writer credit when it names nobody else (photo stories). */
export const PHOTO_LABELS: readonly string[] = [
  'fotografer',
  'foto',
  'photographer',
  'pewarta foto',
];

/** Labels that credit editors (never authors). */
export const EDITOR_LABELS: readonly string[] = ['editor', 'penyunting', 'redaktur', 'red'];

/** Labels of other credits that end a byline segment ("Sumber: kemenag.go.id"). */
export const OTHER_LABELS: readonly string[] = ['sumber', 'source', 'tag', 'tags', 'credits'];

/** Words that make a credit an organisation or a desk, not a person. */
export const NON_NAME_WORDS: readonly string[] = [
  'tim',
  'team',
  'redaksi',
  'admin',
  'administrator',
  'media',
  'cyber',
  'developer',
  'pt',
  'tbk',
  'news',
  'online',
  'com',
  'co',
  'id',
  'net',
  'tv',
  'antara',
  'kompas',
  'detikcom',
  'reuters',
  'afp',
  'ap',
  'xinhua',
  'bernama',
  'prnewswire',
  'rilis',
  'humas',
  'wire',
  // photo credits that sit in byline-like markup under images
  'dok',
  'dokumentasi',
  'istimewa',
  'ist',
  'facebook',
  'twitter',
  'instagram',
  'youtube',
  'shutterstock',
  'getty',
  'thinkstock',
  'ilustrasi',
  'foto',
  'photo',
];

/** Words that follow a name in some bylines and are not part of it ("Dewi Kania Jurnalis"). */
export const NAME_SUFFIX_WORDS: readonly string[] = [
  'jurnalis',
  'wartawan',
  'reporter',
  'penulis',
  'editor',
];

/** Separators of several names in one credit. */
export const NAME_LIST_SEPARATOR = /\s*(?:,|&|\/|\bdan\b|\band\b)\s*/i;
