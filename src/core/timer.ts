// Timing named steps into a record of milliseconds: the build's stages (--json, the benchmark) and the print
// stage's steps (the benchmark's detail).
export type Timer = <T>(step: string, run: () => T | Promise<T>) => Promise<T>;

/** A timer that records each step's milliseconds in `timings` (nothing, when there is no record to keep). */
export function timer(timings: Record<string, number> | undefined): Timer {
  return async <T>(step: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      if (timings) timings[step] = Math.round(performance.now() - start);
    }
  };
}
