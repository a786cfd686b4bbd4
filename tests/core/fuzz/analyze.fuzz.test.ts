// Node-only: property test of analyzeText on random and mutated text (issue 7): every quote,
// mention and summary span lies inside the text and slices back to its own text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analyze/index';
import { checkAnalysis } from './article-contract';

const BUDGET_MS = Number(process.env.JERNIH_FUZZ_MS ?? 15_000) / 2;
const GOLD_DIR = path.resolve(process.cwd(), 'tests/fixtures/corpus/gold');
// Real article sentences (the gold's must-contain snippets, quotes included) as seeds.
const SEED_TEXTS = readdirSync(GOLD_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const gold = JSON.parse(readFileSync(path.join(GOLD_DIR, name), 'utf8')) as {
      mustContain: string[];
    };
    return gold.mustContain.join('\n\n');
  });

const frac = fc.double({ min: 0, max: 1, noNaN: true });
const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('"', '“', '”', "'", ',', '.', '\n\n', ' kata ', ' ujarnya.', 'Menteri ', '-nya'),
);
const edit = fc.oneof(
  fc.tuple(frac, noise).map(([f, s]) => (t: string) => {
    const i = Math.floor(f * t.length);
    return t.slice(0, i) + s + t.slice(i);
  }),
  fc.tuple(frac, fc.integer({ min: 1, max: 200 })).map(([f, n]) => (t: string) => {
    const i = Math.floor(f * t.length);
    return t.slice(0, i) + t.slice(i + n);
  }),
);
const mutatedText = fc
  .tuple(fc.constantFrom(...SEED_TEXTS), fc.array(edit, { maxLength: 8 }))
  .map(([text, edits]) => edits.reduce((t, e) => e(t), text));
const randomText = fc
  .array(fc.oneof(noise, fc.constantFrom(...SEED_TEXTS.map((t) => t.slice(0, 200)))), {
    maxLength: 30,
  })
  .map((parts) => parts.join(' '));

describe('analyzeText under fuzzing', () => {
  it.each([
    ['mutated article text', mutatedText],
    ['random text', randomText],
  ] as const)('%s: spans always valid', (name, arbitrary) => {
    let cases = 0;
    const started = performance.now();
    fc.assert(
      fc.property(arbitrary, (text) => {
        cases += 1;
        const analysis = analyzeText(text) as unknown as Record<string, unknown>;
        expect(checkAnalysis(analysis, text)).toEqual([]);
      }),
      { numRuns: 100_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`fuzz analyzeText ${name}: ${cases} cases in ${seconds} s`);
    expect(cases).toBeGreaterThan(10);
  });
});
