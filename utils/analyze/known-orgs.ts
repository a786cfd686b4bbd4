// Pure: finds well-known organisation names (data/known-orgs.ts) as token sequences inside a capitalised run.
import { KNOWN_ORGS } from './data/known-orgs';
import type { Token } from './tokens';

// first word -> the names starting with it, as word lists, longest first
const BY_FIRST = new Map<string, string[][]>();
for (const name of KNOWN_ORGS) {
  const words = name.split(' ');
  const first = words[0] ?? '';
  const list = BY_FIRST.get(first) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  BY_FIRST.set(first, list);
}

/** The first known organisation inside `toks` as [from, to) token indexes, or null. */
export function findKnownOrg(toks: readonly Token[]): [number, number] | null {
  for (let i = 0; i < toks.length; i++) {
    const cands = BY_FIRST.get(toks[i]?.text ?? '');
    if (!cands) continue;
    for (const words of cands) {
      if (words.every((w, k) => toks[i + k]?.text === w)) return [i, i + words.length];
    }
  }
  return null;
}

export function isKnownOrg(name: string): boolean {
  return BY_FIRST.get(name.split(' ')[0] ?? '')?.some((w) => w.join(' ') === name) ?? false;
}
