/**
 * "the 23rd" (a day of a month already in context): "On the 23rd, …", "by the 5th", "on the 23rd and 24th".
 * Ordinals of other things ("the 2nd Korea-ASEAN corps", "the 13th party congress") are rejected by the
 * word that follows.
 */
import { dateCandidate, link } from '../../common/candidate.js';
import { int } from '../../common/numbers.js';
import { scanner, span } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { ORDINAL_NOUNS_AFTER } from '../data.js';
import { S } from './shared.js';

const NEXT_WORD = /^[ \t\u00a0]{1,2}([A-Za-z][A-Za-z'-]*)/;

export const ENOrdinalDayParser: Parser = {
  name: 'ENOrdinalDay',
  pattern: scanner(
    `(?<![A-Za-z])(?:on|by|until|till|since|from|through|before|after|and|to)${S}{1,2}(?<the>the)${S}{1,2}` +
      `(?<d>\\d{1,2})(?:st|nd|rd|th)(?![A-Za-z0-9])` +
      `(?:${S}{1,2}(?<c>and|to|through|-|–)${S}{1,2}(?:the${S}{1,2})?(?<d2>\\d{1,2})(?:st|nd|rd|th)(?![A-Za-z0-9]))?`,
    'i',
  ),
  extract(ctx, m) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    const next = NEXT_WORD.exec(ctx.src.slice(end, end + 40));
    if (next) {
      const w = next[1] as string;
      const lw = w.toLowerCase();
      if (/^[A-Z]/.test(w) || ORDINAL_NOUNS_AFTER.has(lw) || ORDINAL_NOUNS_AFTER.has(lw.replace(/s$/, '')) || lw === 'of') return null;
    }
    const day = int(g.d) as number;
    if (day < 1 || day > 31) return null;
    const s = span(m, 'the') as [number, number];
    const dSpan = span(m, 'd') as [number, number];
    const a = dateCandidate(this.name, s[0], dSpan[1] + 2, { day }, { dayContext: 'document' });
    if (g.d2 === undefined) return [a];
    const day2 = int(g.d2) as number;
    if (day2 < 1 || day2 > 31) return [a];
    const d2 = span(m, 'd2') as [number, number];
    const b = dateCandidate(this.name, d2[0], d2[1] + 2, { day: day2 }, { dayContext: 'document' });
    link(a, b, g.c?.toLowerCase() !== 'and');
    return [a, b];
  },
};
