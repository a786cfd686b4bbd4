// Node-only: the popup's numbers. The bundle the popup page loads (its module, preloads and
// stylesheet in .output/chrome-mv3/popup.html; raw and gzip -9) against the 40 KB gzip budget,
// and, when Chromium is installed, time to content over the corpus (tests/e2e/popup-chrome.ts).
//   npx wxt build && npx tsx tests/bench/popup-bench.ts [--no-browser] [--json out.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runMain } from '../e2e/run-main';

const OUT = resolve(process.cwd(), '.output/chrome-mv3');
const BUDGET_GZIP = 40 * 1024;
const TTC_GOAL_MS = 150;

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(rel: string): FileSize {
  const buf = readFileSync(resolve(OUT, rel.replace(/^\//, '')));
  return { file: rel, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Every file popup.html makes the browser load before the first paint. */
export function measurePopupBundle(page = 'popup.html'): {
  files: FileSize[];
  raw: number;
  gzip: number;
} {
  const html = readFileSync(resolve(OUT, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+)"/g)]
    .map((m) => m[1] as string)
    .filter((r) => /\.(js|css)$/.test(r));
  const files = [page, ...refs].map(sizeOf);
  return {
    files,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!existsSync(resolve(OUT, 'popup.html'))) {
    console.error('popup bench: no .output/chrome-mv3/popup.html; run `npx wxt build` first');
    process.exitCode = 1;
    return;
  }
  const bundle = measurePopupBundle();
  console.log('\npopup bundle (.output/chrome-mv3, loaded by popup.html)');
  for (const f of bundle.files)
    console.log(`  ${f.file.padEnd(42)} ${kb(f.raw).padStart(9)} ${kb(f.gzip).padStart(9)} gz`);
  const verdict = bundle.gzip <= BUDGET_GZIP ? 'within' : 'OVER';
  console.log(
    `  total ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzip -9 (${verdict} the 40 KB budget)`,
  );

  let ttc: { medianMs: number | null; pages: number; passed: number } | null = null;
  if (!args.includes('--no-browser')) {
    const { runPopupChecks, median } = await import('../e2e/popup-chrome');
    const results = await runPopupChecks({ shots: false });
    if (results) {
      // The side panel, reader and restricted checks carry no timing: only article pages count.
      const timed = results.filter((r) => r.ttcMs !== null);
      const medianMs = median(timed.map((r) => r.ttcMs as number));
      ttc = { medianMs, pages: timed.length, passed: results.filter((r) => r.ok).length };
      console.log(
        `popup time to content (Chromium, popup.html?tabId=, navigation start -> article rendered): median ${medianMs?.toFixed(0)} ms over ${timed.length} corpus pages (goal < ${TTC_GOAL_MS} ms); ${ttc.passed}/${results.length} checks pass`,
      );
    }
  }
  const i = args.indexOf('--json');
  const out = i >= 0 ? args[i + 1] : undefined;
  if (out) {
    writeFileSync(
      out,
      `${JSON.stringify({ bundle, budgetGzip: BUDGET_GZIP, timeToContent: ttc, ttcGoalMs: TTC_GOAL_MS }, null, 2)}\n`,
    );
  }
}

runMain('popup bench', main);
