// Pure: a three-sentence extractive summary in article order. Indonesian news puts the gist in the lead, so
// a position prior dominates; word centrality (words the rest of the article repeats) picks among the lead.
import type { Span } from '../extract/types';
import { splitSentences } from './sentences';

const STOPWORDS = new Set([
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'itu',
  'ini',
  'dengan',
  'untuk',
  'pada',
  'dalam',
  'tidak',
  'akan',
  'juga',
  'ada',
  'karena',
  'oleh',
  'atau',
  'sebagai',
  'bahwa',
  'saat',
  'telah',
  'sudah',
  'kata',
  'ujar',
  'para',
  'kami',
  'kita',
  'saya',
  'ia',
  'dia',
  'mereka',
  'tersebut',
  'lebih',
  'bisa',
  'dapat',
  'hingga',
  'secara',
  'namun',
  'adalah',
  'menjadi',
  'masih',
  'harus',
  'jika',
  'pun',
  'lagi',
  'yakni',
  'yaitu',
  'serta',
  'antara',
  'setelah',
  'mengatakan',
  'katanya',
  'ujarnya',
  'belum',
  'hal',
  'satu',
  'sejumlah',
  'tak',
  'agar',
  'sehingga',
  'maka',
]);

const SKIP_RE =
  /^(?:baca juga|lihat juga|simak juga|advertisement|scroll to|editor|penulis|sumber|foto)\b/i;
const SUMMARY_SIZE = 3;
const LEAD_WINDOW = 8;
// Weights tuned on IndoSum dev.01 lines 1-250 only (R-1 +1.2, R-L +1.3 over LEAD-3 there).
const POS_WEIGHT = 10;
const POS_DECAY = 2;
const CENT_W = 0.2;
const LEN_W = 2;
const QUOTE_PENALTY = 1;

function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (w) => w.length > 2 && !STOPWORDS.has(w),
  );
}

export function summarize(text: string): Span[] {
  const all: Span[] = [];
  const lists: string[][] = [];
  for (const sent of splitSentences(text)) {
    if (SKIP_RE.test(sent.text)) continue;
    const ws = contentWords(sent.text);
    if (ws.length < 3) continue;
    all.push(sent);
    lists.push(ws);
  }
  if (all.length <= SUMMARY_SIZE) return all;
  const freq = new Map<string, number>();
  const bags = lists.map((ws) => new Set(ws));
  for (const bag of bags) for (const w of bag) freq.set(w, (freq.get(w) ?? 0) + 1);
  const window = Math.min(all.length, LEAD_WINDOW);
  const scored: { i: number; score: number }[] = [];
  for (let i = 0; i < window; i++) {
    const bag = bags[i] ?? new Set<string>();
    let central = 0;
    for (const w of bag) central += Math.min((freq.get(w) ?? 1) - 1, 4);
    const centrality = central / Math.sqrt(bag.size + 4);
    const position = 1 / (1 + POS_DECAY * i);
    const quoted = /^["“”]/.test(all[i]?.text ?? '') ? QUOTE_PENALTY : 0;
    const length = Math.min(lists[i]?.length ?? 0, 25) / 25;
    scored.push({
      i,
      score: position * POS_WEIGHT + centrality * CENT_W + length * LEN_W - quoted,
    });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, SUMMARY_SIZE)
    .sort((a, b) => a.i - b.i)
    .map((x) => all[x.i])
    .filter((s): s is Span => s !== undefined);
}
