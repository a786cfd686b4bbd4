// Node-only: the format switch, file names, extensions and MIME types.
import { describe, expect, it } from 'vitest';
import {
  buildFileName,
  EXPORT_FORMATS,
  fileExtension,
  formatItems,
  isExportFormat,
  mimeType,
} from '../../../utils/export/index.ts';
import { buildItemFromGold, readGold } from './fixtures.ts';

const ITEMS = readGold()
  .slice(0, 5)
  .map((g) => buildItemFromGold(g));

describe('formatItems', () => {
  it.each(EXPORT_FORMATS.map((f) => [f]))('%s: every item appears in the output', (format) => {
    const out = formatItems(format, ITEMS);
    for (const item of ITEMS) {
      // Titles may be escaped per format; the first long ASCII word must survive verbatim.
      const word = item.title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))!;
      expect(out).toContain(word);
    }
    expect(fileExtension(format)).toMatch(/^[a-z]+$/);
    expect(mimeType(format)).toMatch(/^[a-z]+\/[\w.+-]+/);
  });

  it('json gives one object for one item and an array for many', () => {
    expect(Array.isArray(JSON.parse(formatItems('json', ITEMS.slice(0, 1))))).toBe(false);
    expect(JSON.parse(formatItems('json', ITEMS))).toHaveLength(ITEMS.length);
    expect(JSON.parse(formatItems('csl', ITEMS))).toHaveLength(ITEMS.length);
  });

  it('accepts only known format names', () => {
    expect(isExportFormat('bibtex')).toBe(true);
    expect(isExportFormat('docx')).toBe(false);
    expect(fileExtension('bibtex')).toBe('bib');
  });

  it('builds safe, dated file names', () => {
    const name = buildFileName(ITEMS[4]!, 'md');
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
    expect(
      buildFileName({ ...ITEMS[0]!, title: '../../etc/passwd 😀', published: null }, 'md'),
    ).toBe('etc-passwd.md');
    expect(buildFileName({ ...ITEMS[0]!, title: '😀', published: null }, 'md')).toBe('artikel.md');
  });
});
