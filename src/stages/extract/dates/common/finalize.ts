/** Turns resolved candidates into `DateEntity` records: value, precision, range ids, partial parts. */
import type { DateEntity, DatePrecision, PartialDate } from '../../../../schema/record.js';
import { formatValue } from './calendar.js';
import type { Candidate, Parts } from './types.js';

function partialOf(p: Parts): PartialDate {
  const out: PartialDate = {};
  if (p.year !== undefined) out.year = p.year;
  if (p.month !== undefined) out.month = p.month;
  if (p.day !== undefined) out.day = p.day;
  if (p.hour !== undefined) out.hour = p.hour;
  if (p.minute !== undefined) out.minute = p.minute;
  return out;
}

/** Candidates must be sorted by start (then end); duplicates of a span are adjacent. */
export function finalize(candidates: Candidate[], text: string): DateEntity[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const prev = kept[kept.length - 1];
    if (prev && prev.start === c.start && prev.end === c.end) continue;
    c.final = true;
    kept.push(c);
  }
  let next = 0;
  const out: DateEntity[] = [];
  for (const c of kept) {
    const parts = c.resolved ?? c.parts;
    const value = formatValue(parts);
    const precision: DatePrecision = c.period ?? c.unit;
    const entity: DateEntity = {
      text: text.slice(c.start, c.end),
      value,
      precision,
      start: c.start,
      end: c.end,
      calendar: c.calendar,
    };
    const other = c.link?.other;
    if (c.link?.range && other?.final) {
      if (other.rangeId === undefined) c.rangeId = `r${next++}`;
      else c.rangeId = other.rangeId;
      entity.range = c.rangeId;
    }
    if (c.ambiguous) entity.ambiguous = true;
    if (value === null) entity.partial = partialOf(parts);
    out.push(entity);
  }
  return out;
}
