// Node-only benchmark: the core's extraction time per corpus page next to Readability.parse on
// the same parsed documents in the same process (median over repeats; both sides include the
// document clone they need). Prints a table and returns the figures for bench-results/.
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../utils/cli/parse-html';
import { extractArticle } from '../../utils/extract/extract-article';
import { sanitizeHtml } from '../../utils/sanitize/node';
import { listCorpusIds, readPage } from '../helpers/corpus';

export interface CoreBenchRow {
  id: string;
  profile: string | null;
  oursMs: number;
  genericMs: number;
  readabilityMs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function timeIt(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export interface CoreBenchSummary {
  pages: number;
  oursMedianMs: number;
  genericMedianMs: number;
  readabilityMedianMs: number;
  profileRatioMedian: number;
  genericRatioMedian: number;
  oursTotalMs: number;
  readabilityTotalMs: number;
}

export function runCoreBench(repeats = 7): { rows: CoreBenchRow[]; summary: CoreBenchSummary } {
  const rows: CoreBenchRow[] = [];
  for (const id of listCorpusIds()) {
    const doc = parseHtml(readPage(id));
    const ours: number[] = [];
    const generic: number[] = [];
    const readability: number[] = [];
    let profile: string | null = null;
    for (let i = 0; i < repeats; i++) {
      ours.push(timeIt(() => (profile = extractArticle(doc, { sanitize: sanitizeHtml }).profile)));
      generic.push(timeIt(() => extractArticle(doc, { sanitize: sanitizeHtml, generic: true })));
      // Readability mutates its input, so every caller clones first (as its README says): the
      // clone is part of its cost, as it is part of ours.
      readability.push(timeIt(() => new Readability(doc.cloneNode(true) as Document).parse()));
    }
    rows.push({
      id,
      profile,
      oursMs: median(ours),
      genericMs: median(generic),
      readabilityMs: median(readability),
    });
  }
  const withProfile = rows.filter((r) => r.profile);
  const summary: CoreBenchSummary = {
    pages: rows.length,
    oursMedianMs: median(rows.map((r) => r.oursMs)),
    genericMedianMs: median(rows.map((r) => r.genericMs)),
    readabilityMedianMs: median(rows.map((r) => r.readabilityMs)),
    profileRatioMedian: median(withProfile.map((r) => r.oursMs / r.readabilityMs)),
    genericRatioMedian: median(rows.map((r) => r.genericMs / r.readabilityMs)),
    oursTotalMs: rows.reduce((a, r) => a + r.oursMs, 0),
    readabilityTotalMs: rows.reduce((a, r) => a + r.readabilityMs, 0),
  };
  return { rows, summary };
}

export function printCoreBench({ rows, summary }: ReturnType<typeof runCoreBench>): void {
  const f = (n: number): string => n.toFixed(1).padStart(8);
  console.log(
    '\nCore extraction vs Readability.parse (jsdom, same parsed documents, median ms, clone included)',
  );
  console.log(
    `${'page'.padEnd(18)}${'profile'.padEnd(20)}${'ours'.padStart(8)}${'generic'.padStart(8)}${'readab.'.padStart(8)}${'ratio'.padStart(8)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.id.padEnd(18)}${(r.profile ?? '-').padEnd(20)}${f(r.oursMs)}${f(r.genericMs)}${f(r.readabilityMs)}${(r.oursMs / r.readabilityMs).toFixed(2).padStart(8)}`,
    );
  }
  console.log(
    `total: ours ${summary.oursTotalMs.toFixed(0)} ms, Readability ${summary.readabilityTotalMs.toFixed(0)} ms; ` +
      `median ours ${summary.oursMedianMs.toFixed(1)} ms (profile pages at ${summary.profileRatioMedian.toFixed(2)}x Readability), ` +
      `generic ${summary.genericMedianMs.toFixed(1)} ms (${summary.genericRatioMedian.toFixed(2)}x), Readability ${summary.readabilityMedianMs.toFixed(1)} ms`,
  );
}
