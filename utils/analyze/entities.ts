// Pure: finds person and organisation mentions: runs of capitalised words, cut into post, organisation and
// name by word classes (titles are roles, places are dropped, organisation heads start organisations).
import { OUTLETS } from './data/outlets';
import { findKnownOrg } from './known-orgs';
import { findEnglishOfOrg, widenBalineseName } from './name-forms';
import { isSchoolStart, readSchool } from './numbered-names';
import {
  COMPANY_HEADS,
  REGION_WORDS,
  SUB_UNITS,
  PARTY_UNITS,
  MAJOR_BODIES,
  findOrgPersonCut,
  isClubWord,
  isHeadAt,
  isNameCommonWord,
  isNameLead,
  isNameish,
} from './org-cuts';
import { RUN_JOINERS, findRuns, span } from './runs';
import {
  BEFORE_CUE_SET,
  COMPANY_NAME_SET,
  ORG_SUFFIXES,
  NAME_PARTICLES,
  NOT_ORG_CAPS,
  ORG_ACRONYM_SET,
  ORG_HEAD_SET,
  PERSON_TOKEN_SET,
  RANK_SET,
} from './lexicon';
import {
  isCommonWord,
  isDegree,
  isInitial,
  isOrgWord,
  isPersonNameWord,
  isPlaceWord,
  isTitleWord,
} from './name-words';
import type { Token } from './tokens';
import { isAllCaps, isCapitalized } from './tokens';

export interface EntityMention {
  kind: 'person' | 'organization';
  start: number;
  end: number;
  text: string;
  role?: string;
}

const OUTLET_SET = new Set(OUTLETS);
const HONORIFICS = new Set(['H', 'Hj', 'KH']);
const FIELD_CAPS = new Set(['HAM']);
// bodies that are not named after people ("Universitas Ahmad Dahlan" is): a known given name right after one
// starts a person ("Sekretaris Kabinet Andi Widjajanto", "Fraksi Gerindra Ahmad Muzani")
const NOT_EPONYM_HEADS = new Set([
  'Kabinet',
  'Dinas',
  'Fraksi',
  'Komisi',
  'Polres',
  'Polda',
  'Kejaksaan',
]);
const CLUB_PREFIXES = new Set([
  'FC',
  'AC',
  'AS',
  'SC',
  'EC',
  'CD',
  'SS',
  'RC',
  'FK',
  'SK',
  'VfB',
  'VfL',
  'TSV',
]);
const PLACE_CUES = new Set([
  'di',
  'ke',
  'dari',
  'kota',
  'kabupaten',
  'provinsi',
  'kecamatan',
  'desa',
  'kelurahan',
  'wilayah',
  'kawasan',
  'daerah',
  'asal',
  'warga',
  'negara',
  'pulau',
  'jalan',
  'jl',
  'menuju',
  'tiba',
  'sekitar',
]);
// a dash token stands after a dateline ("Kapanlagi.com - Pesona ...")
const SENTENCE_PUNCT = new Set(['.', '!', '?', '"', '“', '”', ':', '\n', '-', '—', '–']);

