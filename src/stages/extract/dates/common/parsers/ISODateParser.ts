/**
 * Year-first numeric dates, written the same in every locale: 2019-09-27, 2019.09.27, 2019/09/27,
 * "2024. 12. 3." (Korean spacing), and Buddhist-era years in Thai text (2566-12-22).
 */
import { dateCandidate } from '../candidate.js';
import { isValidDay } from '../calendar.js';
import { beToCe, int, isBuddhistYear, isPlausibleYear } from '../numbers.js';
import { scanner } from '../pattern.js';
import type { Parser } from '../types.js';

export const ISODateParser: Parser = {
  name: 'ISODate',
  pattern: scanner(
    String.raw`(?<![\d.\-/])(?<y>\d{4})(?<s>[-./])[ ]?(?<m>\d{1,2})\k<s>[ ]?(?<d>\d{1,2})(?!\d|[.\-/]\d)`,
  ),
  extract(ctx, m) {
    let year = int(m.groups?.y) as number;
    const month = int(m.groups?.m) as number;
    const day = int(m.groups?.d) as number;
    let calendar: 'gregorian' | 'buddhist' = 'gregorian';
    if (isBuddhistYear(year)) {
      year = beToCe(year);
      calendar = 'buddhist';
    } else if (!isPlausibleYear(year)) return null;
    if (!isValidDay(year, month, day)) return null;
    let end = m.index + m[0].length;
    // Korean style "2024. 12. 3." closes with a dot that belongs to the date.
    if (m.groups?.s === '.' && m[0].includes(' ') && ctx.src[end] === '.') end++;
    return [dateCandidate(this.name, m.index, end, { year, month, day }, { calendar })];
  },
};

/** Korean-style year-month "2024. 12." (space after the first dot and a closing dot). */
export const DottedYearMonthParser: Parser = {
  name: 'DottedYearMonth',
  pattern: scanner(String.raw`(?<![\d.\-/])(?<y>\d{4})\.[ ](?<m>\d{1,2})\.(?![ ]?\d)`),
  extract(_ctx, m) {
    const year = int(m.groups?.y) as number;
    const month = int(m.groups?.m) as number;
    if (!isPlausibleYear(year) || month < 1 || month > 12) return null;
    return [dateCandidate(this.name, m.index, m.index + m[0].length - 1, { year, month })];
  },
};
