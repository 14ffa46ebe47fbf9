/** Two months joined: "January-September", "June to August 2024", "between April and June". */
import { dateCandidate, link } from '../../common/candidate.js';
import { int, isPlausibleYear } from '../../common/numbers.js';
import { scanner, span } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { isCapitalized, monthOf } from '../data.js';
import { MONTH, S } from './shared.js';

const BETWEEN = /(?:between|from)[ \t\u00a0]{1,2}$/i;

export const ENMonthRangeParser: Parser = {
  name: 'ENMonthRange',
  pattern: scanner(
    `(?<![A-Za-z])(?<m1>${MONTH})\\.?${S}{0,2}(?<c>[-‐‑–—]|to|through|until|till|and|or|&)${S}{0,2}` +
      `(?<m2>${MONTH})\\.?(?![A-Za-z])(?!${S}{0,2}\\d{1,2}(?!\\d))(?:,?${S}{0,2}(?<y>\\d{4})(?![\\d]|[.\\-/]\\d))?`,
    'i',
  ),
  extract(ctx, m) {
    const g = m.groups ?? {};
    if (!isCapitalized(g.m1 as string) || !isCapitalized(g.m2 as string)) return null;
    const m1 = monthOf(g.m1 as string) as number;
    const m2 = monthOf(g.m2 as string) as number;
    let year = int(g.y);
    if (year !== undefined && !isPlausibleYear(year)) year = undefined;
    const s1 = span(m, 'm1') as [number, number];
    const s2 = span(m, 'm2') as [number, number];
    const isAbbr = (t: string): boolean => t.length <= 4 && t.toLowerCase() !== 'may' && t.toLowerCase() !== 'june' && t.toLowerCase() !== 'july';
    // A bare abbreviation pair without a year ("Mar and Apr") is too weak.
    if (year === undefined && (isAbbr(g.m1 as string) || isAbbr(g.m2 as string))) return null;
    const a = dateCandidate(this.name, s1[0], s1[1], { month: m1 });
    const b = dateCandidate(this.name, s2[0], year !== undefined ? m.index + m[0].length : s2[1], { year, month: m2 });
    const c = (g.c as string).toLowerCase();
    const isRange = !['and', 'or', '&'].includes(c) || BETWEEN.test(ctx.src.slice(Math.max(0, m.index - 10), m.index));
    link(a, b, isRange);
    return [a, b];
  },
};
