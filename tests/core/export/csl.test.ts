// Node-only: the CSL-JSON export validated with ajv against (a subset of) the official schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildCslItem, formatCsl, type CslItem } from '../../../utils/export/csl.ts';
import { buildItemFromGold, POISON, POISON_NAMES, readGold } from './fixtures.ts';

const SCHEMA = JSON.parse(
  readFileSync(path.resolve(process.cwd(), 'tests/core/export/csl-data.schema.json'), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);
const GOLD = readGold();
const ITEMS = GOLD.map((g) => buildItemFromGold(g));

function parseValid(json: string): CslItem[] {
  const data: unknown = JSON.parse(json);
  const ok = validate(data);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return data as CslItem[];
}

describe('CSL-JSON export', () => {
  it('validates for the whole corpus and carries its metadata', () => {
    const csl = parseValid(formatCsl(ITEMS));
    expect(csl).toHaveLength(GOLD.length);
    csl.forEach((entry, i) => {
      const g = GOLD[i]!;
      expect(entry.type).toBe('article-newspaper');
      expect(entry.id).toBe(g.id);
      expect(entry.title).toBe(g.title);
      expect(entry['container-title']).toBe(g.outlet);
      expect(entry.URL).toBe(g.url);
      expect(entry.language).toBe('id');
      const [y, m, d] = g.published!.slice(0, 10).split('-').map(Number);
      expect(entry.issued).toEqual({ 'date-parts': [[y, m, d]] });
      expect(entry.accessed).toEqual({ 'date-parts': [[2025, 1, 15]] });
      expect(entry.author?.length ?? 0).toBe(g.authors.length);
    });
  });

  it('splits names: family/given, literal for one word or a trailing initial, particles', () => {
    const item = {
      ...ITEMS[0]!,
      authors: ['Mulia Budi', 'Monalisa', 'Agus S', 'Ahmad bin Abdullah', 'Tim Redaksi'],
    };
    expect(parseValid(formatCsl([item]))[0]!.author).toEqual([
      { family: 'Budi', given: 'Mulia' },
      { literal: 'Monalisa' },
      { literal: 'Agus S' },
      { family: 'Abdullah', 'non-dropping-particle': 'bin', given: 'Ahmad' },
      { literal: 'Tim Redaksi' },
    ]);
  });

  it('keeps poisoned titles and names exactly and stays valid', () => {
    const items = POISON.map((title, i) => ({
      ...ITEMS[i % ITEMS.length]!,
      id: `p${i}`,
      title,
      authors: [...POISON_NAMES],
      description: title,
    }));
    const csl = parseValid(formatCsl(items));
    csl.forEach((entry, i) => {
      expect(entry.title).toBe(POISON[i]);
      expect(entry.abstract).toBe(POISON[i]);
    });
  });

  it('gives unique ids to the same page clipped twice and to clips without address', () => {
    const twice = { ...ITEMS[0]!, id: undefined };
    const bare = { ...ITEMS[1]!, id: undefined, url: null, canonicalUrl: null };
    const ids = parseValid(formatCsl([twice, twice, bare, bare])).map((entry) => entry.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('has a schema that rejects what citeproc would reject (the check is not vacuous)', () => {
    expect(validate([{ id: 'x', type: 'newspaper' }])).toBe(false);
    expect(validate([{ type: 'article-newspaper' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'article', author: [{ first: 'A' }] }])).toBe(false);
    expect(validate([{ id: 'x', type: 'article', issued: { 'date-parts': [[1, 2, 3, 4]] } }])).toBe(
      false,
    );
  });

  it('omits dates that are missing or not ISO instead of emitting invalid ones', () => {
    const entry = buildCslItem({ ...ITEMS[0]!, published: 'kemarin', accessed: undefined });
    expect(entry.issued).toBeUndefined();
    expect(entry.accessed).toEqual({ 'date-parts': [[2025, 1, 15]] });
    parseValid(JSON.stringify([entry]));
  });
});
