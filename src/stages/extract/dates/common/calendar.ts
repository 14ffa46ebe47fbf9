/** Gregorian calendar arithmetic on plain numbers (no Date objects and no time zones involved). */
import type { Parts } from './types.js';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function isValidDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2000, month); // unknown year: allow Feb 29
}

/** Days since 1970-01-01. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Month arithmetic: (year, month) + delta months. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + delta;
  return { year: Math.floor(idx / 12), month: (idx % 12 + 12) % 12 + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** ISO value at the precision the parts allow: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm. */
export function formatValue(p: Parts): string | null {
  if (p.year === undefined) return null;
  let v = pad(p.year, 4);
  if (p.month === undefined) return v;
  v += `-${pad(p.month)}`;
  if (p.day === undefined) return v;
  v += `-${pad(p.day)}`;
  if (p.hour === undefined) return v;
  return `${v}T${pad(p.hour)}:${pad(p.minute ?? 0)}`;
}

/** Parses the date part of an ISO date or datetime (`2019-09-27`, `2019-09-27T14:05:00+09:00`). */
export function parseAnchor(s: string | null | undefined): { year: number; month: number; day: number } | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDay(year, month, day) ? { year, month, day } : null;
}
