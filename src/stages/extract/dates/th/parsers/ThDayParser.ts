/**
 * "วันที่ 5" without a month (its month from the sentence or the publication date), and
 * "วันที่ 19-24" / "วันที่ 1 ถึง 5" without a month. Not "the Nth day in a row" ("ติดต่อกันเป็นวันที่ 5").
 */
import { dateCandidate, link } from '../../common/candidate.js';
import { int } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { DASH, MONTH, S } from './shared.js';

const NO_MONTH = `(?![\\d.:/]|${S}{0,2}(?:${MONTH}|เดือน|${DASH}${S}{0,2}\\d))`;
/** "ติดต่อกันเป็นวันที่ 5", "เป็นวันที่ 3 ติดต่อกัน": the fifth day in a row, an ordinal count, not a date. */
const NOT_IN_A_ROW_BEFORE = `(?<!ติดต่อกัน${S}{0,2}(?:เป็น)?${S}{0,2})`;
const NOT_IN_A_ROW_AFTER = `(?!${S}{0,2}ติดต่อกัน)`;

export const ThDayParser: Parser = {
  name: 'ThDay',
  pattern: scanner(
    `${NOT_IN_A_ROW_BEFORE}วันที่${S}{0,2}(?<d>\\d{1,2})(?![\\d.:/])` +
      `(?:${S}{0,2}(?<c>${DASH}|ถึง(?:วันที่)?|และ(?:วันที่)?)${S}{0,2}(?<d2>\\d{1,2}))?${NO_MONTH}${NOT_IN_A_ROW_AFTER}`,
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const day = int(g.d) as number;
    if (day < 1 || day > 31) return null;
    const dEnd = m.indices?.groups?.d?.[1] as number;
    const a = dateCandidate(this.name, m.index, dEnd, { day }, { dayContext: 'sentence' });
    if (g.d2 === undefined) return [a];
    const day2 = int(g.d2) as number;
    if (day2 < 1 || day2 > 31 || day2 <= day) return [a];
    const s2 = m.indices?.groups?.d2 as [number, number];
    const b = dateCandidate(this.name, s2[0], s2[1], { day: day2 }, { dayContext: 'sentence' });
    link(a, b, !(g.c as string).startsWith('และ'));
    return [a, b];
  },
};
