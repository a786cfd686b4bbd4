// Node-only e2e helper: run a script's main so that it cannot pass by vanishing. Node exits with
// code 0 when a promise never settles and nothing else is pending (a browser or server close
// that never calls back): that left the Chromium security run without its report and still
// green. Here an unfinished main at exit, or a rejected one, fails the script.
export function runMain(name: string, main: () => Promise<void>): void {
  let settled = false;
  process.on('beforeExit', () => {
    if (settled) return;
    settled = true;
    console.error(`${name}: ended before its report (a promise never settled): failing`);
    process.exitCode = 1;
  });
  main().then(
    () => {
      settled = true;
    },
    (err: unknown) => {
      settled = true;
      console.error(`${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      process.exitCode = 1;
    },
  );
}
