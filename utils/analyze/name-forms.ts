// Pure: two shapes of names the word classes alone cut wrongly: English bodies named with "of"
// ("Maidstone College of Art", "Songwriters Hall of Fame") and Balinese names, whose birth-order
// words are plain words elsewhere ("I Gede Ari Astina": "gede" is "big").
import { isTitleWord } from './name-words';
import type { Token } from './tokens';
import { isCapitalized } from './tokens';

// English head nouns of a body that take "of"/"for" and a name: "University of Hawaii", "Academy of Music"
const OF_HEADS = new Set([
  'Academy',
  'Agency',
  'Association',
  'Bank',
  'Board',
  'Bureau',
  'Church',
  'Club',
  'College',
  'Commission',
  'Committee',
  'Company',
  'Conservatory',
  'Corporation',
  'Council',
  'Department',
  'Federation',
  'Foundation',
  'Hall',
  'Institute',
  'League',
  'Ministry',
  'Museum',
  'Office',
  'Orchestra',
  'Organization',
  'Organisation',
  'Party',
  'School',
  'Society',
  'Union',
  'University',
]);
// joiners inside an English name: "London Academy of Music and Dramatic Art", "School of the Arts"
const ENGLISH_JOINERS = new Set(['of', 'for', 'the', 'and', '&']);

/**
 * Where an English "<Name> <Head> of <Name>" body lies in a run, as [start, end) token indices, or null.
 * The name before the head takes plain capitals (not posts); after "of" it takes capitals and English joiners.
 */
export function findEnglishOfOrg(toks: readonly Token[]): [number, number] | null {
  const h = toks.findIndex(
    (t, k) =>
      OF_HEADS.has(t.text) &&
      (toks[k + 1]?.text === 'of' || toks[k + 1]?.text === 'for') &&
      isCapitalized(toks[k + 2]?.text ?? ''),
  );
  if (h < 0) return null;
  let e = h + 2;
  while (e < toks.length) {
    const t = toks[e] as Token;
    if (isCapitalized(t.text) && !isTitleWord(t.text)) e++;
    else if (ENGLISH_JOINERS.has(t.text) && isCapitalized(toks[e + 1]?.text ?? '')) e++;
    else break;
  }
  let b = h;
  while (b > 0) {
    const t = toks[b - 1] as Token;
    if (!isCapitalized(t.text) || isTitleWord(t.text) || t.text === 'The') break;
    b--;
  }
  return [b, e];
}

// birth-order and caste words of Balinese names, said after "I" (men) or "Ni" (women)
const BALI_NAME_WORDS = new Set([
  'Wayan',
  'Gede',
  'Putu',
  'Made',
  'Kadek',
  'Nengah',
  'Nyoman',
  'Komang',
  'Ketut',
  'Luh',
  'Gusti',
  'Ngurah',
  'Ayu',
  'Agung',
  'Bagus',
]);

/** Where a person's name starting at token `p` really starts: "Ari Astina" after "I Gede" is "I Gede Ari Astina". */
export function widenBalineseName(toks: readonly Token[], p: number): number {
  let k = p;
  while (k > 0 && BALI_NAME_WORDS.has(toks[k - 1]?.text ?? '')) k--;
  if (k === p || k === 0) return p;
  const lead = toks[k - 1]?.text;
  return lead === 'I' || lead === 'Ni' ? k - 1 : p;
}
