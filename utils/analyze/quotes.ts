// Pure: builds the Quote list: quote spans, their attribution, and pronoun / post-only speakers resolved
// to the person named before ("katanya" -> the last person named; "kata Presiden" -> the Presiden named before).
import type { Quote, Speaker } from '../extract/types';
import { attributeQuotes } from './attribute';
import { findQuoteSpans } from './quote-spans';
import { classifyDescription, findAliases, fullestName, isSubjectMention } from './speaker-resolve';
import type { Token } from './tokens';

/** A person known at a position in the text, for resolving "-nya" and post-only cues. */
export interface PersonMention {
  name: string;
  role?: string;
  org?: string;
  start: number;
  end: number;
}

const MIN_WORDS_WITHOUT_CUE = 5;

function countWords(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function lastPersonBefore(
  people: readonly PersonMention[],
  pos: number,
  role?: string,
  subject?: (p: PersonMention) => boolean,
): PersonMention | undefined {
  let best: PersonMention | undefined;
  let bestSubject: PersonMention | undefined;
  for (const p of people) {
    if (p.end > pos) break;
    if (role && !(p.role ?? '').toLowerCase().includes(role.toLowerCase())) continue;
    best = p;
    if (subject?.(p)) bestSubject = p;
  }
  return bestSubject ?? best;
}

/** "Menteri Perhubungan (Menhub) Budi Karya Sumadi ... ujar Menhub": the person written right after the post. */
function personAfterPost(
  text: string,
  people: readonly PersonMention[],
  post: string,
  pos: number,
): PersonMention | undefined {
  return people.find(
    (p) =>
      p.end <= pos && text.slice(Math.max(0, p.start - post.length - 4), p.start).includes(post),
  );
}

// the description after a cue: `kata politisi Partai Hanura itu.` -> "politisi Partai Hanura itu"
const AFTER_DESC_RE =
  /^[\s,.”"’']*[\p{L}]+\s+([^.,;\n]+?)(?=\s+(?:kepada|saat|ketika|dalam|usai|seusai|di|pada|dengan)\s|[.,;\n]|$)/u;

export function extractQuotes(
  text: string,
  tokens: readonly Token[],
  people: readonly PersonMention[],
): Quote[] {
  const raws = findQuoteSpans(text);
  const attrs = attributeQuotes(text, tokens, raws);
  const out: Quote[] = [];
  const inside = (pos: number): boolean => raws.some((r) => pos >= r.start && pos < r.end);
  // only strong mentions may take a "-nya" cue: a full name, a name with a post, or a short form of one
  const full = people.filter((p) => p.name.includes(' '));
  const fullWords = new Set(full.flatMap((f) => f.name.split(' ')));
  const strong = (p: PersonMention): boolean =>
    p.name.includes(' ') || p.role !== undefined || fullWords.has(p.name);
  const outsidePeople = people.filter((p) => !inside(p.start) && strong(p));
  const aliases = findAliases(text, people);
  const subjectCache = new Map<PersonMention, boolean>();
  const isSubject = (p: PersonMention): boolean => {
    let v = subjectCache.get(p);
    if (v === undefined) subjectCache.set(p, (v = isSubjectMention(text, p)));
    return v;
  };
  let lastSpeaker: { speaker: Speaker | null; at: number } | null = null;
  raws.forEach((q, n) => {
    const a = attrs[n];
    if (!a) return;
    const qtext = text.slice(q.start, q.end);
    if (!a.cue && countWords(qtext) < MIN_WORDS_WITHOUT_CUE) return;
    let speaker: Speaker | null = null;
    const ph = a.phrase;
    if (ph?.kind === 'name' && ph.name) {
      speaker = {
        name: ph.name,
        ...(ph.role ? { role: ph.role } : {}),
        ...(ph.org ? { org: ph.org } : {}),
      };
    } else if (ph?.kind === 'pronoun' || (a.cue && !ph) || ph?.kind === 'role') {
      const desc =
        a.side === 'after' && ph?.kind !== 'pronoun'
          ? AFTER_DESC_RE.exec(text.slice(q.end, q.end + 120))?.[1]
          : undefined;
      const how = desc ? classifyDescription(desc) : 'post';
      const role = ph?.kind === 'role' && how === 'post' ? ph.role : undefined;
      const p =
        how === 'anonymous'
          ? undefined
          : (lastPersonBefore(outsidePeople, q.start, role, isSubject) ??
            (role ? personAfterPost(text, people, role, q.start) : undefined));
      const fromQuote =
        how !== 'anonymous' && lastSpeaker && (!p || lastSpeaker.at > p.start) && !role
          ? lastSpeaker.speaker
          : null;
      if (fromQuote) speaker = fromQuote;
      else if (p)
        speaker = {
          name: p.name,
          ...(p.role ? { role: p.role } : {}),
          ...(p.org ? { org: p.org } : {}),
        };
      else if (ph?.kind === 'role' && ph.role && how === 'post' && /\p{Lu}/u.test(ph.role))
        speaker = { name: ph.role, role: ph.role, ...(ph.org ? { org: ph.org } : {}) };
      if (how === 'anonymous') lastSpeaker = { speaker: null, at: q.end };
    } else if (!a.cue && lastSpeaker && q.start - lastSpeaker.at < 600) {
      speaker = lastSpeaker.speaker; // a quote with no cue right after a quoted speaker continues them
    }
    if (speaker) {
      // a short form takes the fullest name the article gives ("Widya" -> "Widya Agustiono")
      const fuller = fullestName(speaker.name, aliases, full);
      if (fuller)
        speaker = {
          ...speaker,
          name: fuller.name,
          ...('role' in fuller && fuller.role && !speaker.role ? { role: fuller.role } : {}),
        };
      lastSpeaker = { speaker, at: Math.max(q.end, ph?.nameEnd ?? q.end) };
    }
    out.push({
      text: qtext,
      start: q.start,
      end: q.end,
      speaker,
      ...(a.cue ? { cue: a.cue } : {}),
    });
  });
  return out;
}