/** Cuts one run into mentions. */
function readRun(
  text: string,
  toks: Token[],
  prevWord: string,
  sentenceStart: boolean,
  out: EntityMention[],
  nextWord = '',
): void {
  // "Ketua Umum Gaikindo", "Mahkamah Agung Andri Tristianto Sutrisna": a well-known organisation is one mention,
  // unless it is the tail of a longer organisation name ("PT Angkasa Pura I")
  // "lulusan SMA Negeri 1 Purwokerto": a school name, wherever it starts in the run
  const at = toks.findIndex((t, k) => isSchoolStart(t.text) && readSchool(toks.slice(k)) !== 0);
  if (at >= 0) {
    const school = readSchool(toks.slice(at));
    if (at > 0)
      readRun(text, toks.slice(0, at), prevWord, sentenceStart, out, toks[at]?.text ?? '');
    const sp = school > 0 ? span(text, toks.slice(at, at + school)) : null;
    if (sp) out.push({ kind: 'organization', ...sp });
    const end = at + Math.abs(school);
    if (end < toks.length) readRun(text, toks.slice(end), '', false, out, nextWord);
    return;
  }
  const known = findKnownOrg(toks);
  if (known && !toks.slice(0, known[0]).some((t) => isOrgWord(t.text))) {
    const [a, b] = known;
    if (a > 0) readRun(text, toks.slice(0, a), prevWord, sentenceStart, out, toks[a]?.text ?? '');
    const sp = span(text, toks.slice(a, b));
    if (sp) out.push({ kind: 'organization', ...sp });
    const rest = toks[b]?.text === 'dan' ? toks.slice(b + 1) : toks.slice(b);
    if (rest.length > 0) readRun(text, rest, toks[b - 1]?.text ?? '', false, out, nextWord);
    return;
  }
  // "Maidstone College of Art", "Songwriters Hall of Fame": an English body named with "of"
  const english = findEnglishOfOrg(toks);
  if (english) {
    const [a, b] = english;
    if (a > 0) readRun(text, toks.slice(0, a), prevWord, sentenceStart, out, toks[a]?.text ?? '');
    const sp = span(text, toks.slice(a, b));
    if (sp) out.push({ kind: 'organization', ...sp });
    if (b < toks.length)
      readRun(text, toks.slice(b), toks[b - 1]?.text ?? '', false, out, nextWord);
    return;
  }
  // "The Dance Company terbentuk": an English name with its article opens the sentence
  if (
    toks.length >= 3 &&
    toks[0]?.text === 'The' &&
    ORG_SUFFIXES.has(toks[toks.length - 1]?.text ?? '')
  ) {
    const sp = span(text, toks.slice(1));
    if (sp) out.push({ kind: 'organization', ...sp });
    return;
  }
  // sentence-initial plain words ("Namun", "Sementara") are not part of a name
  while (
    sentenceStart &&
    toks.length > 0 &&
    toks[0] &&
    !isNameish(toks[0]) &&
    !isTitleWord(toks[0].text) &&
    !isOrgWord(toks[0].text) &&
    !isPlaceWord(toks[0].text) &&
    !isAllCaps(toks[0].text)
  )
    toks = toks.slice(1);
  while (
    toks.length > 0 &&
    toks[toks.length - 1] &&
    RUN_JOINERS.has(toks[toks.length - 1]?.text ?? '')
  )
    toks = toks.slice(0, -1);
  if (toks.length === 0) return;
  // "EC Juventude", "SC Freiburg": a club's prefix and the name after it (up to two more words)
  if (CLUB_PREFIXES.has(toks[0]?.text ?? '') && toks.length >= 2) {
    let e = 1;
    while (e < toks.length && e < 3 && !isTitleWord(toks[e]?.text ?? '') && toks[e]?.text !== 'dan')
      e++;
    const sp = span(text, toks.slice(0, e));
    if (sp) out.push({ kind: 'organization', ...sp });
    if (e < toks.length) readRun(text, toks.slice(e), '', false, out, nextWord);
    return;
  }
  if (isClubWord(toks[0]?.text ?? '')) {
    // "dari Persiwa Wamena": a club with its town, even after a place cue
    let e = 1;
    while (
      e < toks.length &&
      (isPlaceWord(toks[e]?.text ?? '') || ORG_SUFFIXES.has(toks[e]?.text ?? ''))
    )
      e++;
    const sp = span(text, toks.slice(0, e));
    if (sp) out.push({ kind: 'organization', ...sp });
    const rest = toks[e]?.text === 'dan' ? toks.slice(e + 1) : toks.slice(e);
    if (rest.length > 0) readRun(text, rest, 'dan', false, out, nextWord);
    return;
  }
  const cut = findOrgPersonCut(toks);
  if (cut > 0) {
    readRun(text, toks.slice(0, cut), prevWord, sentenceStart, out);
    const rest = toks.slice(cut);
    const restStart = rest[0]?.text === 'dan' ? rest.slice(1) : rest;
    readRun(text, restStart, 'dan', false, out, nextWord);
    return;
  }
  const words = toks.map((t) => t.text);
  const lastWord = words[words.length - 1] ?? '';
  // "CEO Visinema Pictures": the posts before a name that ends in an organisation suffix are not part of it
  const firstNonTitle = words.findIndex((w) => !isTitleWord(w));
  if (ORG_SUFFIXES.has(lastWord) && firstNonTitle >= 0 && toks.length - firstNonTitle >= 2) {
    // "Pink Anderson dan Floyd Council": Indonesian "dan" lists names; the suffix closes only the last one
    const dan = words.lastIndexOf('dan');
    if (dan > firstNonTitle && toks.length - dan >= 3) {
      readRun(text, toks.slice(0, dan), prevWord, sentenceStart, out, 'dan');
      readRun(text, toks.slice(dan + 1), 'dan', false, out, nextWord);
      return;
    }
    const sp = span(text, toks.slice(firstNonTitle));
    if (sp) out.push({ kind: 'organization', ...sp });
    return;
  }
  if (words.some((w) => OUTLET_SET.has(w.toLowerCase()))) return;
  const headAt = words.findIndex(
    (w, k) => ORG_HEAD_SET.has(w.toLowerCase()) && (k > 0 || toks.length > 1),
  );
  // split "A dan B" when no organisation head holds it together
  // ("Gil and Carlos Alberto Torres": English "and" between two people's names too)
  const danAt = words.findIndex(
    (w, k) =>
      w === 'dan' ||
      (w === 'and' &&
        isPersonNameWord(words[k + 1] ?? '') &&
        isPersonNameWord(words[k - 1] ?? '') &&
        !ORG_SUFFIXES.has(words[words.length - 1] ?? '')),
  );
  // ...but "Menteri Hukum dan HAM Yasonna Laoly" is one post with "dan" inside it
  const afterDan = toks[danAt + 1]?.text ?? '';
  const postWithDan =
    isTitleWord(words[0] ?? '') && !isTitleWord(afterDan) && !isNameish(toks[danAt + 1] as Token);
  if (danAt > 0 && (headAt < 0 || headAt > danAt) && !postWithDan) {
    readRun(text, toks.slice(0, danAt), prevWord, sentenceStart, out);
    readRun(text, toks.slice(danAt + 1), 'dan', false, out);
    return;
  }
  // "Bapak Abdullah Sitopan BA", "Fathul Anam SAg": a degree written without its comma closes the name
  if (
    toks.length >= 2 &&
    closingDegree(toks[toks.length - 1]?.text ?? '') &&
    isPersonNameWord(toks[toks.length - 2]?.text ?? '')
  ) {
    readRun(text, toks.slice(0, -1), prevWord, sentenceStart, out, nextWord);
    return;
  }
  // "Kepala Desa Burhani Arwin Sekretaris desa Anton": a post closing the run is the next person's, not a name
  const closing = toks[toks.length - 1];
  const beforeClosing = toks[toks.length - 2];
  if (
    toks.length >= 3 &&
    closing &&
    beforeClosing &&
    isTitleWord(closing.text) &&
    !SURNAME_TITLES.has(closing.text) &&
    !isAllCaps(closing.text) &&
    !isTitleWord(beforeClosing.text) &&
    isPersonNameWord(beforeClosing.text)
  ) {
    readRun(text, toks.slice(0, -1), prevWord, sentenceStart, out, closing.text);
    return;
  }
  // trailing person name: the longest tail of name words
  let p = toks.length;
  while (p > 0) {
    const t = toks[p - 1];
    if (!t) break;
    // "Christine Hakim", "Lukman Hakim": a post that is also a family name, after a name word
    const surnameTitle = SURNAME_TITLES.has(t.text) && isPersonNameWord(toks[p - 2]?.text ?? '');
    // "Paul Kevin Jonas II": a generation numeral closing a name
    const generation =
      p === toks.length &&
      /^(?:II|III|IV)$/.test(t.text) &&
      (PERSON_TOKEN_SET.has(toks[p - 2]?.text ?? '') ||
        (isPersonNameWord(toks[p - 2]?.text ?? '') && isPersonNameWord(toks[p - 3]?.text ?? '')));
    if (
      isNameish(t) ||
      surnameTitle ||
      generation ||
      (NAME_PARTICLES.has(t.text) && p < toks.length && p - 1 > 0)
    )
      p--;
    else if (
      isNameCommonWord(t, toks[p - 2]) &&
      (p < toks.length || (toks[p - 3] !== undefined && isPersonNameWord(toks[p - 3]?.text ?? '')))
    )
      p--;
    else break;
  }
  while (p < toks.length && toks[p] && NAME_PARTICLES.has(toks[p]?.text ?? '')) p++;
  if (p < toks.length) p = widenBalineseName(toks, p);
  let personStart = p < toks.length && toks.slice(p).some((t) => !isInitial(t.text)) ? p : -1;
  // "Kabupaten Badung": a name after a region word is the region's
  if (personStart > 0 && REGION_WORDS.has(toks[personStart - 1]?.text ?? '')) personStart = -1;
  const before = personStart >= 0 ? toks.slice(0, personStart) : toks;
  let orgHead = before.findIndex(
    (t, k) => isHeadAt(before, k) && (k < before.length - 1 || personStart >= 0 || k > 0),
  );
  // "Divisi Metabolik Endokrin Fakultas Kedokteran ...": a unit inside a body is named by the body
  if (orgHead >= 0 && SUB_UNITS.has(before[orgHead]?.text ?? '')) {
    const outer = before.findIndex((t, k) => k > orgHead + 1 && isHeadAt(before, k));
    if (outer > 0) orgHead = outer;
  } else if (orgHead >= 0 && PARTY_UNITS.has(before[orgHead]?.text ?? '')) {
    // "Fraksi Partai Demokrat", "Dewan Pimpinan Pusat Partai Golkar":
    // a party's or ministry's unit is named by the party or ministry
    const outer = before.findIndex((t, k) => k > orgHead && MAJOR_BODIES.has(t.text));
    if (outer > 0) orgHead = outer;
  }
  if (personStart >= 0 && orgHead >= 0 && personStart > orgHead) {
    // "Universitas Gadjah Mada": the tail belongs to the organisation unless it starts with a known given name
    // right after at least one more organisation word
    const firstName = toks[personStart]?.text ?? '';
    // ...or right after a party or body known by its short name ("Partai Golkar Agung Laksono")
    const afterBody =
      ORG_ACRONYM_SET.has(toks[personStart - 1]?.text ?? '') && toks.length - personStart >= 2;
    // ("Sekretaris Kabinet Andi Widjajanto": a cabinet or office is never named after a person)
    const minGap = NOT_EPONYM_HEADS.has(toks[orgHead]?.text ?? '') ? 1 : 2;
    if (!((PERSON_TOKEN_SET.has(firstName) || afterBody) && personStart - orgHead >= minGap))
      personStart = -1;
    // "PT Anugerah Surya Pratama": company name words after "PT" are the company's, not a person's
    else if (
      COMPANY_HEADS.has(toks[orgHead]?.text ?? '') &&
      toks.slice(personStart).every((t) => COMPANY_NAME_SET.has(t.text))
    )
      personStart = -1;
  }
  if (personStart < 0 && orgHead >= 0) {
    // "Bank Indonesia Mutiara Sibarani", "Dinas Perhubungan DKI Jakarta Syafrin Liputo": a name after the
    // organisation's closing place word
    let lastPlace = -1;
    toks.forEach((t, k) => {
      if (k > orgHead && isPlaceWord(t.text)) lastPlace = k;
    });
    const tail = toks.slice(lastPlace + 1);
    if (
      lastPlace > orgHead &&
      tail.length > 0 &&
      tail.length <= 4 &&
      tail.every(
        (t) =>
          isCapitalized(t.text) &&
          !isTitleWord(t.text) &&
          !isOrgWord(t.text) &&
          !isPlaceWord(t.text),
      ) &&
      tail.some((t) => isNameish(t))
    )
      personStart = lastPlace + 1;
  }
  if (
    personStart === 0 &&
    toks.length === 1 &&
    sentenceStart &&
    !PERSON_TOKEN_SET.has(toks[0]?.text ?? '') &&
    !BEFORE_CUE_SET.has(nextWord)
  )
    personStart = -1;
  if (
    personStart === 0 &&
    PLACE_CUES.has(prevWord.toLowerCase()) &&
    !PERSON_TOKEN_SET.has(toks[0]?.text ?? '')
  )
    personStart = -1;
  const rest = personStart >= 0 ? toks.slice(0, personStart) : toks;
  // organisation part
  if (orgHead >= 0 && (personStart < 0 || orgHead < personStart)) {
    const orgToks = rest.slice(orgHead);
    const s = span(text, orgToks);
    if (
      s &&
      !(
        orgToks.length === 1 &&
        !isAllCaps(orgToks[0]?.text ?? '') &&
        !isOrgWord(orgToks[0]?.text ?? '')
      )
    )
      out.push({ kind: 'organization', ...s });
  } else {
    const orgish = (t: Token, k: number): boolean => {
      // "TNI" is a rank's part in "Mayjen TNI Andika" but the army in "penggagas TNI Panglima Besar Sudirman"
      // and in "Panglima TNI Jenderal Wiranto" (a post, not a rank, before it)
      const armyAfterRank =
        ORG_ACRONYM_SET.has(t.text) &&
        isTitleWord(t.text) &&
        RANK_SET.has((rest[k - 1]?.text ?? '').toLowerCase().replace(/\.$/, ''));
      if (isTitleWord(t.text) && (!ORG_ACRONYM_SET.has(t.text) || armyAfterRank)) return false;
      if (NOT_ORG_CAPS.has(t.text) || isPlaceWord(t.text)) return false;
      if (isOrgWord(t.text) && !ORG_HEAD_SET.has(t.text.toLowerCase())) return true;
      const before = k === 0 ? prevWord : (rest[k - 1]?.text ?? '');
      return (
        isAllCaps(t.text) &&
        t.text.length >= 2 &&
        !isPlaceWord(t.text) &&
        !PLACE_CUES.has(before.toLowerCase())
      );
    };
    let lastEnd = 0;
    for (let k = 0; k < rest.length; k++) {
      const t = rest[k];
      if (!t || !orgish(t, k)) continue;
      // "PDI Perjuangan", "DPR RI", "Pink Floyd": following organisation words and plain capitals join it
      let e = k + 1;
      while (e < rest.length) {
        const u = rest[e];
        // "BPPD Kabupaten Badung", "KPU Kota Bandung": an office of a region takes the region's name
        if (u && REGION_WORDS.has(u.text) && e + 1 < rest.length) {
          e += 2;
          continue;
        }
        // "Komnas HAM", "Pengadilan HAM": the field a body is named by
        if (u && FIELD_CAPS.has(u.text) && isOrgWord(rest[e - 1]?.text ?? '')) {
          e++;
          continue;
        }
        // "Bursa Efek Indonesia", "Radio Suara Palestina": a country or town closing a name of words
        if (
          u &&
          e === rest.length - 1 &&
          isPlaceWord(u.text) &&
          e - k >= 2 &&
          !isAllCaps(rest[e - 1]?.text ?? '')
        ) {
          e++;
          continue;
        }
        if (!u || isTitleWord(u.text) || isPlaceWord(u.text) || RUN_JOINERS.has(u.text)) break;
        if (ORG_ACRONYM_SET.has(u.text) && ORG_ACRONYM_SET.has(rest[e - 1]?.text ?? '')) break;
        if (orgish(u, e) || (isCommonWord(u.text) && !NOT_ORG_CAPS.has(u.text))) e++;
        else break;
      }
      // "Wigan Athletic", "Kalstar Aviation": plain capitals before a (non-acronym) organisation word are its name
      let b = k;
      if (
        !isAllCaps(t.text) &&
        !ORG_HEAD_SET.has(t.text.toLowerCase()) &&
        !ORG_ACRONYM_SET.has(t.text)
      )
        while (b > lastEnd && isNameLead(rest[b - 1])) b--;
      const sp = span(text, rest.slice(b, e));
      if (sp) out.push({ kind: 'organization', ...sp });
      k = e - 1;
      lastEnd = e;
    }
  }
  if (personStart >= 0) {
    // "H. Agus Salim", "Hj. Ani", "KH Ma'ruf Amin": the pilgrim's and the cleric's honorific is a role
    let honorifics = 0;
    while (
      HONORIFICS.has(toks[personStart]?.text ?? '') &&
      toks.slice(personStart + 1).some((t) => !isInitial(t.text))
    ) {
      personStart++;
      honorifics++;
    }
    const s = span(text, toks.slice(personStart));
    if (!s) return;
    const roleToks = toks.slice(0, personStart).filter((t) => isTitleWord(t.text));
    if (honorifics > 0) {
      const role = text.slice(toks[0]?.start ?? s.start, s.start).trim();
      out.push({ kind: 'person', ...s, role });
      return;
    }
    const single = toks.length - personStart === 1;
    const strong =
      roleToks.length > 0 || PERSON_TOKEN_SET.has(toks[personStart]?.text ?? '') || !single;
    if (!strong && PLACE_CUES.has(prevWord.toLowerCase())) return;
    const roleSpan = personStart > 0 ? span(text, toks.slice(0, personStart)) : null;
    out.push({
      kind: 'person',
      ...s,
      ...(roleSpan && roleToks.length > 0 ? { role: roleSpan.text } : {}),
    });
  }
}

