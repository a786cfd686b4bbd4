// Node-only: JSON/JSONL round trips and the CSV of metadata read back by an RFC 4180 reader.
import { describe, expect, it } from 'vitest';
import { formatCsv, formatCsvCell } from '../../../utils/export/csv.ts';
import { formatJson, formatJsonl } from '../../../utils/export/json.ts';
import type { ExportItem } from '../../../utils/export/types.ts';
import { buildItemFromGold, POISON, readGold } from './fixtures.ts';

const ITEMS = readGold().map((g) => buildItemFromGold(g));

/** A strict RFC 4180 reader, written independently of the emitter. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < csv.length) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i += 1;
        expect([',', '\r', undefined]).toContain(csv[i]);
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      expect(cell).toBe('');
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r') {
      expect(csv[i + 1]).toBe('\n');
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      expect(ch).not.toBe('\n');
      cell += ch;
    }
    i += 1;
  }
  expect(quoted).toBe(false);
  expect(cell).toBe('');
  return rows;
}

describe('JSON and JSONL', () => {
  it('round-trips every corpus item, one line each in JSONL', () => {
    const lines = formatJsonl(ITEMS).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(ITEMS.length);
    expect(lines.map((line) => JSON.parse(line) as ExportItem)).toEqual(ITEMS);
    expect(JSON.parse(formatJson(ITEMS[0]!))).toEqual(ITEMS[0]);
  });

  it('keeps poisoned strings (U+2028, CR LF, NUL) on one line and unchanged', () => {
    const items = POISON.map((title) => ({ ...ITEMS[0]!, title, note: `${title}\u0000` }));
    const lines = formatJsonl(items).trimEnd().split('\n');
    expect(lines).toHaveLength(POISON.length);
    expect(lines.map((line) => (JSON.parse(line) as ExportItem).title)).toEqual(POISON);
  });
});

describe('CSV', () => {
  it('reads back one row per item with the same values', () => {
    const rows = readCsv(formatCsv(ITEMS));
    const [header, ...body] = rows;
    expect(body).toHaveLength(ITEMS.length);
    const col = (name: string): number => header!.indexOf(name);
    body.forEach((row, i) => {
      const item = ITEMS[i]!;
      expect(row).toHaveLength(header!.length);
      expect(row[col('title')]).toBe(item.title);
      expect(row[col('authors')]).toBe(item.authors.join('; '));
      expect(row[col('published')]).toBe(item.published);
      expect(row[col('published_zone')]).toBe('WIB');
      expect(row[col('word_count')]).toBe(String(item.wordCount));
    });
  });

  it('quotes poisoned cells and defuses formulas', () => {
    const items = POISON.map((title) => ({ ...ITEMS[0]!, title, note: title }));
    const rows = readCsv(formatCsv(items)).slice(1);
    expect(rows).toHaveLength(POISON.length);
    rows.forEach((row, i) => {
      const title = POISON[i]!;
      const expected = /^[=+\-@\t\r]/.test(title) ? `'${title}` : title;
      expect(row[1]).toBe(expected);
      expect(row[1]).not.toMatch(/^[=+\-@]/);
    });
  });

  it('leaves numbers and ordinary text alone', () => {
    expect(formatCsvCell(12)).toBe('12');
    expect(formatCsvCell('Polisi soal Pistol')).toBe('Polisi soal Pistol');
    expect(formatCsvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(formatCsvCell(null)).toBe('');
  });
});
