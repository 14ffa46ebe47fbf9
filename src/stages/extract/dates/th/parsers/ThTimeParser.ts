/** "14.00 น.", "เวลา 09.30 น.", "10.00 นาฬิกา": attached to a preceding day, never a date alone. */
import { timeCandidate } from '../../common/candidate.js';
import { int } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { S } from './shared.js';

export const ThTimeParser: Parser = {
  name: 'ThTime',
  pattern: scanner(
    `(?:เวลา${S}{0,2})?(?<![\\d.:])(?<h>[01]?\\d|2[0-4])[.:](?<mi>[0-5]\\d)${S}{0,2}(?:น\\.|นาฬิกา)`,
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const hour = (int(g.h) as number) % 24;
    const minute = int(g.mi) as number;
    return timeCandidate(m, hour, minute, this.name);
  },
};
