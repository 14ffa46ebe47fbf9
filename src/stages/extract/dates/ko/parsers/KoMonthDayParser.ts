/**
 * "2018년 12월 10일", "12월 10일", "2024년 12월", "12월", "지난해 12월", "오는 11월", "4월 중순",
 * "2024년 12월 말", and the first half of ranges written without their unit ("9월 19~24일", "1~3월").
 */
import { dateCandidate } from '../../common/candidate.js';
import { isValidDay } from '../../common/calendar.js';
import { int, isPlausibleYear } from '../../common/numbers.js';
import { alternation, scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { MONTH_DIRECTION, MONTH_PERIODS, PERIOD_FOLLOW, RELATIVE_YEAR } from '../data.js';
import { DAY_GUARD, DAY_MARK, MONTH_MARK, S } from './shared.js';

const REL_YEAR = alternation(Object.keys(RELATIVE_YEAR).filter((w) => w !== '올'));
const DIRECTION = alternation([...Object.keys(MONTH_DIRECTION), '올']);
const LONG_PERIODS = alternation(MONTH_PERIODS.filter((p) => p.length > 1 || p === '께' || p === '경'));
const SHORT_PERIODS = alternation(MONTH_PERIODS.filter((p) => p.length === 1 && p !== '께' && p !== '경'));

export const KoMonthDayParser: Parser = {
  name: 'KoMonthDay',
  pattern: scanner(
    `(?:(?<rel>${REL_YEAR})${S}{1,2}|(?<dir>${DIRECTION})${S}{1,2}|(?<![\\d])(?<y>\\d{4})${S}{0,2}년${S}{0,2}(?:도${S}{0,2})?)?` +
      `(?<![\\d.])(?<m>\\d{1,2})${S}{0,2}${MONTH_MARK}` +
      `(?:${S}{0,2}(?<d>\\d{1,2})${S}{0,2}${DAY_MARK}${DAY_GUARD})?` +
      `(?:${S}{0,1}(?<per>${LONG_PERIODS}|${SHORT_PERIODS}${PERIOD_FOLLOW}))?`,
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const month = int(g.m) as number;
    if (month < 1 || month > 12) return null;
    let year = int(g.y);
    if (year !== undefined && !isPlausibleYear(year)) return null;
    const day = int(g.d);
    if (day !== undefined && !isValidDay(year, month, day)) return null;
    let end = m.index + m[0].length;
    // A day written without 일 (start of "19~24일") ends at its digits.
    if (day !== undefined && g.per === undefined && !m[0].endsWith('일')) end = m.indices?.groups?.d?.[1] ?? end;
    else if (day === undefined && g.per === undefined && !m[0].endsWith('월')) end = m.indices?.groups?.m?.[1] ?? end;
    const c = dateCandidate(this.name, m.index, end, { year, month, day });
    if (g.rel !== undefined) c.yearOffset = RELATIVE_YEAR[g.rel];
    else if (g.dir === '올') c.yearOffset = 0;
    else if (g.dir !== undefined) c.direction = MONTH_DIRECTION[g.dir];
    if (year === undefined && g.rel === undefined && g.dir === undefined) year = undefined;
    return [c];
  },
};
