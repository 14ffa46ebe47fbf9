/** Korean short-year numeric dates: "’24.12.3.", "'24. 12. 3", "’24.12." (year-month). */
import { dateCandidate } from '../../common/candidate.js';
import { isValidDay } from '../../common/calendar.js';
import { int, shortCeToCe } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';

export const KoDottedDateParser: Parser = {
  name: 'KoDottedDate',
  pattern: scanner(String.raw`[’'‘](?<yy>\d{2})\.[ ]?(?<m>\d{1,2})\.?(?:[ ]?(?<d>\d{1,2})(?!\d))?(?![\d%]|\.\d|[ ]?%)`),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const year = shortCeToCe(int(g.yy) as number);
    const month = int(g.m) as number;
    const day = int(g.d);
    if (month < 1 || month > 12) return null;
    if (day !== undefined && !isValidDay(year, month, day)) return null;
    let end = m.index + m[0].length;
    if (day === undefined && m[0].endsWith('.')) end--;
    return [dateCandidate(this.name, m.index, end, { year, month, day })];
  },
};
