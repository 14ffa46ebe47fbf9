/** Pattern pieces shared by the Thai parsers: month names, abbreviations, eras. */
import { alternation, escapeRe } from '../../common/pattern.js';
import type { Direction } from '../../common/types.js';
import { COUNTERS, MONTHS, MONTH_ABBREVIATIONS } from '../data.js';

export const S = '[ \\t\\u00a0]';
export const DASH = '[-‐‑–—~]';

/** "ธ.ค." also written "ธ.ค", "ธ. ค.": the final dot optional, a space allowed after the first. */
const abbrPattern = (a: string): string => {
  const [first, second] = a.split('.');
  return `${escapeRe(first as string)}\\.${S}{0,1}${escapeRe(second as string)}\\.?`;
};
export const MONTH_FULL = alternation(Object.keys(MONTHS));
export const MONTH_ABBR = `(?:${Object.keys(MONTH_ABBREVIATIONS)
  .sort((a, b) => b.length - a.length)
  .map(abbrPattern)
  .join('|')})`;
export const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;

/** Month number of a full name or an abbreviation as matched. */
export function thaiMonthOf(token: string): number | undefined {
  const full = MONTHS[token];
  if (full !== undefined) return full;
  const compact = token.replace(/[ \t\u00a0]/g, '');
  return MONTH_ABBREVIATIONS[compact.endsWith('.') ? compact : `${compact}.`];
}

/** พ.ศ. / ค.ศ. with optional spaces and final dot. */
export const ERA = `(?<era>[พค])\\.${S}{0,1}ศ\\.?`;

/** After a two-digit year: not a count, a time or a longer number. */
export const SHORT_YEAR_GUARD = `(?![\\d]|[.:]\\d|${S}{0,2}(?:${alternation(COUNTERS)}|น\\.|นาฬิกา|โมง))`;
export const YEAR_GUARD = `(?![\\d]|[.,:/]\\d)`;

/**
 * "3 ธ.ค. ที่ผ่านมา" (the past one), "28 ธ.ค. ที่จะถึงนี้" (the coming one): a direction written after
 * the date. "เดือนพฤศจิกายนนี้" ("this November") is the occurrence nearest the publication date,
 * whatever the sentence's tense ("…ให้แล้วเสร็จก่อนเดือนพฤศจิกายนนี้" in July is the coming one).
 */
const DIRECTION_AFTER = /^[ \t\u00a0]{0,2}(ที่ผ่านมา|ที่แล้ว|ที่จะถึง|ที่จะมาถึง|นี้)/;
export function thaiDirectionAfter(src: string, end: number): Direction | undefined {
  const m = DIRECTION_AFTER.exec(src.slice(end, end + 16));
  if (!m) return undefined;
  if (m[1] === 'นี้') return 'nearest';
  return m[1] === 'ที่ผ่านมา' || m[1] === 'ที่แล้ว' ? 'past' : 'future';
}
