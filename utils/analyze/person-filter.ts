// Pure: second look at person and organisation mentions with their surroundings: handles and web names
// ("#AnakArtis", "KapanLagi.com"), unknown lone words, lists of places or of bodies, titles of works with English
// words, words after a non-person noun ("hotel Pullman", "nominasi Oscar"), and "(Tri)" after an organisation.
import { ORG_BEFORE_WORDS, PLACE_HEAD_WORDS, THING_BEFORE_WORDS } from './data/person-context';
import { ENGLISH_TITLE_WORDS } from './data/english-title-words';
import { isGenericBody, isInQuotedWork } from './kinds-and-works';
import { isKnownOrg } from './known-orgs';
import type { EntityMention } from './entities';
import {
  AFTER_CUE_SET,
  BEFORE_CUE_SET,
  ORG_ACRONYM_SET,
  ORG_HEAD_SET,
  PERSON_TOKEN_SET,
} from './lexicon';
import { isCommonWord, isDegree, isOrgWord, isPlaceWord, isTitleWord } from './name-words';

const isAllCapsWord = (w: string): boolean => w === w.toUpperCase();
const THING_BEFORE = new Set(THING_BEFORE_WORDS);
const ORG_BEFORE = new Set(ORG_BEFORE_WORDS);
const PLACE_HEADS = new Set(PLACE_HEAD_WORDS);

const GROUP_NAMED_RE =
  /\b(?:band|grup|kelompok|label|klub)\b[^.,;:!?]{0,30}\b(?:bernama|yakni|yaitu|seperti)\s+$/;

// "desa ... yaitu: Bandungharjo, Banyumanis, Blingoh": a list after a kind of place names places
const PLACE_LIST_BEFORE_RE =
  /\b(?:desa|dusun|kampung|kelurahan|kecamatan|padukuhan|pantai|gua|danau|pulau|gunung|sungai|wilayah|daerah|kota|kabupaten|provinsi|negara|pedukuhan|lingkungan)\b[^.!?]{0,40}$/i;

const ENGLISH_FUNCTION_WORDS = new Set(ENGLISH_TITLE_WORDS);

function isEnglishTitle(m: EntityMention): boolean {
  return m.kind === 'person' && m.text.split(/\s+/).some((w) => ENGLISH_FUNCTION_WORDS.has(w));
}

