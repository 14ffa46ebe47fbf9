/**
 * MergeDateTimeRefiner: with `times` on, a time right after a day ("12월 3일 오후 2시",
 * "22 ธ.ค. 66 เวลา 14.00 น.", "2019-09-27 14:05", "Dec. 10 at 2 p.m.") becomes part of that date
 * (span extended, value `YYYY-MM-DDTHH:mm`, precision minute). Off by default: the annotation
 * convention (and the record's consumers) want calendar values, YYYY-MM-DD at the finest.
 * Times never survive alone: a time is not a date.
 */
import type { Candidate, RefineContext } from '../types.js';

const GAP = /^(?:[ \t\u00a0]{0,2}\([^()\n]{1,6}\))?[ \t\u00a0]{0,2}(?:,|at|from|T|เวลา)?[ \t\u00a0]{0,2}$/i;

export function attachTimes(candidates: Candidate[], ctx: RefineContext): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== 'time') {
      out.push(c);
      continue;
    }
    const prev = out[out.length - 1];
    if (
      ctx.times &&
      prev &&
      prev.kind === 'date' &&
      prev.unit === 'day' &&
      prev.end <= c.start &&
      c.start - prev.end <= 12 &&
      GAP.test(ctx.src.slice(prev.end, c.start))
    ) {
      prev.end = c.end;
      prev.unit = 'minute';
      prev.parts.hour = c.parts.hour;
      prev.parts.minute = c.parts.minute ?? 0;
      prev.written.hour = c.parts.hour;
      prev.written.minute = c.parts.minute ?? 0;
    }
  }
  return out;
}
