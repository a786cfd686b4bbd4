// Pure: merges entity mentions into participants: fullest name, aliases ("Yasonna" = "Yasonna Laoly";
// "Komisi ... (Komnas HAM)" = "Komnas HAM"), every mention, role, and how many quotes each gave.
import type { Participant, Quote } from '../extract/types';
import type { EntityMention } from './entities';
import { ORG_HEAD_SET } from './lexicon';

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((w) => w.length > 0);

interface Group {
  kind: 'person' | 'organization';
  name: string;
  role?: string;
  forms: Set<string>;
  /** other ways an organisation may be written (see addOrgKeys) */
  orgKeys: Set<string>;
  nameWords: string[];
  mentions: { start: number; end: number }[];
}

function sameEntity(g: Group, m: EntityMention, aliases: ReadonlyMap<string, string>): boolean {
  if (g.kind !== m.kind) return false;
  if (g.forms.has(m.text)) return true;
  if (aliases.get(m.text) === g.name) return true; // "Ahok" = "Basuki Tjahaja Purnama"
  if (m.kind === 'organization')
    return sameOrgShort(g.name, m.text) || sameOrgShort(m.text, g.name) || sameOrgForm(g, m.text);
  const b = words(m.text);
  if (b.length === 0) return false;
  if (b.every((w) => g.nameWords.includes(w)) || g.nameWords.every((w) => b.includes(w)))
    return true;
  // "Dian Sastro" for "Dian Sastrowardoyo": each word the same or clipped (4+ letters), the first one in first place
  return (
    (g.nameWords[0] ?? '').startsWith(b[0] ?? '') &&
    b.every(
      (w) => g.nameWords.includes(w) || (w.length >= 4 && g.nameWords.some((x) => x.startsWith(w))),
    )
  );
}

/** "Persiwa" = "Persiwa Wamena", "PSS" = "PSS Sleman": a club's or brand's first word alone (not "Bank"). */
function sameOrgShort(long: string, short: string): boolean {
  if (short.includes(' ') || ORG_HEAD_SET.has(short.toLowerCase())) return false;
  const w = long.split(' ');
  return w.length >= 2 && w.length <= 3 && w[0] === short;
}

// "PT Astra Otoparts Tbk" = "Astra Otoparts", "Perusahaan Uber" = "Uber"
// mentions repeat: each form's core is worked out once
const CORE_CACHE = new Map<string, string>();
const companyCore = (s: string): string => {
  let core = CORE_CACHE.get(s);
  if (core === undefined) {
    core = stripCompany(s);
    if (CORE_CACHE.size > 5000) CORE_CACHE.clear();
    CORE_CACHE.set(s, core);
  }
  return core;
};
const stripCompany = (s: string): string =>
  s.replace(/^(?:PT|Perusahaan|Grup)\s+/, '').replace(/\s+(?:Tbk|\(Persero\)|Persero)$/, '');

const initials = (s: string): string =>
  s
    .split(' ')
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * The other ways an organisation's form may be written: without "PT"/"Tbk" ("Astra Otoparts"), without its head
 * word when one word is left ("ESDM" for "Kementerian ESDM"), as its initials ("MA" for "Mahkamah Agung").
 */
function addOrgKeys(keys: Set<string>, form: string): void {
  const core = companyCore(form);
  if (core !== form) keys.add(core);
  const sp = form.indexOf(' ');
  if (sp < 0) return;
  const rest = form.slice(sp + 1);
  if (!rest.includes(' ') && ORG_HEAD_SET.has(form.slice(0, sp).toLowerCase())) keys.add(rest);
  const ini = initials(form);
  if (ini.length >= 2 && ini.length <= 6) keys.add(ini);
}

function sameOrgForm(g: Group, short: string): boolean {
  if (g.orgKeys.has(short)) return /^\p{Lu}/u.test(short);
  const core = companyCore(short);
  return core !== short && (g.orgKeys.has(core) || g.forms.has(core));
}

