/** "2 p.m.", "10:30 a.m.", "9am": attached to a preceding day, never a date alone. */
import { timeCandidate } from '../../common/candidate.js';
import { int } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { S } from './shared.js';

export const ENTimeParser: Parser = {
  name: 'ENTime',
  pattern: scanner(
    `(?<![\\d.:A-Za-z])(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\\d))?${S}{0,1}(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)(?![A-Za-z])`,
    'i',
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    let hour = int(g.h) as number;
    const pm = /^p/i.test(g.ap as string);
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    const minute = int(g.mi) ?? 0;
    return timeCandidate(m, hour, minute, this.name);
  },
};
