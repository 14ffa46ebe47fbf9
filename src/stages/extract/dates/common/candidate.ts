/** Constructors for candidates and the links between range / list endpoints. */
import type { Calendar, Candidate, Parts, Unit } from './types.js';

export function unitOf(p: Parts): Unit {
  if (p.hour !== undefined) return 'minute';
  if (p.day !== undefined) return 'day';
  if (p.month !== undefined) return 'month';
  return 'year';
}

const clean = (p: Parts): Parts => {
  const out: Parts = {};
  if (p.year !== undefined) out.year = p.year;
  if (p.month !== undefined) out.month = p.month;
  if (p.day !== undefined) out.day = p.day;
  if (p.hour !== undefined) out.hour = p.hour;
  if (p.minute !== undefined) out.minute = p.minute;
  return out;
};

export interface CandidateOptions extends Partial<Omit<Candidate, 'start' | 'end' | 'parts' | 'parser'>> {
  calendar?: Calendar;
}

export function dateCandidate(
  parser: string,
  start: number,
  end: number,
  parts: Parts,
  opts: CandidateOptions = {},
): Candidate {
  const p = clean(parts);
  return {
    kind: 'date',
    unit: unitOf(p),
    calendar: 'gregorian',
    written: { ...p },
    ...opts,
    start,
    end,
    parts: p,
    parser,
  };
}

/** Links two endpoints. `range: false` is a list ("June and July 2020"): parts are shared, no range id. */
export function link(a: Candidate, b: Candidate, range = true): void {
  a.link = { other: b, role: 'start', range };
  b.link = { other: a, role: 'end', range };
}

export const byStart = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/** A time of day ("오후 2시", "14.00 น.", "2:30 p.m."): attached to a neighbouring date by a refiner. */
export function timeCandidate(m: RegExpExecArray, hour: number, minute: number, parser: string): Candidate[] {
  return [
    {
      kind: 'time',
      start: m.index,
      end: m.index + m[0].length,
      parts: { hour, minute },
      written: { hour, minute },
      unit: 'minute',
      calendar: 'gregorian',
      parser,
    },
  ];
}
