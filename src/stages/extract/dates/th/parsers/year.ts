/** Thai year normalisation: era marks, Buddhist-era four- and two-digit years. */
import { beToCe, isBuddhistYear, isPlausibleYear, shortBeToCe } from '../../common/numbers.js';
import type { Calendar } from '../../common/types.js';

/**
 * Gregorian year and the calendar it was written in. An explicit era wins; otherwise a four-digit
 * year in the Buddhist-era range (2400–2699) is B.E., one in the Gregorian range is C.E. ("ปี 2030"),
 * and a two-digit year is a short B.E. year ("66" → 2566 → 2023) unless marked ค.ศ.
 */
export function thaiYear(raw: string, era: string | undefined): { year: number; calendar: Calendar } | null {
  const n = Number.parseInt(raw, 10);
  if (raw.length === 2) {
    if (era === 'ค') return { year: 2000 + n, calendar: 'gregorian' };
    return { year: shortBeToCe(n), calendar: 'buddhist' };
  }
  if (era === 'พ' || (era === undefined && isBuddhistYear(n))) {
    return isBuddhistYear(n) ? { year: beToCe(n), calendar: 'buddhist' } : null;
  }
  return isPlausibleYear(n) ? { year: n, calendar: 'gregorian' } : null;
}
