// Node-only: a progress line on stderr for batches, silent when stderr is not a terminal.
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function createProgress(total: number): Progress {
  const active = total > 1 && !!process.stderr.isTTY;
  let n = 0;
  const started = Date.now();
  return {
    tick(label: string): void {
      n++;
      if (!active) return;
      const secs = (Date.now() - started) / 1000;
      const rate = secs > 0 ? (n - 1) / secs : 0;
      const width = 24;
      const filled = Math.round((n / total) * width);
      const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      process.stderr.write(`\r[${bar}] ${n}/${total} ${rate.toFixed(1)}/s ${name}\x1b[K`);
    },
    done(): void {
      if (active) process.stderr.write('\n');
    },
  };
}
