/**
 * "December 10, 2018", "Dec. 10", "September 19 through 24", "March 4-6", "Sept. 30-Oct. 2, 2019",
 * "December 10 and 11" (a list: no range id, shared year).
 */
import { dateCandidate, link } from '../../common/candidate.js';
import { isValidDay } from '../../common/calendar.js';
import { int, isPlausibleYear } from '../../common/numbers.js';
import { scanner, span } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { isCapitalized, monthOf } from '../data.js';
import { CONNECTOR, MONTH, ORD, S, dayEnd, isRangeConnector, relativeYearAfter } from './shared.js';

const DAY_END = '(?![\\d:]|[.,]\\d)';
const okYear = (y: number | undefined): number | undefined => (y !== undefined && isPlausibleYear(y) ? y : undefined);

export const ENMonthNameMiddleEndianParser: Parser = {
  name: 'ENMonthNameMiddleEndian',
  pattern: scanner(
    `(?<![A-Za-z])(?<m1>${MONTH})\\.?${S}{0,2}(?<d1>\\d{1,2})${ORD}${DAY_END}` +
      `(?:,?${S}{0,2}(?<y1>\\d{4})(?![\\d]|[.\\-/]\\d))?` +
      `(?:${S}{0,2}(?<c>${CONNECTOR})${S}{0,2}(?:(?<m2>${MONTH})\\.?${S}{0,2})?(?<d2>\\d{1,2})${ORD}${DAY_END})?` +
      `(?:,?${S}{0,2}(?<y2>\\d{4})(?![\\d]|[.\\-/]\\d))?`,
    'i',
  ),
  extract(ctx, m) {
    const g = m.groups ?? {};
    if (!isCapitalized(g.m1 as string)) return null;
    const month1 = monthOf(g.m1 as string) as number;
    const day1 = int(g.d1) as number;
    const y1 = okYear(int(g.y1));
    const y2 = okYear(int(g.y2));
    if (g.d2 === undefined) {
      const year = y1 ?? y2;
      if (!isValidDay(year, month1, day1)) return null;
      const end = year !== undefined ? (span(m, y1 !== undefined ? 'y1' : 'y2') as [number, number])[1] : dayEnd(m, 'd1');
      const c = dateCandidate(this.name, m.index, end, { year, month: month1, day: day1 });
      const rel = year === undefined ? relativeYearAfter(ctx.src, end) : null;
      if (rel) {
        c.yearOffset = rel.offset;
        c.end = rel.end;
      }
      return [c];
    }
    if (g.m2 !== undefined && !isCapitalized(g.m2)) return null;
    const month2 = g.m2 !== undefined ? monthOf(g.m2) : undefined;
    const day2 = int(g.d2) as number;
    if (!isValidDay(y1, month1, day1) || !isValidDay(y2, month2 ?? month1, day2)) return null;
    const a = dateCandidate(this.name, m.index, y1 !== undefined ? (span(m, 'y1') as [number, number])[1] : dayEnd(m, 'd1'), {
      year: y1,
      month: month1,
      day: day1,
    });
    const bStart = (span(m, g.m2 !== undefined ? 'm2' : 'd2') as [number, number])[0];
    const bEnd = y2 !== undefined ? (span(m, 'y2') as [number, number])[1] : dayEnd(m, 'd2');
    const b = dateCandidate(this.name, bStart, bEnd, { year: y2, month: month2, day: day2 });
    const rel = y1 === undefined && y2 === undefined ? relativeYearAfter(ctx.src, bEnd) : null;
    if (rel) {
      a.yearOffset = rel.offset;
      b.yearOffset = rel.offset;
      b.end = rel.end;
    }
    link(a, b, isRangeConnector(g.c));
    return [a, b];
  },
};
