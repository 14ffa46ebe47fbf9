/** "10 December 2018", "10th of December", "4-6 March 2024", "19 and 20 June". */
import { dateCandidate, link } from '../../common/candidate.js';
import { isValidDay } from '../../common/calendar.js';
import { int, isPlausibleYear } from '../../common/numbers.js';
import { scanner, span } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { MONTH_ABBREVIATIONS, isCapitalized, monthOf } from '../data.js';
import { MONTH, ORD, S, dayEnd, isRangeConnector, relativeYearAfter } from './shared.js';

export const ENMonthNameLittleEndianParser: Parser = {
  name: 'ENMonthNameLittleEndian',
  pattern: scanner(
    `(?<![\\d.,/:A-Za-z])(?:(?<d0>\\d{1,2})${ORD}${S}{0,2}(?<c>[-‐‑–—~]|to|and|&)${S}{0,2})?` +
      `(?<d>\\d{1,2})${ORD}${S}{1,2}(?:of${S}{1,2})?(?<m>${MONTH})\\.?(?![A-Za-z])` +
      `(?:,?${S}{0,2}(?<y>\\d{4})(?![\\d]|[.\\-/]\\d))?`,
    'i',
  ),
  extract(ctx, m) {
    const g = m.groups ?? {};
    if (!isCapitalized(g.m as string)) return null;
    const month = monthOf(g.m as string) as number;
    const day = int(g.d) as number;
    let year = int(g.y);
    if (year !== undefined && !isPlausibleYear(year)) year = undefined;
    if (!isValidDay(year, month, day)) return null;
    const dStart = (span(m, 'd') as [number, number])[0];
    const mSpan = span(m, 'm') as [number, number];
    let end = year !== undefined ? (span(m, 'y') as [number, number])[1] : mSpan[1];
    if (year === undefined && m[0][mSpan[1] - m.index] === '.' && MONTH_ABBREVIATIONS[(g.m as string).toLowerCase()] !== undefined) end++;
    const b = dateCandidate(this.name, dStart, end, { year, month, day });
    const rel = year === undefined ? relativeYearAfter(ctx.src, end) : null;
    if (rel) {
      b.yearOffset = rel.offset;
      b.end = rel.end;
    }
    if (g.d0 === undefined) return [b];
    const d0 = int(g.d0) as number;
    if (!isValidDay(year, month, d0)) return [b];
    const a = dateCandidate(this.name, m.index, dayEnd(m, 'd0'), { day: d0 });
    if (rel) a.yearOffset = rel.offset;
    link(a, b, isRangeConnector(g.c));
    return [a, b];
  },
};
