// Node-only: command-line argument parsing for `jernih` (contract: ../shared/contract/CLI.md).
export const FORMATS = ['md', 'json', 'jsonl', 'html', 'csl', 'ris', 'bibtex'] as const;
export type CliFormat = (typeof FORMATS)[number];

export interface ClipArgs {
  command: 'clip';
  inputs: string[];
  urlsFile: string | null;
  url: string | null;
  format: CliFormat | null;
  out: string | null;
  debug: boolean;
}

export interface AnalyzeArgs {
  command: 'analyze';
  jsonl: string;
  debug: boolean;
}

export type CliArgs = ClipArgs | AnalyzeArgs | { command: 'help' };

export class UsageError extends Error {}

export const USAGE = `usage:
  jernih clip [FILE.html | DIR | URL]... [--urls FILE] [--url URL] [--format md|json|jsonl|html|csl|ris|bibtex] [--out DIR] [--debug]
  jernih analyze --jsonl FILE.jsonl [--debug]`;

export function parseArgs(argv: readonly string[]): CliArgs {
  // No arguments at all: the demo, clipping the bundled sample page (`npm run jernih`).
  if (!argv.length) return parseArgs(['clip']);
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    return { command: 'help' };
  }
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  const WITH_VALUE = new Set(['--urls', '--url', '--format', '--out', '--jsonl']);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      if (WITH_VALUE.has(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
      } else if (name === '--debug') {
        flags.set(name, true);
      } else {
        throw new UsageError(`unknown option ${name}`);
      }
    } else {
      positional.push(arg);
    }
  }
  const str = (k: string): string | null => {
    const v = flags.get(k);
    return typeof v === 'string' ? v : null;
  };
  const debug = flags.has('--debug');
  if (command === 'clip') {
    const format = str('--format');
    if (format !== null && !(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown format ${format} (one of ${FORMATS.join(', ')})`);
    }
    if (flags.has('--jsonl')) throw new UsageError('--jsonl belongs to analyze');
    return {
      command: 'clip',
      inputs: positional,
      urlsFile: str('--urls'),
      url: str('--url'),
      format: format as CliFormat | null,
      out: str('--out'),
      debug,
    };
  }
  if (command === 'analyze') {
    const jsonl = str('--jsonl');
    if (!jsonl) throw new UsageError('analyze needs --jsonl FILE');
    if (positional.length) throw new UsageError(`unexpected argument ${positional[0]}`);
    return { command: 'analyze', jsonl, debug };
  }
  throw new UsageError(`unknown command ${command}`);
}
