import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../src/stages/extract/organizations/en/index.js';
import { findPersons } from '../../../src/stages/extract/persons/en/index.js';
import { doublingRatio, MAX_DOUBLING_RATIO } from '../../support/timing.js';

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

const run = (text: string): void => {
  const spans = [{ start: 0, end: text.length }];
  findOrganizations(text, spans);
  findPersons(text, spans);
};

describe('linear time on adversarial input', () => {
  it('1 MB of capitalized words: doubling the input roughly doubles the time', () => {
    expect(doublingRatio([capitalizedText(512 * 1024, 7), capitalizedText(1024 * 1024, 7)], run)).toBeLessThan(MAX_DOUBLING_RATIO);
  });

  for (const [label, bytes, unit] of [
    ['Vietnamese names, initials, nicknames, possessives and bracketed acronyms', 256 * 1024, "Nguyễn Văn Phúc S. K. Tanaka Dr. Pimpaka “Ploy” Chaiwattana PetroVietnam's country director arm, PTSC at WorldFish Thailand Science Research and Innovation (TSRI) People's Committee & Offshore Engineering Pcl "],
    ['repeated honorifics and titles', 512 * 1024, 'Mr. Dr. Minister Vice Minister President Ms. Kim '],
  ] as const) {
    it(`${label} stay linear`, () => {
      const half = unit.repeat(Math.floor(bytes / unit.length));
      expect(doublingRatio([half, half + half], run)).toBeLessThan(MAX_DOUBLING_RATIO);
    });
  }
});
