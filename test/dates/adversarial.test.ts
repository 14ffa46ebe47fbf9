/**
 * Adversarial inputs: long runs of digits, dots, slashes, dashes and month names must take time
 * linear in their length. Measured, not slept: doubling the input must roughly double the time
 * (a generous ratio bound; catastrophic backtracking would square it).
 */
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/stages/extract/dates/index.js';

const MB = 1 << 20;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Fastest of a few runs, in ms (the minimum is the least disturbed by GC and scheduling). */
function time(fn: () => void, runs = 2): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const UNITS: Record<string, string> = {
  digits: '2019',
  'digits and dots': '2019.09.27.',
  'digits and slashes': '12/12/12/2019/',
  'digits and dashes': '2019-2019-09-',
  'spaced dotted': '2024. 12. 3. ',
  'month names': 'December 10 January ',
  'month names without spaces': 'DecemberJanuaryMarch',
  'ordinals': 'on the 23rd and 24th ',
  'korean dates': '12월 3일~4일 2024년 ',
  'korean digits': '1일2일3일4일',
  'thai months': '22 ธ.ค. 66 ธันวาคม 2566 ',
  'thai digits': '๒๒๕๖๖๐๙.๓๐',
  'spaces and digits': ' 1 2 3 4 5 6 7 8 9 ',
  'mixed separators': '1.2/3-4:5 6.7/8-9~',
};

describe('adversarial input runs in linear time', () => {
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`${name}: 1 MB, and each doubling of the size about doubles the time`, () => {
      const sizes = [MB / 4, MB / 2, MB];
      const inputs = sizes.map((n) => repeatTo(unit, n));
      const run = (s: string) => () => extractDates(s, { lang: 'en', anchor: '2024-12-05' });
      run(repeatTo(unit, 4096))(); // warm up the JIT
      // Interleave the sizes so a burst of load on the machine hits them alike.
      const best = sizes.map(() => Number.POSITIVE_INFINITY);
      for (let round = 0; round < 3; round++) {
        inputs.forEach((s, i) => {
          best[i] = Math.min(best[i] as number, time(run(s), 1));
        });
      }
      // Below ~50 ms a shared machine's noise swamps the signal: floor the times there.
      const [quarter, half, full] = best.map((t) => Math.max(t, 50)) as [number, number, number];
      // Linear: ≈ 2 per doubling, ≈ 4 over two. Quadratic would give ≈ 4 and ≈ 16; catastrophic
      // backtracking far more. Bounds are generous because the machine is shared.
      expect(full / half).toBeLessThan(3.5);
      expect(full / quarter).toBeLessThan(8);
    }, 180_000);
  }
});