const closingDegree = (w: string): boolean =>
  isDegree(w) && !ORG_ACRONYM_SET.has(w) && !isPersonNameWord(w);

// posts that are also family names when they close a name ("Christine Hakim", "Lukman Hakim")
const SURNAME_TITLES = new Set(['Hakim']);

/** All person and organisation mentions in `text`, in order; `skip` ranges (the dateline) are ignored. */
export function findEntities(
  text: string,
  tokens: readonly Token[],
  skipUntil = 0,
): EntityMention[] {
  const out: EntityMention[] = [];
  for (const run of findRuns(text, tokens)) {
    const first = run.toks[0];
    if (!first || first.start < skipUntil) continue;
    const prev = tokens[run.first - 1];
    const sentenceStart =
      !prev || SENTENCE_PUNCT.has(prev.text) || /\n/.test(text.slice(prev.end, first.start));
    const after = tokens[run.first + run.toks.length];
    readRun(
      text,
      run.toks,
      prev?.word ? prev.text : '',
      sentenceStart,
      out,
      after?.word ? after.text : '',
    );
  }
  return out.map((m) => widenMention(text, m));
}

/**
 * Words said with a name: "Gus Dur", "Cak Imin", "Bung Karno" keep the honorific,
 * "Benigno Aquino, Jr" its generation, "The Pink Floyd", "the Abdabs" the article.
 */
