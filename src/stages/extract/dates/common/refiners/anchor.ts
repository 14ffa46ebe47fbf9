/** Without a publication date, the anchor is the latest full date written in the body. */
import { dayNumber } from '../calendar.js';
import type { Candidate, RefineContext } from '../types.js';

export function latestFullDate(candidates: Candidate[]): RefineContext['anchor'] {
  let best: RefineContext['anchor'] = null;
  let bestN = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const { year, month, day } = c.written;
    if (c.kind !== 'date' || c.ambiguous || year === undefined || month === undefined || day === undefined) continue;
    const n = dayNumber(year, month, day);
    if (n > bestN) {
      bestN = n;
      best = { year, month, day };
    }
  }
  return best;
}
