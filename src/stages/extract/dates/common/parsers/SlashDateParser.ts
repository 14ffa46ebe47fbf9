/**
 * Day-month-year or month-day-year numeric dates: 27/09/2019, 09/27/2019, 27.09.2019, 22/12/2566
 * (Buddhist era), 22/12/66 (two-digit years with a slash only). When both readings are valid, the
 * language decides for now (mm/dd for English, dd/mm elsewhere) and `resolveNumericOrder` revisits
 * it with the document's other dates.
 */
import { dateCandidate } from '../candidate.js';
import { isValidDay } from '../calendar.js';
import { beToCe, int, isBuddhistYear, isPlausibleYear, shortBeToCe, shortCeToCe } from '../numbers.js';
import { scanner } from '../pattern.js';
import type { Parser, Parts } from '../types.js';

export const SlashDateParser: Parser = {
  name: 'SlashDate',
  pattern: scanner(
    String.raw`(?<![\d.\-/:])(?<a>\d{1,2})(?<s>[./\-])(?<b>\d{1,2})\k<s>(?<y>\d{4}|\d{2})(?!\d|[.\-/:]\d|[ ]?%)`,
  ),
  extract(ctx, m) {
    const a = int(m.groups?.a) as number;
    const b = int(m.groups?.b) as number;
    const ys = m.groups?.y as string;
    const sep = m.groups?.s;
    let year = int(ys) as number;
    let calendar: 'gregorian' | 'buddhist' = 'gregorian';
    if (ys.length === 2) {
      if (sep !== '/') return null;
      if (ctx.lang === 'th') {
        year = shortBeToCe(year);
        calendar = 'buddhist';
      } else year = shortCeToCe(year);
    } else if (isBuddhistYear(year)) {
      year = beToCe(year);
      calendar = 'buddhist';
    } else if (!isPlausibleYear(year)) return null;
    const dmy: Parts = { year, month: b, day: a };
    const mdy: Parts = { year, month: a, day: b };
    const dmyOk = isValidDay(year, b, a);
    const mdyOk = isValidDay(year, a, b);
    const end = m.index + m[0].length;
    if (!dmyOk && !mdyOk) return null;
    if (dmyOk !== mdyOk) {
      const kind = dmyOk ? 'dmy' : 'mdy';
      return [dateCandidate(this.name, m.index, end, dmyOk ? dmy : mdy, { calendar, order: { kind, forced: true } })];
    }
    if (a === b) return [dateCandidate(this.name, m.index, end, dmy, { calendar })];
    const preferMdy = ctx.lang === 'en' && calendar === 'gregorian';
    const kind = preferMdy ? 'mdy' : 'dmy';
    return [
      dateCandidate(this.name, m.index, end, preferMdy ? mdy : dmy, {
        calendar,
        order: { kind, forced: false },
        alternative: preferMdy ? dmy : mdy,
      }),
    ];
  },
};
