// Pure: joins "Pengadilan Negeri (PN) Lhoksukon" into one organisation named "Pengadilan Negeri Lhoksukon" with the
// alias "PN Lhoksukon": the place after a bracketed acronym belongs to both forms.
import type { EntityMention } from './entities';
import { isCommonWord, isTitleWord } from './name-words';

// one capitalised word, optionally with a direction ("Aceh Utara", "Jakarta Selatan")
const PLACE_AFTER_RE =
  /^\)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:Utara|Selatan|Timur|Barat|Tengah|Pusat|Raya))?)(?![\p{L}'’-]|[ \t]*\p{Lu})/u;

// offices that have one branch per town ("Pengadilan Negeri (PN) Lhoksukon"); a university keeps its own name
// ("Universitas Gadjah Mada (UGM) Yogyakarta" is in Yogyakarta, not named by it)
const BRANCH_HEADS = new Set([
  'Pengadilan',
  'Kejaksaan',
  'Rumah',
  'Lembaga',
  'Kepolisian',
  'Dinas',
  'Kantor',
  'Badan',
  'Dewan',
  'Pemerintah',
  'Balai',
  'Komando',
  'Markas',
]);

function placeAfter(text: string, at: number): string | null {
  const m = PLACE_AFTER_RE.exec(text.slice(at, at + 60));
  const place = m?.[1];
  if (!place) return null;
  const first = place.split(/[ \t]+/)[0] ?? '';
  if (isCommonWord(first) || isTitleWord(first)) return null;
  return place;
}

export function joinAcronymPlaces(
  text: string,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const out: EntityMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const acr = mentions[k + 1];
    if (!m) continue;
    if (
      !acr ||
      m.kind !== 'organization' ||
      !BRANCH_HEADS.has(m.text.split(' ')[0] ?? '') ||
      acr.kind !== 'organization' ||
      !/^\s*\($/.test(text.slice(m.end, acr.start)) ||
      text[acr.end] !== ')'
    ) {
      out.push(m);
      continue;
    }
    const place = placeAfter(text, acr.end);
    const placeStart = place ? text.indexOf(place, acr.end) : -1;
    const after = mentions[k + 2];
    // the word there may have been read as a lone name or organisation; a longer mention is someone else
    const taken = after !== undefined && after.start === placeStart;
    if (!place || (taken && (after.role || after.end - after.start > place.length))) {
      out.push(m);
      continue;
    }
    // the mention keeps its span (the place is not part of the name as written), only its name grows
    out.push({ ...m, text: `${m.text} ${place}` });
    out.push({ ...acr, text: `${acr.text} ${place}` });
    k += taken ? 2 : 1;
  }
  return out;
}
