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

export function finalize(candidates: Candidate[], text: string): DateEntity[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || a.end - b.end);
  const survivors = new Set(sorted);
  const rangeIds = new Map<Candidate, string>();
  let next = 0;
  const out: DateEntity[] = [];
  const seen = new Set<string>();
  for (const c of sorted) {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
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
    if (c.link?.range && survivors.has(c.link.other)) {
      let id = rangeIds.get(c.link.other);
      if (id === undefined) {
        id = `r${next++}`;
        rangeIds.set(c, id);
      }
      entity.range = id;
    }
    if (c.ambiguous) entity.ambiguous = true;
    if (value === null) entity.partial = partialOf(parts);
    out.push(entity);
  }
  return out;
}
