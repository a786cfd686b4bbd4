// Node-only e2e helper: finds a browser binary; a missing one is a loud skip, or a failure in CI.
import { existsSync } from 'node:fs';

export function findBrowser(name: string, candidates: string[]): string | null {
  const env = process.env[`${name.toUpperCase()}_BIN`];
  for (const path of env ? [env, ...candidates] : candidates) if (existsSync(path)) return path;
  const line = '!'.repeat(72);
  console.error(
    `\n${line}\n!! E2E ${name.toUpperCase()} SKIPPED: no browser at ${candidates.join(', ')}`,
  );
  console.error(`!! (set ${name.toUpperCase()}_BIN). With CI=true this is a failure.\n${line}\n`);
  if (process.env.CI === 'true') process.exitCode = 1;
  return null;
}
