/**
 * Adversarial inputs: long runs of digits, dots, slashes, dashes and month names must take time
 * linear in their length. Measured, not slept: doubling the input must roughly double the time
 * (a generous ratio bound; catastrophic backtracking would square it).
 */
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/stages/extract/dates/index.js';
import { doublingRatio, MAX_DOUBLING_RATIO } from '../support/timing.js';

const MB = 1 << 20;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
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
    it(`${name}: doubling 512 KB about doubles the time`, () => {
      const lang = /[가-힣]/.test(unit) ? 'ko' : /[\u0e00-\u0e7f]/.test(unit) ? 'th' : 'en';
      const run = (s: string): void => void extractDates(s, { lang, anchor: '2024-12-05' });
      expect(doublingRatio([repeatTo(unit, MB / 4), repeatTo(unit, MB / 2)], run)).toBeLessThan(MAX_DOUBLING_RATIO);
    });
  }
});
