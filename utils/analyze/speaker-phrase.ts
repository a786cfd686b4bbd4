// Pure: reads a speaker phrase ("Menteri Hukum dan HAM Yasonna Laoly", "Yayat, Kepala Bidang ... Dishub DKI")
// into a name, a role and an organisation, by token classes.
import { DAYS_MONTHS, NAME_PARTICLES, PHRASE_STOPS } from './lexicon';
import { isInitial, isOrgWord, isPersonNameWord, isPlaceWord, isTitleWord } from './name-words';
import type { Token } from './tokens';
import { isAllCaps, isCapitalized } from './tokens';

export interface SpeakerPhrase {
  kind: 'name' | 'pronoun' | 'role';
  name?: string;
  nameStart?: number;
  nameEnd?: number;
  role?: string;
  org?: string;
}

const DOTTED = new Set([
  'pol',
  'dr',
  'prof',
  'h',
  'hj',
  'kh',
  'ir',
  'drs',
  'dra',
  'drg',
  'st',
  'inf',
  'purn',
  'jend',
]);
const SOFT_STOPS = new Set(['dari', 'di', 'untuk']);
const PRONOUN_WORDS = new Set(['dia', 'ia', 'beliau', 'Dia', 'Ia', 'Beliau']);

/** Cuts the phrase after a cue into comma segments, stopping at a stop word, a date or sentence end. */
export function collectAfterCue(tokens: readonly Token[], from: number): Token[][] {
  const segs: Token[][] = [[]];
  for (let i = from; i < tokens.length && segs.length <= 3; i++) {
    const t = tokens[i];
    if (t === undefined) break;
    const seg = segs[segs.length - 1] ?? [];
    if (!t.word) {
      if (t.text === '.' && seg.length > 0) {
        const prev = seg[seg.length - 1];
        if (
          prev &&
          prev.end === t.start &&
          (isInitial(prev.text) || DOTTED.has(prev.text.toLowerCase()))
        )
          continue;
      }
      if (t.text === '(') {
        // "Lembaga Ilmu Pengetahuan Indonesia (LIPI), Dewi" : keep a bracketed acronym inside the phrase
        const inner = tokens[i + 1];
        if (inner?.word && isCapitalized(inner.text) && tokens[i + 2]?.text === ')') {
          seg.push(inner);
          i += 2;
          continue;
        }
      }
      if (t.text === ',') {
        if (seg.length === 0) break;
        segs.push([]);
        continue;
      }
      if (
        t.text === '/' ||
        t.text === '-' ||
        t.text === '&' ||
        t.text === '\u2019' ||
        t.text === "'"
      )
        continue;
      break;
    }
    if (DAYS_MONTHS.has(t.text)) break;
    if (/^\d/.test(t.text)) {
      // "Daop 8 Surabaya" stays in the phrase; a date or an age does not
      const prev = seg[seg.length - 1];
      if (!prev || !isCapitalized(prev.text) || tokens[i + 1]?.text === '/') break;
      seg.push(t);
      continue;
    }
    const hasName = seg.some((x) => isPersonNameWord(x.text));
    if (!isCapitalized(t.text)) {
      if (
        PHRASE_STOPS.has(t.text) &&
        (hasName || !SOFT_STOPS.has(t.text) || (seg.length === 0 && segs.length > 1))
      )
        break;
      // after a name, a lower-case word ends the phrase unless it is a particle inside the name
      if (hasName && !NAME_PARTICLES.has(t.text) && t.text !== 'dan') break;
    }
    seg.push(t);
  }
  return segs.filter((s) => s.length > 0);
}

/** Looser test used when no strict name word is found: "kata Hari", "ujar Imam", "pesan JK". */
function isLooseNameWord(word: string): boolean {
  if (!isCapitalized(word) || DAYS_MONTHS.has(word) || isTitleWord(word) || /\d/.test(word))
    return false;
  if (isAllCaps(word)) return word.length <= 4 && !isOrgWord(word);
  return !isPlaceWord(word) && !isOrgWord(word);
}

