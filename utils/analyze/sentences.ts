// Pure: sentence spans. Intl.Segmenter, then a repair pass that re-joins the breaks it makes after
// Indonesian abbreviations ("Dr.", "H.", "KH.", "Pol.", "PT.", "Kab.", "Jl.", initials); see NOTES.md §3.6.
import type { Span } from '../extract/types';

// Lower-case forms; a segment ending in one of these + "." continues in the next segment.
const ABBREVIATIONS = new Set([
  'dr',
  'drg',
  'prof',
  'ir',
  'drs',
  'dra',
  'h',
  'hj',
  'kh',
  'k.h',
  'pol',
  'pt',
  'cv',
  'kab',
  'kec',
  'kel',
  'prov',
  'jl',
  'jln',
  'no',
  'rp',
  'tbk',
  'pk',
  'tgl',
  'sdr',
  'sdri',
  'ny',
  'tn',
  'nn',
  'st',
  'mr',
  'mrs',
  'ms',
  'bpk',
  'kol',
  'jend',
  'letjen',
  'mayjen',
  'brigjen',
  'irjen',
  'komjen',
  'kombes',
  'inf',
  'purn',
  'a.n',
  'u.p',
  's.d',
  'dkk',
  'vs',
  'hlm',
  'ust',
  'dt',
  'kp',
  'ds',
  'gg',
  'rt',
  'rw',
  'ps',
  'sp',
  'apt',
  'pdt',
  'mgr',
  'yth',
]);

const SEGMENTER = new Intl.Segmenter('id', { granularity: 'sentence' });

function endsWithAbbreviation(segment: string): boolean {
  const m = /(?:^|[\s(“"”])([\p{L}.]{1,6})\.\s*$/u.exec(segment);
  if (!m || m[1] === undefined) return false;
  const word = m[1];
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Yasonna H. Laoly"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence spans of one block of text (no paragraph breaks inside), trimmed of white space. */
function splitBlock(text: string, offset: number, out: Span[]): void {
  let curStart = -1;
  let curEnd = -1;
  for (const seg of SEGMENTER.segment(text)) {
    const s = offset + seg.index;
    const e = s + seg.segment.length;
    if (curStart < 0) {
      curStart = s;
      curEnd = e;
    } else if (
      endsWithAbbreviation(text.slice(curStart - offset, curEnd - offset)) &&
      /^\s*[\p{Lu}\p{N}(]/u.test(seg.segment)
    ) {
      curEnd = e;
    } else {
      pushTrimmed(text, offset, curStart, curEnd, out);
      curStart = s;
      curEnd = e;
    }
  }
  if (curStart >= 0) pushTrimmed(text, offset, curStart, curEnd, out);
}

function pushTrimmed(text: string, offset: number, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s - offset] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1 - offset] ?? '')) e--;
  if (e > s) out.push({ text: text.slice(s - offset, e - offset), start: s, end: e });
}

/** Splits `text` (paragraphs separated by blank lines) into sentence spans in order. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const para = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = para.exec(text)) !== null) splitBlock(m[0], m.index, out);
  return out;
}
