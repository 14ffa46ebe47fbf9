/** Pattern pieces shared by the English parsers (compiled into each parser's scanner once). */
import { alternation } from '../../common/pattern.js';
import { MONTHS, MONTH_ABBREVIATIONS, RELATIVE_YEARS, WEEKDAYS } from '../data.js';

/** Any month name or abbreviation (the abbreviation's dot is matched by the parser). */
export const MONTH = alternation([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)]);
/** Full month names only (a bare month needs its full name). */
export const MONTH_FULL = alternation(Object.keys(MONTHS));
export const WEEKDAY = alternation(Object.keys(WEEKDAYS));
/** Ordinal suffix. */
export const ORD = '(?:st|nd|rd|th)?';
export const S = '[ \\t\\u00a0]';
/** Range / list connectors between two days or months. */
export const CONNECTOR = `(?:[-‐‑–—~]|to|through|thru|until|till|and|or|&)`;
export const isRangeConnector = (c: string | undefined): boolean =>
  c !== undefined && !/^(?:and|or|&)$/i.test(c.trim());

/** End of a day group, including its ordinal suffix ("10th"). */
export function dayEnd(m: RegExpExecArray, groupName: string): number {
  const idx = m.indices?.groups?.[groupName];
  if (!idx) return m.index;
  const rest = m[0].slice(idx[1] - m.index, idx[1] - m.index + 2);
  return idx[1] + (/^(?:st|nd|rd|th)$/i.test(rest) ? 2 : 0);
}

const RELATIVE_YEAR_AFTER = /^,?[ \t\u00a0]{1,2}(last year|this year|next year|the previous year|the following year)(?![A-Za-z])/i;

/** "March 7-8 last year": the year offset written after a date, and where the phrase ends. */
export function relativeYearAfter(src: string, end: number): { offset: number; end: number } | null {
  const m = RELATIVE_YEAR_AFTER.exec(src.slice(end, end + 24));
  if (!m) return null;
  const offset = RELATIVE_YEARS[(m[1] as string).toLowerCase()];
  return offset === undefined ? null : { offset, end: end + m[0].length };
}
