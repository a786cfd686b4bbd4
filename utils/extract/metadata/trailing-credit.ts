// Pure: a reporter credited in brackets at the very end of the body, "... di Denpasar.
// (Luh Wayanti)" (suara.com and other outlets credit a second reporter or a contributor so).
const TRAILING_NAME = /\(\s*([A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+){1,3})\s*\)\s*$/;

/** Bracketed words at the end that are sources, not people. */
const NOT_A_PERSON =
  /\b(antara|reuters|afp|ap|kompas|tempo|detik|tribun|suara|liputan|okezone|viva|news|tv|foto|video|sumber|berbagai|net|com|id)\b/i;

export function findTrailingCredit(paragraphs: readonly string[]): string | null {
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return null;
  const m = TRAILING_NAME.exec(last);
  const name = m?.[1];
  if (!name || NOT_A_PERSON.test(name)) return null;
  return name.replace(/\s+/g, ' ');
}
