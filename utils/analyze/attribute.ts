// Pure: finds the cue and speaker phrase of each quote: after it (`"...," kata X`), before it
// (`X mengatakan, "..."`, `Menurut X, "..."`) or as a "-nya" form (`katanya`) that points back.
import { AFTER_CUE_SET, BEFORE_CUE_SET } from './lexicon';
import type { RawQuote } from './quote-spans';
import type { SpeakerPhrase } from './speaker-phrase';
import { collectAfterCue, parseSpeakerPhrase } from './speaker-phrase';
import type { Token } from './tokens';

export interface Attribution {
  cue?: string;
  phrase: SpeakerPhrase | null;
  /** where the cue sits: after the quote, before it, or none found */
  side: 'after' | 'before' | 'none';
}

const SENTENCE_END = new Set(['.', '!', '?']);
const LEAD_CUES = new Set(['kata', 'ujar', 'menurut', 'tutur', 'ucap']);

function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function afterCueRoot(word: string): { cue: string; nya: boolean } | null {
  if (AFTER_CUE_SET.has(word)) return { cue: word, nya: false };
  if (word.endsWith('nya') && AFTER_CUE_SET.has(word.slice(0, -3))) return { cue: word, nya: true };
  return null;
}

function findAfter(text: string, tokens: readonly Token[], q: RawQuote): Attribution | null {
  let i = firstTokenAt(tokens, q.end);
  let skipped = 0;
  while (
    i < tokens.length &&
    !tokens[i]?.word &&
    skipped < 2 &&
    /[,.]/.test(tokens[i]?.text ?? '')
  ) {
    i++;
    skipped++;
  }
  const t = tokens[i];
  if (!t || !t.word || text.slice(q.end, t.start).includes('\n')) return null;
  let w = t.text;
  if ((w === 'demikian' || w === 'begitu') && tokens[i + 1]?.word) {
    i++;
    w = tokens[i]?.text ?? '';
  }
  const root = afterCueRoot(w.toLowerCase() === w ? w : '');
  if (root) {
    if (root.nya) return { cue: root.cue, phrase: { kind: 'pronoun' }, side: 'after' };
    const segs = collectAfterCue(tokens, i + 1);
    return { cue: root.cue, phrase: parseSpeakerPhrase(text, segs), side: 'after' };
  }
  // `"...," Yasonna menambahkan.` : a short subject, then a speech verb
  for (let k = i; k < Math.min(tokens.length, i + 10); k++) {
    const u = tokens[k];
    if (!u || (!u.word && SENTENCE_END.has(u.text)) || u.text === '“' || u.text === '"') break;
    if (u.word && BEFORE_CUE_SET.has(u.text) && k > i) {
      const subj = tokens.slice(i, k);
      return { cue: u.text, phrase: parseSpeakerPhrase(text, splitSegments(subj)), side: 'after' };
    }
  }
  return null;
}

function splitSegments(toks: readonly Token[]): Token[][] {
  const segs: Token[][] = [[]];
  for (const t of toks) {
    if (t.text === ',') segs.push([]);
    else segs[segs.length - 1]?.push(t);
  }
  return segs.filter((s) => s.length > 0);
}

function findBefore(
  text: string,
  tokens: readonly Token[],
  q: RawQuote,
  floor: number,
): Attribution | null {
  let k = firstTokenAt(tokens, q.start) - 1;
  const startTok = k;
  while (k >= 0 && !tokens[k]?.word && /[,:]/.test(tokens[k]?.text ?? '')) k--;
  const verb = tokens[k];
  if (!verb || verb.start < floor || text.slice(verb.end, q.start).includes('\n')) return null;
  // the clause in front of the quote, back to the previous sentence end or quote
  let b = k - 1;
  while (b >= 0) {
    const u = tokens[b];
    if (!u || u.start < floor) break;
    if (!u.word && (SENTENCE_END.has(u.text) || /["“”]/.test(u.text))) {
      const prev = tokens[b - 1];
      if (!(u.text === '.' && prev && /^(\p{Lu}|[A-Z][a-z]{0,3})$/u.test(prev.text))) break;
    }
    if (text.slice(u.end, tokens[b + 1]?.start ?? u.end).includes('\n')) break;
    b--;
  }
  const clause = tokens.slice(b + 1, k + 1);
  if (
    BEFORE_CUE_SET.has(verb.text) ||
    (verb.text === 'bahwa' && BEFORE_CUE_SET.has(tokens[k - 1]?.text ?? ''))
  ) {
    const vi = clause.findIndex((u) => BEFORE_CUE_SET.has(u.text));
    const subj = clause.slice(0, vi < 0 ? clause.length - 1 : vi);
    if (subj.length === 0 || subj.length > 30) return null;
    return {
      cue: verb.text === 'bahwa' ? (tokens[k - 1]?.text ?? verb.text) : verb.text,
      phrase: parseSpeakerPhrase(text, splitSegments(subj)),
      side: 'before',
    };
  }
  // `kata X, "..."` / `Menurut X, "..."`
  const ci = clause.findIndex((u) => LEAD_CUES.has(u.text.toLowerCase()));
  if (ci >= 0 && startTok > k && clause.length - ci <= 20) {
    const segs = collectAfterCue(clause, ci + 1);
    return {
      cue: clause[ci]?.text.toLowerCase() ?? 'kata',
      phrase: parseSpeakerPhrase(text, segs),
      side: 'before',
    };
  }
  return null;
}

/** Attributes every quote; `floor` of each is the end of the previous quote, so clauses never cross quotes. */
export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  quotes: readonly RawQuote[],
): Attribution[] {
  return quotes.map((q, n) => {
    const floor = n > 0 ? (quotes[n - 1]?.end ?? 0) : 0;
    return (
      findAfter(text, tokens, q) ??
      findBefore(text, tokens, q, floor) ?? { phrase: null, side: 'none' }
    );
  });
}