/** Links "Long Name (ACR)" so the acronym joins the long name's participant. */
function acronymOf(text: string, m: EntityMention, next: EntityMention | undefined): boolean {
  if (!next || next.kind !== 'organization' || m.kind !== 'organization') return false;
  // "Pengadilan Negeri (PN) Lhoksukon": the acronym sits inside the joined name
  if (next.start > m.start && next.end < m.end) return text[next.start - 1] === '(';
  if (next.start - m.end > 4) return false;
  const between = text.slice(m.end, next.start);
  return /^\s*\($/.test(between) && text[next.end] === ')';
}

/** "Faisal (37) alias Komeng", "Mahmudsyah alias Ayah Mud", "Angeline Margriet Megawe (Angeline)": one person. */
function nicknameOf(text: string, m: EntityMention, next: EntityMention): boolean {
  if (m.kind !== 'person' || next.kind !== 'person' || next.start - m.end > 16) return false;
  const between = text.slice(m.end, next.start);
  return (
    /^\s*(?:\(\d{1,3}\)\s*)?,?\s*(?:alias|atau)\s+$/.test(between) ||
    (/^\s*\($/.test(between) && text[next.end] === ')')
  );
}

export function buildParticipants(
  text: string,
  mentions: readonly EntityMention[],
  quotes: readonly Quote[],
  aliases: ReadonlyMap<string, string> = new Map(),
): Participant[] {
  const groups: Group[] = [];
  const ordered = [...mentions].sort((x, y) => y.text.length - x.text.length || x.start - y.start);
  const aliasOf = new Map<EntityMention, EntityMention>();
  mentions.forEach((m, k) => {
    const next = mentions[k + 1];
    if (next && (acronymOf(text, m, next) || nicknameOf(text, m, next))) aliasOf.set(next, m);
    // "Kementerian Investasi/Badan Koordinasi Penanaman Modal": one body under two names; the longer one hosts
    else if (
      next &&
      m.kind === 'organization' &&
      next.kind === 'organization' &&
      text.slice(m.end, next.start) === '/'
    ) {
      if (next.text.length >= m.text.length) aliasOf.set(m, next);
      else aliasOf.set(next, m);
    }
  });
  const groupOf = new Map<EntityMention, Group>();
  for (const m of ordered) {
    const host = aliasOf.get(m);
    let g = host ? groupOf.get(host) : undefined;
    if (!g) g = groups.find((x) => sameEntity(x, m, aliases));
    if (!g) {
      g = {
        kind: m.kind,
        name: m.text,
        forms: new Set([m.text]),
        orgKeys: new Set(),
        nameWords: words(m.text),
        mentions: [],
      };
      groups.push(g);
    }
    if (g.kind === 'organization' && (g.mentions.length === 0 || !g.forms.has(m.text)))
      addOrgKeys(g.orgKeys, m.text);
    g.forms.add(m.text);
    if (!g.role && m.role) g.role = m.role;
    g.mentions.push({ start: m.start, end: m.end });
    groupOf.set(m, g);
  }
  return groups
    .map((g) => {
      g.mentions.sort((x, y) => x.start - y.start);
      const nameWords = new Set(words(g.name));
      const count = quotes.filter(
        (q) =>
          q.speaker &&
          (g.forms.has(q.speaker.name) ||
            (g.kind === 'person' &&
              words(q.speaker.name).length > 0 &&
              words(q.speaker.name).every((w) => nameWords.has(w)))),
      ).length;
      const p: Participant = {
        name: g.name,
        kind: g.kind,
        ...(g.role ? { role: g.role } : {}),
        aliases: [...g.forms].filter((f) => f !== g.name),
        mentions: g.mentions,
        quotes: count,
      };
      return { p, first: g.mentions[0]?.start ?? 0 };
    })
    .sort((a, b) => a.first - b.first)
    .map((x) => x.p);
}
