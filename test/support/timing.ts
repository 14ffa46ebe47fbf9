/**
 * Complexity checks for adversarial input: time a function on inputs that double in size and compare
 * the ratios (linear ≈ 2 per doubling, quadratic ≈ 4, catastrophic backtracking far more). Never
 * absolute times: those belong in the benchmark.
 */

/** A time ratio per doubling above this fails: linear gives ~2, the slack absorbs a shared machine's noise. */
export const MAX_DOUBLING_RATIO = 3.5;

/** Below this a shared machine's noise swamps the signal, so shorter times are raised to it. */
const FLOOR_MS = 20;

/**
 * Fastest of `rounds` wall-clock timings (ms) of `fn` on each input, measured interleaved so that a
 * burst of load on the machine hits every size alike. Each round appends its own number of spaces, so
 * no round reuses a result an extractor cached for an identical text. Warms the JIT up first.
 */
export function fastestTimes(inputs: readonly string[], fn: (text: string) => void, rounds = 2): number[] {
  fn((inputs[0] ?? '').slice(0, 10_000));
  const best = inputs.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    inputs.forEach((input, i) => {
      const text = input + ' '.repeat(round);
      const started = performance.now();
      fn(text);
      best[i] = Math.min(best[i] as number, performance.now() - started);
    });
  }
  return best.map((t) => Math.max(t, FLOOR_MS));
}

/** Time ratio of the second input to the first (expected about 2 when the second is twice as long). */
export function doublingRatio(inputs: readonly [string, string], fn: (text: string) => void): number {
  const [t1, t2] = fastestTimes(inputs, fn) as [number, number];
  return t2 / t1;
}
