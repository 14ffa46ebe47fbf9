import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../src/stages/extract/organizations/en/index.js';
import { findPersons } from '../../../src/stages/extract/persons/en/index.js';

/** Pseudo-random capitalized words (deterministic), with title, head and honorific words mixed in. */
function capitalizedText(bytes: number, seed: number): string {
  const vocab = ['Minister', 'Ministry', 'of', 'the', 'Kim', 'Jong-in', 'Commission', 'Mr.', 'Dr.', 'Office', 'Agency', 'and', 'Said', 'Korea', 'Co.,', 'Ltd.', '(MOIS)', 'MOIS', 'Vejjajiva', 'Onfa', 'United', 'Nations'];
  let x = seed;
  const rand = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const r = rand() % 3;
    const w = r === 0 ? vocab[rand() % vocab.length]! : String.fromCharCode(65 + (rand() % 26)) + 'abcdefghij'.slice(0, 2 + (rand() % 7));
    parts.push(w);
    size += w.length + 1;
  }
  return parts.join(' ');
}

/** CPU time of this process (user + system, ms): less disturbed than wall time by other work on the machine. */
function time(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const run = (text: string): void => {
  const spans = [{ start: 0, end: text.length }];
  findOrganizations(text, spans);
  findPersons(text, spans);
};

/**
 * Best-of-three timings of several inputs, measured interleaved so that a burst of load on the
 * machine hits every size alike.
 */
function bestTimes(texts: string[]): number[] {
  const best = texts.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < 3; round++) texts.forEach((t, i) => (best[i] = Math.min(best[i]!, time(() => run(t)))));
  return best;
}

describe('linear time on adversarial input', () => {
  it('1 MB of capitalized words: doubling the input roughly doubles the time', () => {
    const quarter = capitalizedText(256 * 1024, 7);
    const half = capitalizedText(512 * 1024, 7);
    const full = capitalizedText(1024 * 1024, 7);
    run(capitalizedText(64 * 1024, 3)); // warm-up
    const [tQuarter, tHalf, tFull] = bestTimes([quarter, half, full]) as [number, number, number];
    // Linear: ×2 per doubling (×4 over two); quadratic would be ×4 per doubling (×16 over two).
    expect(tFull / tHalf).toBeLessThan(3.5);
    expect(tFull / tQuarter).toBeLessThan(8);
  }, 180_000);

  it('Vietnamese names, initials, nicknames, possessives and bracketed acronyms stay linear', () => {
    const unit = "Nguyễn Văn Phúc S. K. Tanaka Dr. Pimpaka “Ploy” Chaiwattana PetroVietnam's country director arm, PTSC at WorldFish Thailand Science Research and Innovation (TSRI) People's Committee & Offshore Engineering Pcl ";
    const half = unit.repeat(Math.floor((512 * 1024) / unit.length));
    const full = half + half;
    run(unit.repeat(1000));
    const [tHalf, tFull] = bestTimes([half, full]) as [number, number];
    expect(tFull / tHalf).toBeLessThan(3.5);
  }, 180_000);

  it('repeated honorifics and titles stay linear', () => {
    const unit = 'Mr. Dr. Minister Vice Minister President Ms. Kim ';
    const half = unit.repeat(Math.floor((512 * 1024) / unit.length));
    const full = half + half;
    run(unit.repeat(1000));
    const [tHalf, tFull] = bestTimes([half, full]) as [number, number];
    expect(tFull / tHalf).toBeLessThan(3.5);
  }, 180_000);
});
