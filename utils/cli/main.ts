// Node-only: the `jernih` command line (contract: ../shared/contract/CLI.md).
import { runAnalyze } from './analyze';
import { parseArgs, UsageError, USAGE } from './args';
import { runClip } from './clip';

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`jernih: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'analyze') return runAnalyze(args.jsonl, args.debug);
  return runClip(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    // Let Node exit on its own so a large stdout is never cut off.
    process.exitCode = code;
  },
  (err: unknown) => {
    const debug = process.argv.includes('--debug');
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`jernih: ${message.replace(/\s+/g, ' ')}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
