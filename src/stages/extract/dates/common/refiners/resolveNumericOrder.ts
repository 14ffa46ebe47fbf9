/**
 * Day/month order of numeric dates (27/09/2019 vs 09/27/2019). Evidence, strongest first: the other
 * numeric dates of the document whose numbers force an order; a reading equal to the anchor; the
 * language's habit (mm/dd for English, dd/mm elsewhere). Without document evidence or an anchor
 * match, a date whose two readings are both valid keeps the `ambiguous` flag.
 */
import type { Candidate, RefineContext } from '../types.js';

export function resolveNumericOrder(candidates: Candidate[], ctx: RefineContext): Candidate[] {
  let dmy = 0;
  let mdy = 0;
  for (const c of candidates) {
    if (c.order?.forced) {
      if (c.order.kind === 'dmy') dmy++;
      else mdy++;
    }
  }
  for (const c of candidates) {
    if (!c.alternative || !c.order) continue;
    const alt = c.alternative;
    const anchor = ctx.anchor;
    const matches = (p: typeof alt): boolean =>
      !!anchor && p.year === anchor.year && p.month === anchor.month && p.day === anchor.day;
    let swap = false;
    let decided = false;
    if (dmy !== mdy) {
      const want = dmy > mdy ? 'dmy' : 'mdy';
      swap = c.order.kind !== want;
      decided = true;
    } else if (matches(alt) || matches(c.parts)) {
      swap = matches(alt);
      decided = true;
    }
    if (swap) {
      const cur = c.parts;
      c.parts = { ...alt };
      c.written = { ...alt };
      c.alternative = cur;
      c.order = { kind: c.order.kind === 'dmy' ? 'mdy' : 'dmy', forced: false };
    }
    c.ambiguous = !decided;
  }
  return candidates;
}
