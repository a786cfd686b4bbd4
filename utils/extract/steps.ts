// Pure: long pipelines as generators. Each `yield` (named after the step just done) is a point
// where a caller on a live page may give the page its main thread back (utils/live slices them);
// Node and the CLI run them to the end at once.

/** Runs a step generator to its end synchronously and returns its result. */
export function drainSteps<T>(steps: Generator<string, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
