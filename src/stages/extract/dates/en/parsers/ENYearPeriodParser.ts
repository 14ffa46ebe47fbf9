/**
 * A year with a period qualifier, dropped from the value: "mid-2024", "early 2023", "the end of 2024",
 * "the first half of 2024" (half), "Q3 2024" / "the third quarter of 2024" (quarter), "FY2024".
 */
import { dateCandidate } from '../../common/candidate.js';
import { int, isPlausibleYear } from '../../common/numbers.js';
import { alternation, scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { PERIOD_BEFORE } from '../data.js';
import { S } from './shared.js';

const PERIOD = alternation(Object.keys(PERIOD_BEFORE));

export const ENYearPeriodParser: Parser = {
  name: 'ENYearPeriod',
  pattern: scanner(
    `(?<![A-Za-z])(?:(?<per>${PERIOD})(?:-|${S}{1,2})(?<=(?:mid|early|late|of)${S}{0,2}|-)|(?<hq>H[12]|Q[1-4]|[1-4]Q)${S}{0,1}|(?<fy>FY|fiscal year|fiscal)${S}{0,1})` +
      `(?<y>\\d{4})(?![\\d]|[.,]\\d)`,
    'i',
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const year = int(g.y) as number;
    if (!isPlausibleYear(year)) return null;
    let period: 'half' | 'quarter' | undefined;
    if (g.per !== undefined) {
      const p = PERIOD_BEFORE[g.per.toLowerCase().replace(/\s+/g, ' ')];
      if (p === 'half' || p === 'quarter') period = p;
    } else if (g.hq !== undefined) {
      period = /h/i.test(g.hq) ? 'half' : 'quarter';
    }
    const c = dateCandidate(this.name, m.index, m.index + m[0].length, { year });
    if (period) c.period = period;
    return [c];
  },
};
