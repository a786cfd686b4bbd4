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

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    out.push({
      text: text.slice(start, end),
      start,
      end,
      word: /[\p{L}\p{N}]/u.test(m[0][0] ?? ''),
    });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}\-.]+$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(word);
}
