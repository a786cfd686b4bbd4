// Pure: helpers that tie a quote's speaker back to a named person: nicknames ("Basuki Tjahaja Purnama (Ahok)",
// "yang akrab disapa Dani"), short forms ("Wisman" of "Wismandari Wisnu"), subjects preferred over objects for
// "-nya" cues, and descriptions ("politisi Partai Hanura itu", "seorang sumber") that point back or stay anonymous.
import type { PersonMention } from './quotes';

// "Gubernur DKI Jakarta Basuki Tjahaja Purnama (Ahok)", "... Purnama atau Ahok", "... alias Ahok"
const AFTER_NAME_ALIAS_RE = /^\s*(?:\(\s*|,?\s+(?:atau|alias)\s+)(\p{Lu}[\p{Ll}]{1,15})\b/u;
// "Pria yang akrab disapa Dani", "yang biasa dipanggil Buldan"
const CALLED_RE =
  /\b(?:akrab|biasa|kerap|karib|populer)\s+(?:di)?(?:sapa|panggil|kenal dengan(?: nama)?|kenal sebagai)\s+(\p{Lu}[\p{Ll}]{1,15})\b/gu;

/** Nickname -> fullest name, from the article's own wording. */
export function findAliases(text: string, people: readonly PersonMention[]): Map<string, string> {
  const out = new Map<string, string>();
  const full = people.filter((p) => p.name.includes(' '));
  for (const p of full) {
    const m = AFTER_NAME_ALIAS_RE.exec(text.slice(p.end, p.end + 30));
    const alias = m?.[1];
    if (alias && !p.name.split(' ').includes(alias) && !out.has(alias)) out.set(alias, p.name);
  }
  // the cheap test first: most articles give no nickname
  const called = /sapa|panggil|kenal/.test(text) ? text.matchAll(CALLED_RE) : [];
  for (const m of called) {
    const alias = m[1];
    if (!alias || out.has(alias)) continue;
    let last: PersonMention | undefined;
    for (const p of full) {
      if (p.end > m.index) break;
      last = p;
    }
    if (last && m.index - last.end < 400) out.set(alias, last.name);
  }
  return out;
}

/** The fullest name the article gives for `name` (an alias, a word of a longer name, or a clipped word). */
export function fullestName(
  name: string,
  aliases: ReadonlyMap<string, string>,
  full: readonly PersonMention[],
): PersonMention | { name: string } | null {
  if (name.includes(' ')) return null;
  const aka = aliases.get(name);
  if (aka) return { name: aka };
  const exact = full.find((f) => f.name !== name && f.name.split(' ').includes(name));
  if (exact) return exact;
  // "Wisman" for "Wismandari Wisnu": a clipped first word
  if (name.length >= 4)
    return (
      full.find((f) => {
        const w = f.name.split(' ')[0] ?? '';
        return w.length > name.length && w.startsWith(name);
      }) ?? null
    );
  return null;
}

const SUBJECT_NEXT_STOP = new Set(['di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'pada', 'dengan']);

/**
 * A mention is a likely subject when a lower-case word (a verb, "belum", "pun") follows it, or it opens the
 * sentence; "pelatih Arema, Milomir Seslija." or "putra sulung aktor Fery Salim," are objects or appositions.
 */
export function isSubjectMention(text: string, p: PersonMention): boolean {
  const next = /^\s*([\p{L}]+)/u.exec(text.slice(p.end, p.end + 30))?.[1] ?? '';
  if (next && next === next.toLowerCase() && !SUBJECT_NEXT_STOP.has(next)) return true;
  // only posts and capitalised words between the sentence start and the name
  let k = p.start - 1;
  for (let n = 0; n < 8; n++) {
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
    if (k < 0) return true;
    const c = text[k] ?? '';
    if ('.!?"”\n-—–'.includes(c)) return true;
    let w = k;
    while (w > 0 && !/\s/.test(text[w - 1] ?? '')) w--;
    if (!/^\p{Lu}/u.test(text.slice(w, k + 1))) return false;
    k = w - 1;
  }
  return false;
}

const ANAPHOR_HEADS = new Set([
  'pria',
  'wanita',
  'perempuan',
  'lelaki',
  'sosok',
  'pemuda',
  'gadis',
]);
const ANON_HEADS = new Set([
  'seorang',
  'sumber',
  'salah',
  'para',
  'beberapa',
  'sejumlah',
  'perekam',
]);

/** How a description in speaker position refers: back to someone named, to nobody, or as a post to look up. */
export function classifyDescription(clause: string): 'anaphor' | 'anonymous' | 'post' {
  const words = clause.trim().split(/\s+/);
  const head = (words[0] ?? '').toLowerCase();
  if (ANON_HEADS.has(head)) return words.length <= 3 || head === 'seorang' ? 'anonymous' : 'post';
  if (ANAPHOR_HEADS.has(head)) return 'anaphor';
  if (/\b(?:itu|ini|tersebut)$/.test(clause.trim())) return 'anaphor';
  if (head === 'sang' || !/\p{Lu}/u.test(clause)) return 'anonymous';
  return 'post';
}
