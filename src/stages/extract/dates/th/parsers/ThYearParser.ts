/**
 * Thai years: "พ.ศ. 2567", "ค.ศ. 2024", "ปี 2567", "ปี 67", "ปีงบประมาณ 2568", "ปี 2030" (C.E. by its
 * range), with period words "ต้นปี 2567", "ครึ่งปีแรก 2567" (half), "ไตรมาส 3 ปี 2567" (quarter).
 */
import { dateCandidate } from '../../common/candidate.js';
import { alternation, scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { YEAR_LABELS } from '../data.js';
import { ERA, S, SHORT_YEAR_GUARD, YEAR_GUARD } from './shared.js';
import { thaiYear } from './year.js';

const LABEL = alternation(YEAR_LABELS);

export const ThYearParser: Parser = {
  name: 'ThYear',
  pattern: scanner(
    // Starts with a year word or an era: a bare number is BareYearParser's.
    `(?=ไตรมาส|ครึ่ง|ช่วง|ต้น|กลาง|ปลาย|สิ้น|ปี|[พค]\\.)(?:` +
      `(?<q0>ไตรมาส(?:ที่)?${S}{0,1}(?<q>[1-4]|แรก|สุดท้าย)${S}{0,2}(?:/|(?:ของ)?${S}{0,1}ปี(?:${LABEL})?)${S}{0,2})` +
      `|(?<h0>ครึ่ง(?:ปี)?(?:แรก|หลัง)${S}{0,1}(?:ของ${S}{0,1})?(?:ปี(?:${LABEL})?)?${S}{0,2})` +
      `|(?<p0>(?:ช่วง)?(?:ต้น|กลาง|ปลาย|สิ้น)ปี(?:${LABEL})?${S}{0,2})` +
      `|(?<w>ปี(?:${LABEL})?${S}{0,2})` +
      `)?(?:${ERA}${S}{0,2})?(?:(?<y>\\d{4})${YEAR_GUARD}|(?<yy>\\d{2})${SHORT_YEAR_GUARD})`,
  ),
  extract(ctx, m) {
    const g = m.groups ?? {};
    // "อายุ 60 ปี 10 เดือน": a two-digit number after "<number> ปี" is a duration, not a year.
    if (g.yy !== undefined && g.w !== undefined && /\d[ \t\u00a0]{0,1}$/.test(ctx.src.slice(Math.max(0, m.index - 2), m.index))) return null;
    const hasWord = g.q0 !== undefined || g.h0 !== undefined || g.p0 !== undefined || g.w !== undefined;
    if (!hasWord && g.era === undefined) return null; // a bare number: BareYearParser decides
    if (g.yy !== undefined && g.era === undefined && !hasWord) return null;
    const y = thaiYear((g.y ?? g.yy) as string, g.era);
    if (!y) return null;
    const c = dateCandidate(this.name, m.index, m.index + m[0].length, { year: y.year }, { calendar: y.calendar });
    if (g.q0 !== undefined) c.period = 'quarter';
    else if (g.h0 !== undefined) c.period = 'half';
    return [c];
  },
};
