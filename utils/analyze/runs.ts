// Pure: groups tokens into runs of capitalised words (names, posts and organisations are read from runs).
import { DAYS_MONTHS } from './lexicon';
import { ARABIC_ARTICLE_RE, isInitial, isPersonNameWord } from './name-words';
import { takesNumber } from './numbered-names';
import type { Token } from './tokens';
import { isCapitalized } from './tokens';

export const RUN_JOINERS = new Set([
  'dan',
  'br',
  'boru',
  'of',
  'for',
  'the',
  '&',
  'and',
  'de',
  'van',
  'bin',
  'binti',
  'al',
  'el',
  'der',
  'von',
  'da',
]);
export const DOTTED = new Set([
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
  'jend',
  'pt',
  'tbk',
]);
export function isRunWord(t: Token): boolean {
  // "Abd al-Khaliq Tharwat": an Arabic article joined to a name
  if (t.text.includes('-') && ARABIC_ARTICLE_RE.test(t.text)) return true;
  return t.word && isCapitalized(t.text) && !DAYS_MONTHS.has(t.text) && !/^\d/.test(t.text);
}

/** Groups tokens into runs of capitalised words (joined by "dan", "bin", "of", initials' dots). */
export function findRuns(
  text: string,
  tokens: readonly Token[],
): { toks: Token[]; first: number }[] {
  const runs: { toks: Token[]; first: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isRunWord(t)) {
      i++;
      continue;
    }
    const toks: Token[] = [t];
    const first = i;
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      const prev = toks[toks.length - 1];
      if (!u || !prev || /\n/.test(text.slice(prev.end, u.start))) break;
      // "Departemen Sosial RI No: 25": a number's label ends a name
      if (/^(?:No|Nomor|Nomer)$/.test(u.text)) break;
      const nick = tokens[j + 1];
      if (
        // 'Robert "Robbie" Mark Gaspar': a nickname in quotes inside a full name
        /^["“]$/.test(u.text) &&
        nick &&
        isRunWord(nick) &&
        /^["”]$/.test(tokens[j + 2]?.text ?? '') &&
        tokens[j + 3] &&
        isRunWord(tokens[j + 3] as Token) &&
        isPersonNameWord(prev.text)
      ) {
        toks.push(nick);
        j += 3;
      } else if (isRunWord(u) || takesNumber(toks, u, tokens[j + 1])) {
        toks.push(u);
        j++;
      } else if (
        u.text === '.' &&
        u.start === prev.end &&
        (isInitial(prev.text) || DOTTED.has(prev.text.toLowerCase())) &&
        tokens[j + 1] &&
        isRunWord(tokens[j + 1] as Token)
      ) {
        j++;
      } else if (
        u.word &&
        RUN_JOINERS.has(u.text) &&
        tokens[j + 1] &&
        isRunWord(tokens[j + 1] as Token)
      ) {
        toks.push(u);
        j++;
      } else break;
    }
    runs.push({ toks, first });
    i = j;
  }
  return runs;
}

export function span(
  text: string,
  toks: readonly Token[],
): { start: number; end: number; text: string } | null {
  const a = toks[0];
  const b = toks[toks.length - 1];
  if (!a || !b) return null;
  return { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
}
