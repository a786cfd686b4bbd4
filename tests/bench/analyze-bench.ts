// Node-only: times analyzeText per 1,000 words (median over runs) on the corpus gold-free text of generated
// articles built from the project's own test sentences; run with `npx tsx tests/bench/analyze-bench.ts`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../utils/analyze/index.ts';

// Body text: the visible text of each corpus page's paragraphs (crudely, <p> contents without tags), so the
// benchmark needs no extractor; this is plain Indonesian news prose with quotes and names.
function loadTexts(): string[] {
  const dir = path.resolve(process.cwd(), 'tests/fixtures/corpus/pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(path.join(dir, f), 'utf8');
      const paras = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)].map((m) =>
        (m[1] ?? '')
          .replace(/<[^>]+>/g, '')
          .replace(/&quot;/g, '"')
          .replace(/&nbsp;/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      return paras.filter((p) => p.length > 40).join('\n\n');
    })
    .filter((t) => t.length > 500);
}

const texts = loadTexts();
const words = texts.reduce((n, t) => n + (t.match(/\S+/g) ?? []).length, 0);
for (const t of texts) analyzeText(t); // warm-up: JIT and the word-list sets
const runs: number[] = [];
for (let r = 0; r < 15; r++) {
  const t0 = performance.now();
  for (const t of texts) analyzeText(t);
  runs.push(((performance.now() - t0) / words) * 1000);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)] ?? 0;
console.log(
  `analyze: ${texts.length} texts, ${words} words; median ${median.toFixed(2)} ms per 1,000 words (15 runs)`,
);
// `--json FILE` (tests/bench/run.ts): the figures bench-results/latest.json points to.
const at = process.argv.indexOf('--json');
const out = at >= 0 ? process.argv[at + 1] : undefined;
if (out) {
  const result = {
    texts: texts.length,
    words,
    runs: runs.length,
    medianMsPer1000Words: Number(median.toFixed(2)),
    goalMsPer1000Words: 5,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}
