/** "the 15th of next month", "the 3rd of last month", "the 20th of this month": a day relative to the anchor's month. */
import { dateCandidate } from '../../common/candidate.js';
import { int } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { S } from './shared.js';

const OFFSETS: Record<string, number> = { next: 1, last: -1, this: 0, previous: -1, following: 1, coming: 1 };

export const ENRelativeOrdinalParser: Parser = {
  name: 'ENRelativeOrdinal',
  pattern: scanner(
    `(?<![A-Za-z])the${S}{1,2}(?<d>\\d{1,2})(?:st|nd|rd|th)${S}{1,2}of${S}{1,2}(?:the${S}{1,2})?(?<rel>next|last|this|previous|following|coming)${S}{1,2}month(?![A-Za-z])`,
    'i',
  ),
  extract(_ctx, m) {
    const day = int(m.groups?.d) as number;
    if (day < 1 || day > 31) return null;
    const c = dateCandidate(this.name, m.index, m.index + m[0].length, { day }, { dayContext: 'anchor' });
    c.monthOffset = OFFSETS[(m.groups?.rel as string).toLowerCase()] as number;
    return [c];
  },
};
