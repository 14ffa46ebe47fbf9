/**
 * Day + Thai month (+ year): "22 ธันวาคม 2566", "22 ธ.ค. 66", "๒๒ ธันวาคม พ.ศ. ๒๕๖๖" (digits are
 * folded before matching), "22 ธันวาคม" (year from the anchor), ranges "19-24 ก.ย. 2562",
 * "2-4 ธันวาคม 2567", "1 และ 2 ธ.ค.".
 */
import { dateCandidate, link } from '../../common/candidate.js';
import { isValidDay } from '../../common/calendar.js';
import { int } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { DASH, ERA, MONTH, S, SHORT_YEAR_GUARD, YEAR_GUARD, thaiDirectionAfter, thaiMonthOf } from './shared.js';
import { thaiYear } from './year.js';

export const ThDateParser: Parser = {
  name: 'ThDate',
  pattern: scanner(
    `(?<![\\d.:/,])(?:(?<d0>\\d{1,2})${S}{0,2}(?<c>${DASH}|ถึง|และ|,)${S}{0,2}(?:วันที่${S}{0,2})?)?` +
      `(?<d>\\d{1,2})${S}{0,2}(?:เดือน${S}{0,2})?(?<m>${MONTH})` +
      `(?:${S}{0,2}(?:${ERA}${S}{0,2})?(?:(?<y>\\d{4})${YEAR_GUARD}|(?<yy>\\d{2})${SHORT_YEAR_GUARD}))?`,
  ),
  extract(ctx, m) {
    const g = m.groups ?? {};
    const month = thaiMonthOf(g.m as string);
    if (month === undefined) return null;
    const day = int(g.d) as number;
    let year: number | undefined;
    let calendar: 'gregorian' | 'buddhist' = 'gregorian';
    const rawYear = g.y ?? g.yy;
    let end = m.indices?.groups?.m?.[1] as number;
    if (rawYear !== undefined) {
      const y = thaiYear(rawYear, g.era);
      if (y) {
        year = y.year;
        calendar = y.calendar;
        end = m.index + m[0].length;
      }
    }
    if (!isValidDay(year, month, day)) return null;
    const dStart = m.indices?.groups?.d?.[0] as number;
    const b = dateCandidate(this.name, dStart, end, { year, month, day }, { calendar });
    if (year === undefined) {
      const direction = thaiDirectionAfter(ctx.src, end);
      if (direction) b.direction = direction;
    }
    if (g.d0 === undefined) return [b];
    const d0 = int(g.d0) as number;
    if (!isValidDay(year, month, d0)) return [b];
    const a = dateCandidate(this.name, m.index, m.indices?.groups?.d0?.[1] as number, { day: d0 }, { calendar: 'gregorian' });
    link(a, b, g.c !== 'และ' && g.c !== ',');
    return [a, b];
  },
};
