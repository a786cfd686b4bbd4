// Node-only: `jernih analyze --jsonl FILE`: language analysis of plain texts, streamed line by
// line so thousands of texts run in one process with flat memory.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeText } from '../analyze/index';
import { writeOut } from './output';

export async function runAnalyze(file: string, debug: boolean): Promise<number> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const item: unknown = JSON.parse(line);
      if (!item || typeof item !== 'object') throw new Error('not a JSON object');
      const rec = item as Record<string, unknown>;
      id = rec.id ?? null;
      if (typeof rec.text !== 'string') throw new Error('"text" must be a string');
      const result = analyzeText(rec.text);
      await writeOut(`${JSON.stringify({ id, ...result })}\n`);
    } catch (err) {
      failed++;
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`jernih analyze: line ${n}: ${message}\n`);
      if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
      await writeOut(`${JSON.stringify({ id, error: { code: 'bad-input', message } })}\n`);
    }
  }
  return failed ? 1 : 0;
}
