// Node-only: the RIS export: tag syntax on every line, record framing, values folded to a line.
import { describe, expect, it } from 'vitest';
import { formatRis } from '../../../utils/export/ris.ts';
import type { ExportItem } from '../../../utils/export/types.ts';
import { buildItemFromGold, foldWhitespace, POISON, POISON_NAMES, readGold } from './fixtures.ts';

const GOLD = readGold();
const ITEMS = GOLD.map((g) => buildItemFromGold(g));
const TAG_LINE = /^[A-Z][A-Z0-9] {2}- /;

type Record = [tag: string, value: string][];

/** Splits RIS into records, checking the framing on the way. */
function readRis(ris: string): Record[] {
  const lines = ris.split('\r\n');
  expect(lines.pop()).toBe('');
  const records: Record[] = [];
  let current: Record | null = null;
  for (const line of lines) {
    if (line === '') {
      expect(current).toBeNull();
      continue;
    }
    expect(line).toMatch(TAG_LINE);
    expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
    const tag = line.slice(0, 2);
    const value = line.slice(6);
    if (current === null) {
      expect(tag).toBe('TY');
      current = [];
    }
    current.push([tag, value]);
    if (tag === 'ER') {
      records.push(current);
      current = null;
    }
  }
  expect(current).toBeNull();
  return records;
}

function values(record: Record, tag: string): string[] {
  return record.filter(([t]) => t === tag).map(([, v]) => v);
}

describe('RIS export', () => {
  it('writes one NEWS record per corpus article with its metadata', () => {
    const records = readRis(formatRis(ITEMS));
    expect(records).toHaveLength(ITEMS.length);
    records.forEach((record, i) => {
      const g = GOLD[i]!;
      expect(record[0]).toEqual(['TY', 'NEWS']);
      expect(record[record.length - 1]).toEqual(['ER', '']);
      expect(values(record, 'TI')).toEqual([g.title]);
      expect(values(record, 'T2')).toEqual([g.outlet]);
      expect(values(record, 'UR')).toEqual([g.url]);
      expect(values(record, 'PY')).toEqual([g.published!.slice(0, 4)]);
      expect(values(record, 'DA')).toEqual([`${g.published!.slice(0, 10).replace(/-/g, '/')}/`]);
      expect(values(record, 'Y2')).toEqual(['2025/01/15']);
      expect(values(record, 'AU')).toHaveLength(g.authors.length);
      expect(values(record, 'KW')).toEqual(['korpus', g.outlet]);
    });
  });

  it('writes authors as "Family, Given", keeping one-word names whole', () => {
    const item = { ...ITEMS[0]!, authors: ['Mulia Budi', 'Monalisa', 'Isna Rifka Sri Rahayu'] };
    const [record] = readRis(formatRis([item]));
    expect(values(record!, 'AU')).toEqual(['Budi, Mulia', 'Monalisa', 'Rahayu, Isna Rifka Sri']);
  });

  it('folds poisoned values onto one line without losing their text', () => {
    const items: ExportItem[] = POISON.map((title) => ({
      ...ITEMS[0]!,
      title,
      note: title,
      description: `${title}\n\nparagraf kedua`,
      authors: [...POISON_NAMES],
      userTags: [title],
    }));
    const records = readRis(formatRis(items));
    expect(records).toHaveLength(POISON.length);
    records.forEach((record, i) => {
      const folded = foldWhitespace(POISON[i]!);
      expect(values(record, 'TI')).toEqual(folded === '' ? [] : [folded]);
      expect(values(record, 'AB')).toEqual([foldWhitespace(`${POISON[i]} paragraf kedua`)]);
      expect(values(record, 'AU')).toHaveLength(POISON_NAMES.length);
    });
  });
});
