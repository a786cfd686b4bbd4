// Pure: clips as JSON (one object, the Article contract plus clip fields) and JSONL (one a line).
import type { ExportItem } from './types.ts';

/** One item, pretty-printed. */
export function formatJson(item: ExportItem): string {
  return `${JSON.stringify(item, null, 2)}\n`;
}

/** Many items, one compact object per line; JSON.stringify never emits a raw newline. */
export function formatJsonl(items: readonly ExportItem[]): string {
  return items.map((item) => `${JSON.stringify(item)}\n`).join('');
}
