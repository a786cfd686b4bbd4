// Pure: splits a personal name into family and given parts for citation formats.
//
// Indonesian naming has no general family-name rule: many people carry one name ("Monalisa"),
// many carry several given names and no surname ("Budisantoso Budiman"), some use a patronym
// or a clan name (Batak "Siregar", Minahasa "Lumban"). Bibliographic practice (APA, Chicago,
// the Indonesian national library's own catalogue for most names) indexes an Indonesian name
// under its LAST word, so we do the same: last word = family, the rest = given. Exceptions:
// - one word: no split; CSL gets {literal}, BibTeX and RIS the bare name (a family-only name).
// - a last word that is an initial ("Agus S", "Putra Rusdi K"): the initial is not a surname,
//   so the whole name stays literal rather than inventing "S, Agus".
// - a byline that is not a person ("Tim Redaksi", "Antara"), or a name with digits, commas or
//   brackets: literal.
// - particles: Arabic "bin/binti" and Dutch "van/de/der" stay with the family part
//   ("Ahmad bin Abdullah" -> family "bin Abdullah"), as they cannot stand alone as a given name.

export interface NameParts {
  family?: string;
  given?: string;
  /** Set when the name must not be split. */
  literal?: string;
}

const PARTICLES = new Set(['bin', 'binti', 'van', 'de', 'der', 'den', 'von', 'al', 'el', 'da']);
const NON_PERSON_WORDS = new Set(['tim', 'redaksi', 'admin', 'editor', 'penulis', 'kontributor']);
const INITIAL = /^\p{Lu}\.?$/u;
const UNSPLITTABLE = /[\d,;()[\]{}@/]/u;

export function splitPersonName(raw: string): NameParts {
  const name = raw.replace(/\s+/gu, ' ').trim();
  const words = name.split(' ').filter((word) => word !== '');
  const last = words[words.length - 1];
  if (last === undefined || words.length === 1) return { literal: name };
  if (UNSPLITTABLE.test(name) || INITIAL.test(last)) return { literal: name };
  if (words.some((word) => NON_PERSON_WORDS.has(word.toLowerCase()))) return { literal: name };
  let cut = words.length - 1;
  while (cut > 1 && PARTICLES.has((words[cut - 1] ?? '').toLowerCase())) cut -= 1;
  return { family: words.slice(cut).join(' '), given: words.slice(0, cut).join(' ') };
}

/** "Family, Given" or the literal name, as RIS and BibTeX expect. */
export function formatInvertedName(parts: NameParts): string {
  if (parts.literal !== undefined) return parts.literal;
  return parts.given ? `${parts.family ?? ''}, ${parts.given}` : (parts.family ?? '');
}
