// Node-only: the BibTeX export read back by @retorquere/bibtex-parser (Better BibTeX's parser).
import { parse, type Creator } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCitationKey, escapeLatex, formatBibtex } from '../../../utils/export/bibtex.ts';
import { splitPersonName } from '../../../utils/export/names.ts';
import type { ExportItem } from '../../../utils/export/types.ts';
import { buildItemFromGold, foldWhitespace, POISON, POISON_NAMES, readGold } from './fixtures.ts';

const GOLD = readGold();
const ITEMS = GOLD.map((g) => buildItemFromGold(g));
const BASE = ITEMS[0]!;

function readBack(bib: string): ReturnType<typeof parse> {
  // Titles are Indonesian: no English sentence-casing, so the text comes back as written.
  const library = parse(bib, { english: false });
  expect(library.errors).toEqual([]);
  return library;
}

/** The name as the parser gives it back, in the shape splitPersonName predicts. */
function describeCreator(creator: Creator): string {
  // BibTeX reads a lowercase particle ("bin", "van") as the von part: it belongs to the family.
  const family = [creator.prefix, creator.lastName].filter(Boolean).join(' ');
  return creator.name ?? `${family} | ${creator.firstName ?? ''}`;
}

function expectedCreator(raw: string): string {
  const parts = splitPersonName(foldWhitespace(raw));
  return parts.literal ?? `${parts.family ?? ''} | ${parts.given ?? ''}`;
}

function expectRoundTrip(items: ExportItem[]): void {
  const library = readBack(formatBibtex(items));
  expect(library.entries).toHaveLength(items.length);
  library.entries.forEach((entry, i) => {
    const item = items[i]!;
    expect(entry.type).toBe('article');
    expect(entry.fields.title).toBe(foldWhitespace(item.title));
    expect(entry.fields.journal).toBe(item.siteName ? foldWhitespace(item.siteName) : undefined);
    expect(entry.fields.url).toBe(item.canonicalUrl ?? item.url);
    expect((entry.fields.author ?? []).map(describeCreator)).toEqual(
      item.authors.map(expectedCreator),
    );
  });
}

describe('BibTeX export', () => {
  it('round-trips every corpus article (title, authors, outlet, url, dates)', () => {
    expectRoundTrip(ITEMS);
    const library = readBack(formatBibtex(ITEMS));
    library.entries.forEach((entry, i) => {
      const published = GOLD[i]!.published!;
      expect(entry.fields.date).toBe(published.slice(0, 10));
      expect(entry.fields.year).toBe(published.slice(0, 4));
      expect(entry.fields.month).toBe(String(Number(published.slice(5, 7))));
      expect(entry.fields.urldate).toBe('2025-01-15');
      // The parser sorts keyword lists, so compare as sets.
      expect([...(entry.fields.keywords ?? [])].sort()).toEqual(['korpus', GOLD[i]!.outlet].sort());
    });
  });

  it('protects the title case: outer braces for BibTeX, langid for biblatex and Zotero', () => {
    const bib = formatBibtex([{ ...BASE, title: 'KPK Periksa Pejabat' }]);
    expect(bib).toContain('title = {{KPK Periksa Pejabat}},');
    expect(bib).toContain('langid = {indonesian}');
    // With default options the parser sentence-cases English entries only (and it strips one
    // outer brace pair as a convention): the Indonesian langid is what keeps the case here.
    const [entry] = parse(bib).entries;
    expect(entry!.fields.title).toBe('KPK Periksa Pejabat');
  });

  it('splits Indonesian bylines into family and given names', () => {
    const item = {
      ...BASE,
      authors: ['Mulia Budi', 'Monalisa', 'Agus S', 'Isna Rifka Sri Rahayu'],
    };
    const [entry] = readBack(formatBibtex([item])).entries;
    expect(entry!.fields.author).toEqual([
      { lastName: 'Budi', firstName: 'Mulia' },
      { name: 'Monalisa' },
      { name: 'Agus S' },
      { lastName: 'Rahayu', firstName: 'Isna Rifka Sri' },
    ]);
  });

  it.each(POISON.map((p) => [JSON.stringify(p), p] as const))(
    'parses back the poisoned title %s without errors',
    (_, title) => expectRoundTrip([{ ...BASE, title, siteName: title }]),
  );

  it('parses back poisoned author names as the same people', () => {
    expectRoundTrip([{ ...BASE, authors: [...POISON_NAMES] }]);
  });

  it('keeps braces balanced and the entry parseable for any string (property test)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (title) => {
        const library = readBack(formatBibtex([{ ...BASE, title, authors: [title] }]));
        expect(library.entries).toHaveLength(1);
        const escaped = escapeLatex(title);
        let depth = 0;
        for (let i = 0; i < escaped.length; i += 1) {
          if (escaped[i] === '\\') i += 1;
          else if (escaped[i] === '{') depth += 1;
          else if (escaped[i] === '}') depth -= 1;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives unique ASCII citation keys: family + year + first title word', () => {
    expect(buildCitationKey(ITEMS.find((x) => x.id === 'detik-1')!)).toBe('budi2022polisi');
    const twins = [BASE, BASE, BASE, { ...BASE, title: 'Émile Ñuñez: 😀' }];
    const keys = readBack(formatBibtex(twins)).entries.map((entry) => entry.key);
    const base = buildCitationKey(BASE);
    expect(keys.slice(0, 3)).toEqual([base, `${base}a`, `${base}b`]);
    expect(keys[3]).toMatch(/emile$/);
    const all = readBack(formatBibtex(ITEMS)).entries.map((entry) => entry.key);
    expect(new Set(all).size).toBe(all.length);
    for (const key of all) expect(key).toMatch(/^[a-z0-9]+$/);
  });

  it('uses the outlet for the key when there is no byline, and percent-encodes braces in URLs', () => {
    const item = { ...BASE, authors: [], url: 'https://x.id/a{b}c d', canonicalUrl: null };
    const [entry] = readBack(formatBibtex([item])).entries;
    expect(entry!.key.startsWith(BASE.siteName!)).toBe(true);
    expect(entry!.fields.url).toBe('https://x.id/a%7Bb%7Dc%20d');
  });
});
