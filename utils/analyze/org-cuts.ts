// Pure: word tests for cutting a capitalised run into organisation and person: name words, organisation heads,
// sub-units, regions, company heads, clubs, and where an organisation stops and a person starts.
import { DAYS_MONTHS, ORG_HEAD_SET } from './lexicon';
import {
  isCommonWord,
  isInitial,
  isOrgWord,
  isPersonNameWord,
  isPlaceWord,
  isTitleWord,
} from './name-words';
import { RUN_JOINERS } from './runs';
import type { Token } from './tokens';
import { isAllCaps, isCapitalized } from './tokens';

export function isNameish(t: Token): boolean {
  return isPersonNameWord(t.text) || isInitial(t.text);
}

/**
 * "Karya" in "Budi Karya Sumadi", "Purnama" in "Basuki Tjahaja Purnama": a plain word right after a name word
 * (at the end only after two name words, so "Kabayoran Lama" and "Setan Merah" stay out).
 */
export function isNameCommonWord(t: Token, prev: Token | undefined): boolean {
  return (
    prev !== undefined &&
    isPersonNameWord(prev.text) &&
    !isInitial(prev.text) &&
    !isAllCaps(t.text) &&
    isCommonWord(t.text) &&
    !isTitleWord(t.text) &&
    !isPlaceWord(t.text) &&
    !isOrgWord(t.text) &&
    !DAYS_MONTHS.has(t.text)
  );
}

// units named inside a larger body: the body after them is the organisation
export const SUB_UNITS = new Set([
  'Divisi',
  'Bagian',
  'Seksi',
  'Subdit',
  'Subbag',
  'Departemen',
  'Bidang',
  'Unit',
]);

// units of a party or ministry, and those bodies
export const PARTY_UNITS = new Set(['Fraksi', 'Dewan', 'DPP', 'DPD', 'DPW', 'DPC']);
export const MAJOR_BODIES = new Set(['Partai', 'Kementerian']);

/** An organisation head at `k` ("Rumah" only as "Rumah Sakit" / "Rumah Tahanan", not "Rumah TVRI"). */
export function isHeadAt(toks: readonly Token[], k: number): boolean {
  const w = toks[k]?.text ?? '';
  if (!ORG_HEAD_SET.has(w.toLowerCase())) return false;
  if (w === 'Serikat' && toks[k - 1]?.text === 'Amerika') return false;
  return w !== 'Rumah' || /^(?:Sakit|Tahanan)$/.test(toks[k + 1]?.text ?? '');
}

export const REGION_WORDS = new Set(['Kabupaten', 'Kota', 'Provinsi', 'Kecamatan']);
/** A capitalised word that may open an organisation's name before its organisation word. */
export function isNameLead(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    isCapitalized(t.text) &&
    !isTitleWord(t.text) &&
    !isPlaceWord(t.text) &&
    !RUN_JOINERS.has(t.text) &&
    !DAYS_MONTHS.has(t.text) &&
    !isCommonWord(t.text)
  );
}

export const COMPANY_HEADS = new Set(['PT', 'CV', 'Perum', 'PD']);
// suffixes that close a company or club name: a person after them is a new mention
export const CLOSING_SUFFIXES = new Set([
  'Tbk',
  'Persero',
  'Ltd',
  'Inc',
  'Corp',
  'FC',
  'CF',
  'SV',
  'United',
]);

/** "Persebaya", "Persegres", "PSS", "PSIS": Indonesian football clubs named "Pers..." / "PS..." */
export function isClubWord(word: string): boolean {
  return (/^Pers[a-z]{2,}$/.test(word) || /^PS[A-Z]{1,3}$/.test(word)) && !isCommonWord(word);
}

/**
 * Where an organisation stops and the next mention starts inside one capitalised run: after a closing
 * suffix ("PT Astra Otoparts Tbk | Yusak Kristian"), at a rank or title after the organisation's place
 * ("Polres Lhokseumawe | AKP Yasir"), or at "dan" before a second organisation head ("Kementerian ESDM | dan Kementerian Investasi"). 0 = none.
 */
export function findOrgPersonCut(toks: readonly Token[]): number {
  const n = toks.length;
  const nameAfter = (k: number): boolean =>
    toks.slice(k).some((t) => isNameish(t) && !isTitleWord(t.text));
  const head = toks.findIndex((t) => ORG_HEAD_SET.has(t.text.toLowerCase()));
  if (n < 3 || (head < 0 && !toks.some((t) => CLOSING_SUFFIXES.has(t.text)))) return 0;
  for (let k = 1; k < n; k++) {
    const prev = toks[k - 1]?.text ?? '';
    const cur = toks[k]?.text ?? '';
    if (CLOSING_SUFFIXES.has(prev) && k >= 2 && nameAfter(k)) return k;
    if (
      head >= 0 &&
      k >= head + 2 &&
      isTitleWord(cur) &&
      !isTitleWord(prev) &&
      !ORG_HEAD_SET.has(cur.toLowerCase()) &&
      k < n - 1 &&
      nameAfter(k + 1)
    )
      return k;
    if (head >= 0 && head < k && prev === 'dan' && k >= 2 && toks[head]?.text === cur) return k - 1;
  }
  return 0;
}
