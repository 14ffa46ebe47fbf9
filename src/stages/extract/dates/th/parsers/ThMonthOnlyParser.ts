/**
 * A Thai month without a year: "เดือนธันวาคม", "ธันวาคม", "ปลายเดือน ธ.ค.", "ธันวาคมปีที่แล้ว".
 * Abbreviations alone only after เดือน (ก.พ. is also the Civil Service Commission).
 */
import { dateCandidate } from '../../common/candidate.js';
import { alternation, scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { RELATIVE_YEAR } from '../data.js';
import { MONTH, MONTH_FULL, S, thaiDirectionAfter, thaiMonthOf } from './shared.js';

const REL = alternation(Object.keys(RELATIVE_YEAR));

export const ThMonthOnlyParser: Parser = {
  name: 'ThMonthOnly',
  pattern: scanner(
    `(?:(?:ช่วง)?(?:ต้น|กลาง|ปลาย|สิ้น)?เดือน${S}{0,2}(?<m1>${MONTH})|(?<m2>${MONTH_FULL}))` +
      `(?:${S}{0,2}(?<rel>${REL}))?`,
  ),
  extract(ctx, m) {
    const g = m.groups ?? {};
    const month = thaiMonthOf((g.m1 ?? g.m2) as string);
    if (month === undefined) return null;
    const c = dateCandidate(this.name, m.index, m.index + m[0].length, { month });
    if (g.rel !== undefined) c.yearOffset = RELATIVE_YEAR[g.rel];
    else {
      const direction = thaiDirectionAfter(ctx.src, c.end);
      if (direction) c.direction = direction;
    }
    return [c];
  },
};
