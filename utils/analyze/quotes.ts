// Pure: builds the Quote list: quote spans, their attribution, and pronoun / post-only speakers resolved
// to the person named before ("katanya" -> the last person named; "kata Presiden" -> the Presiden named before).
import type { Quote, Speaker } from '../extract/types';
import { attributeQuotes } from './attribute';
import { findQuoteSpans } from './quote-spans';
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
): PersonMention | undefined {
  let best: PersonMention | undefined;
  for (const p of people) {
    if (p.end > pos) break;
    if (role && !(p.role ?? '').toLowerCase().includes(role.toLowerCase())) continue;
    best = p;
  }
  return best;
}

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
  let lastSpeaker: { speaker: Speaker; at: number } | null = null;
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
      const role = ph?.kind === 'role' ? ph.role : undefined;
      const p = lastPersonBefore(outsidePeople, q.start, role);
      const fromQuote =
        lastSpeaker && (!p || lastSpeaker.at > p.start) && !role ? lastSpeaker.speaker : null;
      if (fromQuote) speaker = fromQuote;
      else if (p)
        speaker = {
          name: p.name,
          ...(p.role ? { role: p.role } : {}),
          ...(p.org ? { org: p.org } : {}),
        };
      else if (ph?.kind === 'role' && ph.role)
        speaker = { name: ph.role, role: ph.role, ...(ph.org ? { org: ph.org } : {}) };
    } else if (!a.cue && lastSpeaker && q.start - lastSpeaker.at < 600) {
      speaker = lastSpeaker.speaker; // a quote with no cue right after a quoted speaker continues them
    }
    if (speaker) {
      // a short form takes the fullest name the article gives ("Widya" -> "Widya Agustiono")
      const short = speaker.name;
      const fuller = full.find(
        (f) => f.name !== short && !short.includes(' ') && f.name.split(' ').includes(short),
      );
      if (fuller)
        speaker = {
          ...speaker,
          name: fuller.name,
          ...(fuller.role && !speaker.role ? { role: fuller.role } : {}),
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
