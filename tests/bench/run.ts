// Node-only: `npm run bench`: every performance figure in one run, printed and written to
// bench-results/latest.json with the machine it came from.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { printCoreBench, runCoreBench } from './core-bench';

/** The browser's own version line, or null when it is not installed. */
function versionOf(bin: string): string | null {
  try {
    return (
      execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .split('\n')[0] ?? null
    );
  } catch {
    return null;
  }
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    // the live and popup figures depend on these (Debian's packages move between runs)
    chromium: versionOf('chromium'),
    firefox: versionOf('firefox-esr'),
  },
};

const core = runCoreBench();
printCoreBench(core);
results.core = core;

// The other benchmarks are separate scripts (they need a built extension or a browser); each
// prints its table and writes its JSON, which is merged here.
for (const [name, script] of [
  ['compare', 'tests/bench/compare-bench.ts'],
  ['library', 'tests/bench/library-bench.ts'],
  ['analyze', 'tests/bench/analyze-bench.ts'],
  ['clip', 'tests/bench/clip-bench.ts'],
  ['live', 'tests/bench/live-bench.ts'],
  ['popup', 'tests/bench/popup-bench.ts'],
] as const) {
  if (!existsSync(script)) continue;
  const out = `bench-results/${name}.json`;
  try {
    execFileSync('npx', ['tsx', script, '--json', out], { stdio: 'inherit' });
    results[name] = out;
  } catch (err) {
    console.error(`bench ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
    results[name] = { error: 'failed' };
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten: bench-results/latest.json');
