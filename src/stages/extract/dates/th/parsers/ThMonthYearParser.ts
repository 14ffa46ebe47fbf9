/** Thai month + year: "ธันวาคม 2566", "ธ.ค. 66", "เดือนมกราคม พ.ศ. 2567", "ปลายเดือนธันวาคม 2566". */
import { dateCandidate } from '../../common/candidate.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { ERA, MONTH, S, SHORT_YEAR_GUARD, YEAR_GUARD, thaiMonthOf } from './shared.js';
import { thaiYear } from './year.js';

export const ThMonthYearParser: Parser = {
  name: 'ThMonthYear',
  pattern: scanner(
    `(?:(?:ช่วง)?(?:ต้น|กลาง|ปลาย|สิ้น)?เดือน${S}{0,2})?(?<m>${MONTH})${S}{0,2}(?:${ERA}${S}{0,2})?` +
      `(?:(?<y>\\d{4})${YEAR_GUARD}|(?<yy>\\d{2})${SHORT_YEAR_GUARD})`,
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const month = thaiMonthOf(g.m as string);
    const y = thaiYear((g.y ?? g.yy) as string, g.era);
    if (month === undefined || !y) return null;
    return [dateCandidate(this.name, m.index, m.index + m[0].length, { year: y.year, month }, { calendar: y.calendar })];
  },
};
