// Pure: language analysis entry point: quotes with speakers, named participants and a three-sentence summary.
import type { Analysis } from '../extract/types';
import { joinAcronymPlaces } from './acronym-place';
import { findEntities } from './entities';
import { buildParticipants } from './participants';
import { filterPeople } from './person-filter';
import type { PersonMention } from './quotes';
import { extractQuotes } from './quotes';
import { findAliases } from './speaker-resolve';
import { summarize } from './summary';
import { tokenize } from './tokens';

// "JAKARTA, KOMPAS.com -", "Liputan6.com, Jakarta -", "JAKARTA —", "Mataram, NTB (ANTARA News) -": the dateline names a place and the outlet
const DATELINE_RE =
  /^\s*(?:[\p{Lu}][\p{Lu}\p{N} .'’]{1,40}(?:\([^)]{1,30}\))?(?:,\s*[\p{L}\p{N}.]+(?: [\p{L}]+)?)?|[\p{L}\p{N}.]+\.(?:com|id|co)(?:\.id)?(?:,\s*[\p{L} ]{2,30})?|[\p{L}][\p{L}\p{N} ,.]{1,40}\([^)]{2,30}\))\s*[-—–]+\s/u;

export function analyzeText(text: string): Analysis {
  const tokens = tokenize(text);
  const dateline = DATELINE_RE.exec(text);
  const entities = joinAcronymPlaces(
    text,
    filterPeople(text, findEntities(text, tokens, dateline ? dateline[0].length : 0)),
  );
  const people: PersonMention[] = entities
    .filter((e) => e.kind === 'person')
    .map((e) => ({
      name: e.text,
      start: e.start,
      end: e.end,
      ...(e.role ? { role: e.role } : {}),
    }));
  const quotes = extractQuotes(text, tokens, people);
  const participants = buildParticipants(text, entities, quotes, findAliases(text, people));
  return { quotes, participants, summary: summarize(text) };
}