function lastNameRun(
  seg: readonly Token[],
  test: (w: string) => boolean = isPersonNameWord,
): [number, number] | null {
  let best: [number, number] | null = null;
  let i = 0;
  while (i < seg.length) {
    const t = seg[i];
    if (t && test(t.text)) {
      let j = i + 1;
      while (j < seg.length) {
        const u = seg[j];
        if (!u) break;
        if (test(u.text) || isInitial(u.text)) j++;
        else if (NAME_PARTICLES.has(u.text) && seg[j + 1] && test(seg[j + 1]?.text ?? '')) j += 2;
        else break;
      }
      best = [i, j];
      i = j;
    } else i++;
  }
  return best;
}

function joinText(text: string, toks: readonly Token[]): string {
  const first = toks[0];
  const last = toks[toks.length - 1];
  return first && last ? text.slice(first.start, last.end) : '';
}

/** Splits the words in front of a name into a post and an organisation ("Kepala Bidang Humas" + "Polda Metro Jaya"). */
function splitRoleOrg(text: string, toks: readonly Token[]): { role?: string; org?: string } {
  const words = toks.filter((t) => t.word);
  if (words.length === 0) return {};
  let orgAt = -1;
  for (let k = 1; k < words.length; k++) {
    const w = words[k]?.text ?? '';
    const prev = words[k - 1]?.text ?? '';
    if ((isOrgWord(w) && !isAllCaps(w)) || (isAllCaps(w) && isTitleWord(prev))) {
      orgAt = k;
      break;
    }
  }
  if (orgAt < 0) return { role: joinText(text, words) };
  const role = joinText(text, words.slice(0, orgAt));
  const org = joinText(text, words.slice(orgAt));
  return { ...(role ? { role } : {}), ...(org ? { org } : {}) };
}

/** Parses the segments of a speaker phrase. */
export function parseSpeakerPhrase(
  text: string,
  segs: readonly (readonly Token[])[],
): SpeakerPhrase | null {
  const first = segs[0];
  if (!first || first.length === 0) return null;
  const head = first[0];
  if (head && PRONOUN_WORDS.has(head.text)) return { kind: 'pronoun' };
  // "kata Camat Neglasari, Kabupaten Tangerang, Ubaidillah Ansar": a post first, the name in its own segment
  let order = segs.map((_, k) => k);
  if (segs.length > 1 && head && isTitleWord(head.text)) {
    const pure = order.filter((k) => k > 0 && isPureName(segs[k] ?? []));
    if (pure.length > 0) order = [...pure, ...order.filter((k) => !pure.includes(k))];
  }
  for (const loose of [false, true]) {
    for (const s of order) {
      const found = nameIn(text, segs, s, loose);
      if (found) return found;
    }
  }
  const ro = splitRoleOrg(text, first);
  if (ro.role || ro.org) return { kind: 'role', ...ro };
  return null;
}

function isPureName(seg: readonly Token[]): boolean {
  // "AKBP Ferdiyan Fahmi": a rank or honorific may lead the name's own segment
  let k = 0;
  while (k < seg.length && isTitleWord(seg[k]?.text ?? '')) k++;
  const rest = seg.slice(k);
  return (
    rest.length > 0 &&
    rest.length <= 5 &&
    rest.every(
      (t) =>
        isLooseNameWord(t.text) ||
        isInitial(t.text) ||
        (t.text !== 'di' && NAME_PARTICLES.has(t.text)),
    )
  );
}

function nameIn(
  text: string,
  segs: readonly (readonly Token[])[],
  s: number,
  loose: boolean,
): SpeakerPhrase | null {
  {
    const seg = segs[s] ?? [];
    const run = lastNameRun(seg, loose ? isLooseNameWord : isPersonNameWord);
    if (!run) return null;
    const nameToks = seg.slice(run[0], run[1]);
    const before = seg.slice(0, run[0]);
    let ro = splitRoleOrg(text, before.length > 0 ? before : s === 0 ? (segs[1] ?? []) : []);
    if (!ro.role && !ro.org && s > 0) ro = splitRoleOrg(text, segs[0] ?? []);
    const a = nameToks[0];
    const b = nameToks[nameToks.length - 1];
    if (!a || !b) return null;
    return {
      kind: 'name',
      name: text.slice(a.start, b.end),
      nameStart: a.start,
      nameEnd: b.end,
      ...ro,
    };
  }
}
