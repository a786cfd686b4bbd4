// Node-only: splitting Indonesian bylines into family and given names.
import { describe, expect, it } from 'vitest';
import { formatInvertedName, splitPersonName } from '../../../utils/export/names.ts';
import { readGold } from './fixtures.ts';

describe('splitPersonName', () => {
  it('indexes multi-word names under the last word', () => {
    expect(splitPersonName('Mulia Budi')).toEqual({ family: 'Budi', given: 'Mulia' });
    expect(splitPersonName(' Isna  Rifka Sri\nRahayu ')).toEqual({
      family: 'Rahayu',
      given: 'Isna Rifka Sri',
    });
  });

  it('keeps one-word names, trailing initials and non-person bylines literal', () => {
    expect(splitPersonName('Monalisa')).toEqual({ literal: 'Monalisa' });
    expect(splitPersonName('Agus S')).toEqual({ literal: 'Agus S' });
    expect(splitPersonName('Putra Rusdi K.')).toEqual({ literal: 'Putra Rusdi K.' });
    expect(splitPersonName('Tim Redaksi')).toEqual({ literal: 'Tim Redaksi' });
    expect(splitPersonName('Budi, Ani')).toEqual({ literal: 'Budi, Ani' });
  });

  it('keeps particles with the family name', () => {
    expect(splitPersonName('Ahmad bin Abdullah')).toEqual({
      family: 'bin Abdullah',
      given: 'Ahmad',
    });
    expect(formatInvertedName(splitPersonName('Ahmad bin Abdullah'))).toBe('bin Abdullah, Ahmad');
  });

  it('splits every corpus byline into a non-empty family or literal', () => {
    const names = readGold().flatMap((g) => g.authors);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const parts = splitPersonName(name);
      const rebuilt = parts.literal ?? `${parts.given} ${parts.family}`;
      expect(rebuilt).toBe(name);
    }
  });
});
