// Pure: splits text into word and punctuation tokens with character offsets.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** true for a run of letters/digits (with inner ' ’ - . joins), false for one punctuation character. */
  word: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("Ma'ruf", "Covid-19", "S.H", "1.250").
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const PAIR_RE = /^(\p{Lu}\p{Ll}+)-(\p{Lu}[\p{L}\p{N}'’\-.]*)$/u;

// the first character decides: ASCII by its code, anything else by the Unicode classes
function isWordStart(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(word[0] ?? '');
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const word = text.slice(start, end);
    const pair = word.includes('-') ? PAIR_RE.exec(word) : null;
    // ...but "Eun-Hye", "Jae-Won": two short syllables make one (Korean) given name
    const syllables =
      pair &&
      pair[1] !== undefined &&
      pair[1].length <= 4 &&
      /^\p{Lu}\p{Ll}{1,3}$/u.test(pair[2] ?? '');
    if (pair && pair[1] !== undefined && !syllables) {
      // "Jokowi-JK", "Prabowo-Hatta": two names joined by a hyphen are two tokens
      const cut = start + pair[1].length;
      out.push({ text: pair[1], start, end: cut, word: true });
      out.push({ text: '-', start: cut, end: cut + 1, word: false });
      out.push({ text: text.slice(cut + 1, end), start: cut + 1, end, word: true });
      continue;
    }
    out.push({ text: word, start, end, word: isWordStart(word) });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  // ASCII first (most words), the Unicode class only beyond it
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}\-.]+$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(word);
}
