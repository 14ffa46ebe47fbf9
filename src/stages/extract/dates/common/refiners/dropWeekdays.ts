/**
 * A weekday written next to a date ("Tuesday, Dec. 10", "Dec. 10 (Tuesday)") is part of that date,
 * not a second one: drop it.
 */
import type { Candidate, RefineContext } from '../types.js';

const NEXT_TO = /^[ \t\u00a0,(]{0,4}$/;

export function dropWeekdaysNextToDates(candidates: Candidate[], ctx: RefineContext): Candidate[] {
  return candidates.filter((c, i) => {
    if (c.kind !== 'weekday') return true;
    const prev = candidates[i - 1];
    const next = candidates[i + 1];
    if (prev && prev.kind === 'date' && prev.end <= c.start && NEXT_TO.test(ctx.src.slice(prev.end, c.start))) return false;
    if (next && next.kind === 'date' && c.end <= next.start && NEXT_TO.test(ctx.src.slice(c.end, next.start))) return false;
    return true;
  });
}
