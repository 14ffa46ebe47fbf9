/**
 * A day relative to the publication date: "지난 3일" (the last 3rd before it), "오는 15일" (the next
 * 15th), "지난달 23일", "다음 달 12일", "이달 5일".
 */
import { dateCandidate } from '../../common/candidate.js';
import { int } from '../../common/numbers.js';
import { alternation, scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { DAY_RELATIVE } from '../data.js';
import { DAY_GUARD, DAY_MARK, S } from './shared.js';

const PREFIX = alternation(Object.keys(DAY_RELATIVE));

export const KoRelativeDayParser: Parser = {
  name: 'KoRelativeDay',
  pattern: scanner(`(?<![가-힣])(?<pre>${PREFIX})${S}{0,2}(?<d>\\d{1,2})${S}{0,1}${DAY_MARK}${DAY_GUARD}`),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const day = int(g.d) as number;
    if (day < 1 || day > 31) return null;
    const rel = DAY_RELATIVE[g.pre as string] ?? {};
    // "지난 7~8일": the first day is written without 일 and ends at its digits.
    const end = m[0].endsWith('일') ? m.index + m[0].length : (m.indices?.groups?.d?.[1] as number);
    const c = dateCandidate(this.name, m.index, end, { day }, { dayContext: 'anchor' });
    if (rel.monthOffset !== undefined) c.monthOffset = rel.monthOffset;
    if (rel.direction !== undefined && rel.direction !== 'nearest') c.direction = rel.direction;
    return [c];
  },
};
