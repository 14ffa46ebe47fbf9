/**
 * "2024년", "2024년도", "2024년 상반기" (half), "2024년 1분기" / "1/4분기" (quarter), "2024년 말", "’24년".
 * A half or quarter of a relative year ("내년 상반기", "지난해 4분기") is no date: without the qualifier
 * it is the year word alone, which the annotation guide counts as vague.
 */
import { dateCandidate } from '../../common/candidate.js';
import { int, isPlausibleYear, shortCeToCe } from '../../common/numbers.js';
import { alternation, scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { PERIOD_FOLLOW, YEAR_HALVES, YEAR_PERIODS } from '../data.js';
import { S } from './shared.js';

const HALVES = alternation(Object.keys(YEAR_HALVES));
const PERIODS = alternation(YEAR_PERIODS);

export const KoYearParser: Parser = {
  name: 'KoYear',
  pattern: scanner(
    `(?:(?<![\\d])(?<y>\\d{4})|[’'‘](?<yy>\\d{2}))${S}{0,2}년(?:${S}{0,1}도)?` +
      `(?:${S}{0,2}(?:(?<h>${HALVES})|(?<q>[1-4])${S}{0,1}(?:/4${S}{0,1})?분기|(?<per>${PERIODS})${PERIOD_FOLLOW}))?` +
      `(?!간|대)`,
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const year = g.y !== undefined ? (int(g.y) as number) : shortCeToCe(int(g.yy) as number);
    if (!isPlausibleYear(year)) return null;
    const c = dateCandidate(this.name, m.index, m.index + m[0].length, { year });
    if (g.h !== undefined) c.period = 'half';
    else if (g.q !== undefined) c.period = 'quarter';
    return [c];
  },
};
