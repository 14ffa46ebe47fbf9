/** "오후 2시", "오전 10시 30분", "14시", "2시 반": attached to a preceding day, never a date alone. */
import { timeCandidate } from '../../common/candidate.js';
import { int } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { S } from './shared.js';

export const KoTimeParser: Parser = {
  name: 'KoTime',
  pattern: scanner(
    `(?:(?<ap>오전|오후|새벽|아침|저녁|밤|낮)${S}{0,1})?(?<![\\d.:])(?<h>\\d{1,2})${S}{0,1}시` +
      `(?:${S}{0,1}(?<mi>\\d{1,2})${S}{0,1}분|${S}{0,1}(?<half>반))?(?!간|대)`,
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    let hour = int(g.h) as number;
    if (hour > 24) return null;
    const ap = g.ap;
    if ((ap === '오후' || ap === '저녁' || ap === '밤') && hour < 12) hour += 12;
    if ((ap === '오전' || ap === '새벽') && hour === 12) hour = 0;
    if (hour === 24) hour = 0;
    const minute = g.half !== undefined ? 30 : (int(g.mi) ?? 0);
    if (minute > 59) return null;
    return timeCandidate(m, hour, minute, this.name);
  },
};