/** A name standing alone inside quotation marks is the title of a work ("So What Gitu Loh", "Meet the Press"). */
function isQuotedTitle(text: string, m: EntityMention): boolean {
  const open = text[m.start - 1];
  const close = text[m.end];
  // ... but 'dikenal sebagai "Tom"' and 'sebagai "Sara" dalam ...' give a nickname or a character
  if (/sebagai\s+["“]$/.test(text.slice(Math.max(0, m.start - 10), m.start))) return false;
  return (open === '"' || open === '“') && (close === '"' || close === '”');
}

function prevWord(text: string, at: number): string {
  // a backward scan: the word before `at`, across spaces only
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  if (k === at - 1) return '';
  const end = k + 1;
  while (k >= 0 && /\p{L}/u.test(text[k] ?? '')) k--;
  return text.slice(k + 1, end);
}

function dropSingle(text: string, m: EntityMention): boolean {
  const pw0 = prevWord(text, m.start);
  if (!m.role && (PLACE_HEADS.has(pw0.toLowerCase()) || THING_BEFORE.has(pw0))) return true;
  // "The Mask of Zorro", "The Master": an English title
  if (!m.role && pw0 === 'The') return true;
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  const after = text.slice(m.end, m.end + 40);
  // handles, hashtags and photo credits ("©KapanLagi.com®/M. Akrom Sukarya")
  if (/[#@/©]$/.test(before) || /^(?:\.(?:com|co|id|net|org)|®)/.test(after)) return true;
  // "Teluk Martaban", "Selat Makassar": the name opens with a kind of place
  const first = m.text.slice(0, m.text.indexOf(' ')).toLowerCase();
  if (!m.role && first.length > 0 && PLACE_HEADS.has(first)) return true;
  if (m.role || m.text.includes(' ')) return false;
  // "Mari bergandengan tangan", "Naik tiga atau empat posisi": a plain word opening a sentence
  if (
    isCommonWord(m.text) &&
    /(?:^|[.!?"“”:\n-]\s*)$/.test(text.slice(Math.max(0, m.start - 3), m.start))
  )
    return true;
  if (/\.(?:com|co\.id|id)$/i.test(m.text)) return true;
  // "Pullman, Thamrin, Jakarta Pusat", "Kapten I Wayan Dipta, Gianyar, Bali": a list of places
  const next = /^,\s*(\p{Lu}[\p{L}]+)/u.exec(after)?.[1];
  if (next && isPlaceWord(next)) return true;
  const pw = prevWord(text, m.start);
  return pw !== '' && pw === pw.toLowerCase() && THING_BEFORE.has(pw);
}

/** An organisation that is only a generic head ("Band ini"), a degree ("SH", "BA") or "Serikat" of "Amerika Serikat". */
// words that look like bodies but name the country, the homeland or a place ("Jakarta Pusat", "Balai Kota")
const NOT_ORGS = new Set(['RI', 'NKRI', 'Pusat', 'Tanah Air', 'Balai Kota', 'Ibu Kota']);

function dropOrg(text: string, m: EntityMention, defined: ReadonlySet<string>): boolean {
  if (NOT_ORGS.has(m.text)) return true;
  if (isKnownOrg(m.text)) return false;
  if (isGenericBody(m.text)) return true;
  // "PT Angkasa Pura II (Persero)": the legal form alone
  if (m.text === 'Persero' || m.text === 'Tbk') return true;
  // "Pengetahuan", "Keadilan": one plain word is not a body's name
  if (
    !m.text.includes(' ') &&
    !isAllCapsWord(m.text) &&
    isCommonWord(m.text) &&
    !ORG_ACRONYM_SET.has(m.text)
  )
    return true;
  // "Paus Benediktus XVI": a regnal number
  if (/^[IVXLC]+$/.test(m.text)) return true;
  // "S6", "AK-56", "SS1": model and weapon codes
  if (/^\p{Lu}{1,4}-?\d{1,4}$/u.test(m.text)) return true;
  const words = m.text.split(/\s+/);
  // "HEART BEAT", "ADA APA DENGAN CINTA", "DEPRESI": titles and lead words set in capitals
  if (
    words.every((w) => w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)) &&
    !words.some((w) => ORG_ACRONYM_SET.has(w) || isOrgWord(w)) &&
    (words.length > 1 ? words.some((w) => w.length > 4) : isCommonWord(m.text))
  )
    return true;
  // an unknown short acronym ("TKDN", "MBR", "PSK") is an organisation only when the article spells it out
  if (
    words.length === 1 &&
    /^[A-Z]{2,5}$/.test(m.text) &&
    !ORG_ACRONYM_SET.has(m.text) &&
    !defined.has(m.text)
  )
    return true;
  if (m.text.includes(' ')) return false;
  if (isDegree(m.text) && /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start))) return true;
  if (m.text === 'Serikat' && /Amerika\s+$/.test(text.slice(Math.max(0, m.start - 10), m.start)))
    return true;
  if (m.text === m.text.toUpperCase()) return false;
  // "Band ini menjadi sangat populer": a plain noun pointing back, not a name
  if (/^\s+(?:ini|itu|tersebut)\b/.test(text.slice(m.end, m.end + 12))) return true;
  // ...but "Rumah Tahanan Negara (Rutan)" spells out a short name
  return ORG_HEAD_SET.has(m.text.toLowerCase()) && !defined.has(m.text);
}

/** "Karl Marx": a full name opening with a known given name stays a person even in a list with bodies. */
function isGivenNameFirst(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && PERSON_TOKEN_SET.has(words[0] ?? '');
}

/**
 * "Telkomsel, XL Axiata, Indosat Ooredoo, dan Smartfren": in a list joined by commas and "dan" that holds an
 * organisation, bare names without a post are organisations too.
 */
function markListsOfOrgs(
  text: string,
  mentions: readonly EntityMention[],
  orgs: Set<string>,
  places: Set<EntityMention>,
): void {
  let k = 0;
  while (k < mentions.length) {
    let e = k + 1;
    while (e < mentions.length) {
      const a = mentions[e - 1];
      const b = mentions[e];
      if (!a || !b || !/^\s*(?:,|,?\s*dan|,?\s*serta)?\s*$/.test(text.slice(a.end, b.start))) break;
      e++;
    }
    let list = mentions.slice(k, e);
    // "pelatih Persidafon Jayapura dan Persegres Gresik United, Agus Yuwono,": the list closed at "dan";
    // a name after the next comma is in apposition
    const danAt = list.findIndex(
      (m, j) => j > 0 && /\bdan\b/.test(text.slice(list[j - 1]?.end ?? 0, m.start)),
    );
    if (danAt > 0 && danAt < list.length - 1) list = list.slice(0, danAt + 1);
    const first = list[0];
    if (
      list.length >= 3 &&
      first &&
      PLACE_LIST_BEFORE_RE.test(text.slice(Math.max(0, first.start - 60), first.start))
    )
      for (const m of list)
        if (m.kind === 'person' && !m.role && !m.text.includes(' ')) places.add(m);
    if (list.length >= 3 && list.some((m) => m.kind === 'organization' || orgs.has(m.text)))
      for (const m of list)
        if (m.kind === 'person' && !m.role && !isGivenNameFirst(m.text)) orgs.add(m.text);
    k = e;
  }
}

/**
 * "Pirelli", "Wuling", "Blink", "Informatika": one unknown capitalised word with no post, not a known given name,
 * not part of a fuller name in the text and not next to a speech verb is mostly a brand, club, place or subject.
 * This holds in lone sentences too: on the NERGRIT and idner-news-2k train splits such words were persons in
 * 1 case of 20 and 1 of 5.
 */
function isUnknownSingle(text: string, m: EntityMention, nameWords: ReadonlySet<string>): boolean {
  if (m.role || m.text.includes(' ') || PERSON_TOKEN_SET.has(m.text) || nameWords.has(m.text))
    return false;
  const pw = prevWord(text, m.start).toLowerCase();
  if (pw === 'menurut') return false;
  const nw = /^[\s,]*(\p{L}+)/u.exec(text.slice(m.end, m.end + 30))?.[1]?.toLowerCase() ?? '';
  // "Mahmudsyah alias Ayah Mud", "Zulkarnaini alias Glok (28)", "Faisal (37)"
  if (/^\s*(?:alias\b|\(\d)/.test(text.slice(m.end, m.end + 12))) return false;
  return !AFTER_CUE_SET.has(pw) && !BEFORE_CUE_SET.has(nw);
}

/**
 * "Basuki Tjahaja Purnama (Ahok)": a nickname in brackets after a person; "Gelandang Manchester City,
 * Fernandinho": a name after a post and its club.
 */
function isApposition(text: string, mentions: readonly EntityMention[], k: number): boolean {
  const prev = mentions[k - 1];
  const m = mentions[k];
  if (!prev || !m) return false;
  const between = text.slice(prev.end, m.start);
  if (prev.kind === 'person' && /^\s*\($/.test(between)) return true;
  return (
    prev.kind === 'organization' &&
    /^\s*,\s*$/.test(between) &&
    isTitleWord(prevWord(text, prev.start) || '-')
  );
}

/** "Bounou, Hakimi, Saiss, Aguerd": a line-up of surnames next to other people. */
function inListOfPeople(text: string, mentions: readonly EntityMention[], k: number): boolean {
  const m = mentions[k];
  const sep = (a: EntityMention | undefined, b: EntityMention | undefined): boolean =>
    a !== undefined &&
    b !== undefined &&
    a.kind === 'person' &&
    b.kind === 'person' &&
    /^\s*(?:,|,?\s*dan)\s*$/.test(text.slice(a.end, b.start));
  return sep(mentions[k - 1], m) || sep(m, mentions[k + 1]);
}

/** Drops doubtful single-word people and turns "(Tri)" after an organisation into that organisation's name. */
export function filterPeople(text: string, all: readonly EntityMention[]): EntityMention[] {
  // "Herianto, ST, MEng": degrees after a name are neither people nor bodies, nor items of a list
  const mentions = all.filter(
    (m) => !(isDegree(m.text) && /,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start))),
  );
  const orgAliases = new Set<string>();
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    if (
      m.kind === 'person' &&
      !m.text.includes(' ') &&
      prev?.kind === 'organization' &&
      /^[^.,;()\n]{0,25}\($/.test(text.slice(prev.end, m.start)) &&
      text[m.end] === ')'
    )
      orgAliases.add(m.text);
  });
  for (const m of mentions) {
    if (m.kind !== 'person' || m.role) continue;
    const pw = prevWord(text, m.start);
    if (pw === pw.toLowerCase() && ORG_BEFORE.has(pw)) orgAliases.add(m.text);
    // "grup band side projectnya bernama Rocker Kasarunk", "band lainnya yakni Cancer": a group named after its kind
    else if (GROUP_NAMED_RE.test(text.slice(Math.max(0, m.start - 50), m.start)))
      orgAliases.add(m.text);
  }
  const places = new Set<EntityMention>();
  markListsOfOrgs(text, mentions, orgAliases, places);
  const out: EntityMention[] = [];
  // acronyms the article spells out: "Tingkat Aturan Dalam Negeri (TKDN)" gives "TKDN" only with an org before it
  const defined = new Set<string>();
  const postFields = new Set<EntityMention>();
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    if (prev?.kind === 'organization' && /^\s*\($/.test(text.slice(prev.end, m.start)))
      defined.add(m.text);
  });
  mentions.forEach((m, k) => {
    // "Menko Polhukam, Djoko Suyanto", "Walikota Cekmekoy, Ahmet Poyraz": the word after the post is its field
    const next = mentions[k + 1];
    if (
      m.kind === 'person' &&
      m.role &&
      !m.text.includes(' ') &&
      next?.kind === 'person' &&
      /^\s*,\s*$/.test(text.slice(m.end, next.start))
    )
      postFields.add(m);
  });
  const nameWords = new Set(
    mentions
      .filter((m) => m.kind === 'person' && m.text.includes(' '))
      .flatMap((m) => m.text.split(/\s+/)),
  );
  for (const [k, m] of mentions.entries()) {
    if (isQuotedTitle(text, m) || postFields.has(m) || isEnglishTitle(m) || places.has(m)) continue;
    if (m.kind === 'person' && !m.role && isInQuotedWork(text, m)) continue;
    if (
      m.kind === 'person' &&
      isUnknownSingle(text, m, nameWords) &&
      !orgAliases.has(m.text) &&
      !inListOfPeople(text, mentions, k) &&
      !isApposition(text, mentions, k)
    )
      continue;
    if (m.kind !== 'person') {
      if (!dropOrg(text, m, defined)) out.push(m);
    } else if (orgAliases.has(m.text) && !m.role) out.push({ ...m, kind: 'organization' });
    else if (!dropSingle(text, m)) out.push(m);
  }
  return out;
}