function widenMention(text: string, m: EntityMention): EntityMention {
  const before = text.slice(Math.max(0, m.start - 5), m.start);
  if (m.kind === 'person') {
    const hon = /(?:^|\s)((?:Gus|Cak|Bung) )$/.exec(before)?.[1];
    // ("Harold George Belafonete, Jr. dilahirkan": with its dot when the sentence goes on)
    const gen = /^,? (?:Jr|Sr)\b(?:\.(?=,|\s+\p{Ll}))?/u.exec(text.slice(m.end, m.end + 9))?.[0];
    if (!hon && !gen) return m;
    const start = m.start - (hon?.length ?? 0);
    const end = m.end + (gen?.length ?? 0);
    return { ...m, start, end, text: text.slice(start, end) };
  }
  // "DPRD II", "Kopertis Wilayah IX", "Kodam V": the numbered body or region of a body
  const numeral = /^ (?:[IVX]{1,4})(?![\p{L}\p{N}])/u.exec(text.slice(m.end, m.end + 6))?.[0];
  const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
  if (numeral && (isOrgWord(last) || last === 'Wilayah'))
    return { ...m, end: m.end + numeral.length, text: text.slice(m.start, m.end + numeral.length) };
  // "Coast Savings Financial Inc. melaporkan": the abbreviation's dot, when the sentence goes on
  if (
    /(?:^|\s)(?:Inc|Corp|Ltd|Co)$/.test(m.text) &&
    /^\.(?:,|\s+\p{Ll})/u.test(text.slice(m.end, m.end + 4))
  )
    return { ...m, end: m.end + 1, text: text.slice(m.start, m.end + 1) };
  if (/(?:^|[^\p{L}])[Tt]he $/u.test(before))
    return { ...m, start: m.start - 4, text: text.slice(m.start - 4, m.end) };
  return m;
}
