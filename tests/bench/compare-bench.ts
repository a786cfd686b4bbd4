// Node-only benchmark: our core, Mozilla Readability and Defuddle on the same parsed corpus pages
// in the same process: median time per page and snippet precision/recall/F1 + clean/complete
// pages against the gold (GUIDE.md "How a result is scored"), side by side as ratios.
//   npx tsx tests/bench/compare-bench.ts [--json FILE] [--repeats N] [--defuddle-repeats N]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { parseHtml } from '../../utils/cli/parse-html';
import { extractArticle } from '../../utils/extract/extract-article';
import { sanitizeHtml } from '../../utils/sanitize/node';
import { listCorpusIds, normalizeForScoring, readGold, readPage } from '../helpers/corpus';

const TOOLS = ['jernih', 'readability', 'defuddle'] as const;
type Tool = (typeof TOOLS)[number];

interface Score {
  tp: number;
  fn: number;
  fp: number;
  clean: number;
  complete: number;
}

export interface CompareRow {
  id: string;
  ms: Record<Tool, number>;
  tp: Record<Tool, number>;
  fn: Record<Tool, number>;
  fp: Record<Tool, number>;
}

export interface CompareSummary {
  pages: number;
  repeats: number;
  defuddleRepeats: number;
  tools: Record<
    Tool,
    {
      medianMs: number;
      totalMs: number;
      precision: number;
      recall: number;
      f1: number;
      cleanPages: number;
      completePages: number;
      failures: number;
    }
  >;
  /** Median over pages of (tool ms / jernih ms): above 1 means slower than ours. */
  timeRatioVsJernih: Record<Tool, number>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  if (!s.length) return 0;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Text of an HTML fragment, block ends kept apart so snippets do not glue across paragraphs. */
function textOfHtml(html: string): string {
  const doc = parseHtml(`<body>${html}</body>`);
  for (const el of Array.from(doc.body.querySelectorAll('p,div,li,h1,h2,h3,h4,br,blockquote')))
    el.append(doc.createTextNode(' '));
  return doc.body.textContent ?? '';
}

/** One run of a tool: its time (clone included: every tool gets a pristine copy) and text. */
async function runTool(tool: Tool, doc: Document, url: string): Promise<[number, string]> {
  const t0 = performance.now();
  let text: string;
  if (tool === 'jernih') {
    text = extractArticle(doc, { sanitize: sanitizeHtml, url }).text;
  } else if (tool === 'readability') {
    const r = new Readability(doc.cloneNode(true) as Document).parse();
    text = r?.content ? '\u0000' + r.content : (r?.textContent ?? '');
  } else {
    const r = await Defuddle(doc.cloneNode(true) as Document, url);
    text = '\u0000' + r.content;
  }
  const ms = performance.now() - t0;
  // HTML results are turned into text outside the timed part (same rule for both).
  return [ms, text.startsWith('\u0000') ? textOfHtml(text.slice(1)) : text];
}

function scorePage(text: string, id: string): Score {
  const gold = readGold(id);
  const t = normalizeForScoring(text);
  const tp = gold.mustContain.filter((s) => t.includes(normalizeForScoring(s))).length;
  const fp = gold.mustNotContain.filter((s) => t.includes(normalizeForScoring(s))).length;
  const fn = gold.mustContain.length - tp;
  return { tp, fn, fp, clean: fp === 0 ? 1 : 0, complete: fn === 0 ? 1 : 0 };
}

export async function runCompareBench(
  repeats = 5,
  defuddleRepeats = 1,
): Promise<{ rows: CompareRow[]; summary: CompareSummary }> {
  const rows: CompareRow[] = [];
  const totals = Object.fromEntries(
    TOOLS.map((t) => [t, { tp: 0, fn: 0, fp: 0, clean: 0, complete: 0, failures: 0 }]),
  ) as Record<Tool, Score & { failures: number }>;
  for (const id of listCorpusIds()) {
    const url = readGold(id).url;
    const doc = parseHtml(readPage(id), url);
    const row: CompareRow = {
      id,
      ms: { jernih: 0, readability: 0, defuddle: 0 },
      tp: { jernih: 0, readability: 0, defuddle: 0 },
      fn: { jernih: 0, readability: 0, defuddle: 0 },
      fp: { jernih: 0, readability: 0, defuddle: 0 },
    };
    for (const tool of TOOLS) {
      const times: number[] = [];
      let text = '';
      try {
        // Defuddle takes ~1-6 s a page here: one run of it keeps the whole bench in minutes.
        const n = tool === 'defuddle' ? Math.min(repeats, defuddleRepeats) : repeats;
        for (let i = 0; i < n; i++) {
          const [ms, out] = await runTool(tool, doc, url);
          times.push(ms);
          text = out;
        }
      } catch {
        totals[tool].failures++;
      }
      const s = scorePage(text, id);
      row.ms[tool] = median(times);
      row.tp[tool] = s.tp;
      row.fn[tool] = s.fn;
      row.fp[tool] = s.fp;
      for (const k of ['tp', 'fn', 'fp', 'clean', 'complete'] as const) totals[tool][k] += s[k];
    }
    rows.push(row);
  }
  const tools = Object.fromEntries(
    TOOLS.map((t) => {
      const s = totals[t];
      const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
      const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
      return [
        t,
        {
          medianMs: median(rows.map((r) => r.ms[t])),
          totalMs: rows.reduce((a, r) => a + r.ms[t], 0),
          precision,
          recall,
          f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
          cleanPages: s.clean,
          completePages: s.complete,
          failures: s.failures,
        },
      ];
    }),
  ) as CompareSummary['tools'];
  const timeRatioVsJernih = Object.fromEntries(
    TOOLS.map((t) => [t, median(rows.map((r) => r.ms[t] / r.ms.jernih))]),
  ) as Record<Tool, number>;
  return {
    rows,
    summary: { pages: rows.length, repeats, defuddleRepeats, tools, timeRatioVsJernih },
  };
}

export function printCompareBench({
  rows,
  summary,
}: Awaited<ReturnType<typeof runCompareBench>>): void {
  const f = (n: number, w = 9): string => n.toFixed(1).padStart(w);
  console.log(
    `\nJernih vs Readability vs Defuddle (jsdom, same parsed documents, median of ${summary.repeats} runs (Defuddle ${summary.defuddleRepeats}), ms)`,
  );
  console.log(
    `${'page'.padEnd(18)}${TOOLS.map((t) => t.padStart(12)).join('')}  F1 tp/fp per tool`,
  );
  for (const r of rows) {
    const q = TOOLS.map((t) => `${r.tp[t]}/${r.fp[t]}`).join(' ');
    console.log(`${r.id.padEnd(18)}${TOOLS.map((t) => f(r.ms[t], 12)).join('')}  ${q}`);
  }
  console.log(
    `\n${'tool'.padEnd(12)}${'median ms'.padStart(10)}${'x ours'.padStart(8)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'clean'.padStart(8)}${'complete'.padStart(10)}`,
  );
  for (const t of TOOLS) {
    const s = summary.tools[t];
    console.log(
      `${t.padEnd(12)}${f(s.medianMs, 10)}${summary.timeRatioVsJernih[t].toFixed(2).padStart(8)}` +
        `${s.precision.toFixed(3).padStart(7)}${s.recall.toFixed(3).padStart(7)}${s.f1.toFixed(3).padStart(7)}` +
        `${`${s.cleanPages}/${summary.pages}`.padStart(8)}${`${s.completePages}/${summary.pages}`.padStart(10)}` +
        (s.failures ? `  (${s.failures} pages threw)` : ''),
    );
  }
}

// Run directly (not when imported by run.ts).
if (process.argv[1]?.endsWith('compare-bench.ts')) {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const result = await runCompareBench(
    Number(arg('--repeats') ?? 5),
    Number(arg('--defuddle-repeats') ?? 1),
  );
  printCompareBench(result);
  const out = arg('--json');
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`written: ${out}`);
  }
}
