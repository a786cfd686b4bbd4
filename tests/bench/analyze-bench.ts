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
// The first pass is the cold figure (a service worker that has just started: no JIT yet); the goal
// is on the median of 60 passes after 3 more warm-up passes. 15 passes after one warm-up (the
// earlier bench) swung from 3.8 to 5.6 ms between two runs of the same code: it was still
// measuring the JIT's tiers, not the code.
const perThousand = (t0: number) => ((performance.now() - t0) / words) * 1000;
const c0 = performance.now();
for (const t of texts) analyzeText(t);
const cold = perThousand(c0);
for (let r = 0; r < 3; r++) for (const t of texts) analyzeText(t);
const RUNS = 60;
const runs: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  for (const t of texts) analyzeText(t);
  runs.push(perThousand(t0));
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)] ?? 0;
const p90 = runs[Math.floor(runs.length * 0.9)] ?? 0;
console.log(
  `analyze: ${texts.length} texts, ${words} words; median ${median.toFixed(2)} ms per 1,000 words (${RUNS} passes, p90 ${p90.toFixed(2)}); first, cold pass ${cold.toFixed(2)} ms`,
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
    p90MsPer1000Words: Number(p90.toFixed(2)),
    coldFirstPassMsPer1000Words: Number(cold.toFixed(2)),
    goalMsPer1000Words: 5,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
}
