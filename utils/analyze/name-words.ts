// Pure: decides whether one capitalised word can be part of a person's name, a post, a place or an organisation.
import {
  NOT_NAMES,
  NOT_ORG_CAPS,
  COMMON_SET,
  DAYS_MONTHS,
  DEGREE_SET,
  HONORIFIC_SET,
  ORG_ACRONYM_SET,
  ORG_HEAD_SET,
  ORG_TOKEN_SET,
  PERSON_TOKEN_SET,
  PLACE_SET,
  PLACE_TOKEN_SET,
  RANK_SET,
  ROLE_SET,
} from './lexicon';
import { isAllCaps, isCapitalized } from './tokens';

export const ARABIC_ARTICLE_RE = /^(?:al|el|ad|ar|as|at|asy|an|ash)-\p{Lu}/u;

// word tests are asked again and again for the same words: remember the answers (bounded)
function remember(test: (word: string) => boolean): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    let r = seen.get(word);
    if (r === undefined) {
      r = test(word);
      if (seen.size > 20000) seen.clear();
      seen.set(word, r);
    }
    return r;
  };
}

export const isTitleWord = remember((word: string): boolean => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return ROLE_SET.has(w) || RANK_SET.has(w) || HONORIFIC_SET.has(w);
});

export function isDegree(word: string): boolean {
  return DEGREE_SET.has(word.toLowerCase().replace(/\./g, ''));
}

export const isPlaceWord = remember(
  (word: string): boolean =>
    PLACE_SET.has(word) || (PLACE_TOKEN_SET.has(word) && !PERSON_TOKEN_SET.has(word)),
);

export const isOrgWord = remember((word: string): boolean => {
  if (NOT_ORG_CAPS.has(word)) return false;
  if (/^Kem(?:en|d|n)[a-z]{3,}$/.test(word)) return true; // Kemenkeu, Kemdikbud, Kemnaker
  return (
    ORG_HEAD_SET.has(word.toLowerCase()) || ORG_ACRONYM_SET.has(word) || ORG_TOKEN_SET.has(word)
  );
});

/** A capitalised word that may belong to a person's name (not a post, place, organisation or plain word). */
export const isPersonNameWord = remember((word: string): boolean => {
  if (ARABIC_ARTICLE_RE.test(word)) return true; // "al-Khaliq" in "Abd al-Khaliq Tharwat"
  if (!isCapitalized(word) || DAYS_MONTHS.has(word) || /\d/.test(word)) return false;
  if (isTitleWord(word) || NOT_NAMES.has(word)) return false;
  if (PERSON_TOKEN_SET.has(word)) return !ORG_ACRONYM_SET.has(word);
  if (isAllCaps(word) && word.length > 1) return false;
  if (isPlaceWord(word) || isOrgWord(word) || word === 'Rp') return false;
  return !isCommonWord(word);
});

const PREFIX_RE = /^(?:meng|meny|mem|men|me|ber|be|di|ter|ke|peng|pem|pen|per|pe|se)/;
const SUFFIX_RE = /(?:nya|lah|kah|kan|an|i)$/;

/** A plain Indonesian word, also in a derived form ("Pasalnya", "Kontribusinya", "Pemberantasan"). */
export const isCommonWord = remember((word: string): boolean => {
  const w = word.toLowerCase();
  if (COMMON_SET.has(w)) return true;
  const noSuffix = w.replace(SUFFIX_RE, '');
  if (noSuffix !== w && noSuffix.length >= 3 && COMMON_SET.has(noSuffix)) return true;
  const noPrefix = noSuffix.replace(PREFIX_RE, '');
  return noPrefix !== noSuffix && noPrefix.length >= 3 && COMMON_SET.has(noPrefix);
});

/** A single capital letter, as in the initial "H." of "Yasonna H. Laoly". */
export function isInitial(word: string): boolean {
  return /^\p{Lu}$/u.test(word);
}
