// Pure: decides whether one capitalised word can be part of a person's name, a post, a place or an organisation.
import {
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

export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return ROLE_SET.has(w) || RANK_SET.has(w) || HONORIFIC_SET.has(w);
}

export function isDegree(word: string): boolean {
  return DEGREE_SET.has(word.toLowerCase().replace(/\./g, ''));
}

export function isPlaceWord(word: string): boolean {
  return PLACE_SET.has(word) || (PLACE_TOKEN_SET.has(word) && !PERSON_TOKEN_SET.has(word));
}

export function isOrgWord(word: string): boolean {
  return (
    ORG_HEAD_SET.has(word.toLowerCase()) || ORG_ACRONYM_SET.has(word) || ORG_TOKEN_SET.has(word)
  );
}

/** A capitalised word that may belong to a person's name (not a post, place, organisation or plain word). */
export function isPersonNameWord(word: string): boolean {
  if (!isCapitalized(word) || DAYS_MONTHS.has(word) || /\d/.test(word)) return false;
  if (isTitleWord(word)) return false;
  if (PERSON_TOKEN_SET.has(word)) return !ORG_ACRONYM_SET.has(word);
  if (isAllCaps(word) && word.length > 1) return false;
  if (isPlaceWord(word) || isOrgWord(word)) return false;
  return !COMMON_SET.has(word.toLowerCase());
}

/** A single capital letter, as in the initial "H." of "Yasonna H. Laoly". */
export function isInitial(word: string): boolean {
  return /^\p{Lu}$/u.test(word);
}
