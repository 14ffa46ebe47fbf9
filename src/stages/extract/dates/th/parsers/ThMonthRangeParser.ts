/** Two Thai months joined: "มกราคม-ตุลาคม", "ม.ค.-มี.ค. 2567", "ธันวาคม 2566 ถึงมกราคม 2567" (the latter via mergeRanges). */
import { dateCandidate, link } from '../../common/candidate.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { DASH, ERA, MONTH, S, SHORT_YEAR_GUARD, YEAR_GUARD, thaiMonthOf } from './shared.js';
import { thaiYear } from './year.js';

export const ThMonthRangeParser: Parser = {
  name: 'ThMonthRange',
  pattern: scanner(
    `(?<![\\d])(?:เดือน${S}{0,2})?(?<m1>${MONTH})${S}{0,2}(?:${DASH}|ถึง(?:เดือน)?)${S}{0,2}(?<m2>${MONTH})` +
      `(?:${S}{0,2}(?:${ERA}${S}{0,2})?(?:(?<y>\\d{4})${YEAR_GUARD}|(?<yy>\\d{2})${SHORT_YEAR_GUARD}))?`,
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const m1 = thaiMonthOf(g.m1 as string);
    const m2 = thaiMonthOf(g.m2 as string);
    if (m1 === undefined || m2 === undefined) return null;
    const raw = g.y ?? g.yy;
    const y = raw !== undefined ? thaiYear(raw, g.era) : null;
    const s1 = m.indices?.groups?.m1 as [number, number];
    const s2 = m.indices?.groups?.m2 as [number, number];
    const a = dateCandidate(this.name, m.index, s1[1], { month: m1 }); // with its เดือน, as ThMonthOnly
    const b = y
      ? dateCandidate(this.name, s2[0], m.index + m[0].length, { year: y.year, month: m2 }, { calendar: y.calendar })
      : dateCandidate(this.name, s2[0], s2[1], { month: m2 });
    link(a, b, true);
    return [a, b];
  },
};
