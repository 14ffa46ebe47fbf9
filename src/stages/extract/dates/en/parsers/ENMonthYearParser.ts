/** "June 2020", "Dec. 2018", "mid-June 2020", "early December 2024". */
import { dateCandidate } from '../../common/candidate.js';
import { int, isPlausibleYear } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { isCapitalized, monthOf } from '../data.js';
import { MONTH, S } from './shared.js';

export const ENMonthYearParser: Parser = {
  name: 'ENMonthYear',
  pattern: scanner(
    `(?<![A-Za-z])(?:(?<per>mid|early|late)[- ]${S}{0,1})?(?<m>${MONTH})\\.?,?${S}{0,2}(?<y>\\d{4})(?![\\d]|[.,]\\d)`,
    'i',
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    if (!isCapitalized(g.m as string)) return null;
    const year = int(g.y) as number;
    if (!isPlausibleYear(year)) return null;
    return [dateCandidate(this.name, m.index, m.index + m[0].length, { year, month: monthOf(g.m as string) })];
  },
};
