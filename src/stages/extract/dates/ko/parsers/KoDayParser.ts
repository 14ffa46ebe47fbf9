/**
 * A bare day "10일", "(3일)", and the first day of "19~24일": its month comes from a month named
 * earlier in the same sentence ("9월 19일부터 24일까지"), else from the publication date.
 */
import { dateCandidate } from '../../common/candidate.js';
import { int } from '../../common/numbers.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { alternation } from '../../common/pattern.js';
import { REPORTING_VERBS } from '../data.js';
import { DAY_GUARD, DAY_MARK } from './shared.js';

const REPORTED = new RegExp(`^[ \\t]{0,1}(?:\\([^()]{1,8}\\)[ \\t]{0,1})?${alternation(REPORTING_VERBS)}`);

export const KoDayParser: Parser = {
  name: 'KoDay',
  pattern: scanner(`(?<![\\d.,:/]|[가-힣])(?<!(?:주|매월|매달|매주|월|하루)[ \\t]{0,1})(?<d>\\d{1,2})[ \\t]{0,1}${DAY_MARK}${DAY_GUARD}`),
  extract(ctx, m) {
    const day = int(m.groups?.d) as number;
    if (day < 1 || day > 31) return null;
    const end = m[0].endsWith('일') ? m.index + m[0].length : (m.indices?.groups?.d?.[1] as number);
    const reported = REPORTED.test(ctx.src.slice(end, end + 16));
    return [dateCandidate(this.name, m.index, end, { day }, { dayContext: reported ? 'anchor' : 'sentence' })];
  },
};
