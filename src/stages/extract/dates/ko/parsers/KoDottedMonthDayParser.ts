/**
 * Korean press-release month-day without a year: "1. 24.", "(1. 25.~2. 2.)", "12. 13.(금)". The
 * closing dot and a Korean continuation ("부터", "까지", "(금)", "~") tell it from numbered lists.
 */
import { dateCandidate } from '../../common/candidate.js';
import { isValidDay } from '../../common/calendar.js';
import { int } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';

export const KoDottedMonthDayParser: Parser = {
  name: 'KoDottedMonthDay',
  pattern: scanner(
    String.raw`(?<![\d.]|\d\.[ ]?)(?<m>\d{1,2})\.(?:[ ]|(?<=[~∼〜\-–][ ]?\d{1,2}\.))(?<d>\d{1,2})\.(?=[(~∼〜\-–),]|[가-힣])`,
  ),
  extract(_ctx, m) {
    const month = int(m.groups?.m) as number;
    const day = int(m.groups?.d) as number;
    if (!isValidDay(undefined, month, day)) return null;
    return [dateCandidate(this.name, m.index, m.index + m[0].length, { month, day })];
  },
};
