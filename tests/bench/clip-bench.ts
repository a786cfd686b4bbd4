// Node-only: `jernih clip` over the whole corpus in one process (the batch path researchers use),
// pages per second with and without the process start. Run: npx tsx tests/bench/clip-bench.ts
// [--runs N] [--json FILE]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const TSX = resolve(process.cwd(), 'node_modules/.bin/tsx');
const CLI = 'utils/cli/main.ts';
const PAGES = 'tests/fixtures/corpus/pages';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function runCli(args: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  let stdout: string;
  try {
    stdout = execFileSync(TSX, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (err) {
    // Exit code 1 means some pages failed; their lines are still in stdout and counted below.
    const out = (err as { stdout?: unknown }).stdout;
    if (typeof out !== 'string') throw err;
    stdout = out;
  }
  return { ms: performance.now() - t0, stdout };
}

const runs = Math.max(1, Number(flag('--runs') ?? 2));
const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html')).length;
// Start-up alone (tsx compiling the CLI, loading jsdom): the cost a one-process batch pays once.
const startup = runCli(['--help']).ms;
const times: number[] = [];
let ok = 0;
let failed = 0;
for (let r = 0; r < runs; r++) {
  const { ms, stdout } = runCli(['clip', PAGES, '--format', 'jsonl']);
  times.push(ms);
  const lines = stdout.split('\n').filter(Boolean);
  ok = lines.filter((l) => !('error' in (JSON.parse(l) as object))).length;
  failed = lines.length - ok;
}
times.sort((a, b) => a - b);
const wall = times[Math.floor(times.length / 2)] ?? 0;
const results = {
  pages,
  extracted: ok,
  failed,
  runs,
  wallMs: Math.round(wall),
  startupMs: Math.round(startup),
  pagesPerSecond: Number(((pages / wall) * 1000).toFixed(2)),
  pagesPerSecondAfterStartup: Number(((pages / Math.max(1, wall - startup)) * 1000).toFixed(2)),
  msPerPageAfterStartup: Math.round((wall - startup) / pages),
};
console.log(
  `clip: ${pages} corpus pages in one process (${ok} extracted, ${failed} failed); median of ${runs} runs ` +
    `${results.wallMs} ms wall = ${results.pagesPerSecond} pages/s; start-up ${results.startupMs} ms, ` +
    `after it ${results.pagesPerSecondAfterStartup} pages/s (${results.msPerPageAfterStartup} ms/page)`,
);
const out = flag('--json');
if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`written: ${out}`);
}
