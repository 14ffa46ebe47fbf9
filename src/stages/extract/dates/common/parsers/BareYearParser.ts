/**
 * A year written as a bare four-digit number: "in 2023", "the 2018 meeting", "2030 부산세계박람회",
 * and, in Thai text, Buddhist-era years ("งบประมาณ 2567"). The number must stand alone: not glued to
 * other digits or separators (2019.3, 0358/2568, 02-2100-2019), not an amount or a count (2000만 원,
 * 2023명, 2566 คน, 2019 people), not after an identifier word (No. 2019, Article 2019).
 */
import { dateCandidate } from '../candidate.js';
import { beToCe, int, isBuddhistYear } from '../numbers.js';
import { alternation, scanner } from '../pattern.js';
import type { Parser } from '../types.js';
import { COUNT_WORDS_AFTER, IDENTIFIER_WORDS_BEFORE } from '../../en/data.js';
import { COUNTERS as KO_COUNTERS } from '../../ko/data.js';
import { COUNTERS as TH_COUNTERS } from '../../th/data.js';

const KO_AFTER = alternation(KO_COUNTERS);
const TH_AFTER = alternation(TH_COUNTERS);
const THAI_LETTER = /[\u0e01-\u0e4f]/;
const WORD_BEFORE = /([A-Za-z$]+)\.?[ \t\u00a0]{1,2}$/;
const WORD_AFTER = /^[ \t\u00a0]{1,2}([A-Za-z]+)/;

export const BareYearParser: Parser = {
  name: 'BareYear',
  pattern: scanner(
    String.raw`(?<![\dA-Za-z.,/:#$€£₩¥\-])(?<!\d )(?<y>1[89]\d\d|2[0-6]\d\d)` +
      String.raw`(?![\d]|[.,/:]\d|[A-Za-z]|-[A-Za-z]|[ ]?%|년|` + KO_AFTER + `|[ ]?${TH_AFTER})`,
  ),
  extract(ctx, m) {
    let year = int(m.groups?.y) as number;
    let calendar: 'gregorian' | 'buddhist' = 'gregorian';
    const end = m.index + m[0].length;
    if (year >= 2200) {
      if (!isBuddhistYear(year)) return null;
      const near = ctx.src.slice(Math.max(0, m.index - 4), m.index) + ctx.src.slice(end, end + 3);
      if (ctx.lang !== 'th' && !THAI_LETTER.test(near)) return null;
      year = beToCe(year);
      calendar = 'buddhist';
    }
    const before = WORD_BEFORE.exec(ctx.src.slice(Math.max(0, m.index - 16), m.index));
    if (before && IDENTIFIER_WORDS_BEFORE.has((before[1] as string).toLowerCase())) return null;
    const after = WORD_AFTER.exec(ctx.src.slice(end, end + 24));
    if (after && COUNT_WORDS_AFTER.has((after[1] as string).toLowerCase())) return null;
    return [dateCandidate(this.name, m.index, end, { year }, { calendar })];
  },
};

/** "2019-2024", "2019–24", "2566-2570", "2024~2026": two linked years. */
export const YearRangeParser: Parser = {
  name: 'YearRange',
  pattern: scanner(
    String.raw`(?<![\dA-Za-z.,/:#\-])(?<y1>1[89]\d\d|2[0-6]\d\d)[ ]?[-‐‑–—~∼〜][ ]?(?<y2>\d{4}|\d{2})(?![\d]|[.,/:\-]\d|[ ]?%|[ ]?` +
      KO_AFTER +
      ')',
  ),
  extract(ctx, m) {
    const raw1 = int(m.groups?.y1) as number;
    const s2 = m.groups?.y2 as string;
    let raw2 = int(s2) as number;
    if (s2.length === 2) raw2 = Math.floor(raw1 / 100) * 100 + raw2;
    if (raw2 <= raw1 || raw2 - raw1 > 60) return null;
    const be = raw1 >= 2200;
    if (be) {
      if (!isBuddhistYear(raw1)) return null;
      const near = ctx.src.slice(Math.max(0, m.index - 4), m.index);
      if (ctx.lang !== 'th' && !THAI_LETTER.test(near)) return null;
    }
    const calendar = be ? 'buddhist' : 'gregorian';
    const y1 = be ? beToCe(raw1) : raw1;
    const y2 = be ? beToCe(raw2) : raw2;
    const i2 = m.indices?.groups?.y2 as [number, number];
    const a = dateCandidate(this.name, m.index, m.index + 4, { year: y1 }, { calendar });
    const b = dateCandidate(this.name, i2[0], i2[1], { year: y2 }, { calendar });
    a.link = { other: b, role: 'start', range: true };
    b.link = { other: a, role: 'end', range: true };
    return [a, b];
  },
};

/**
 * A split year (fiscal, academic or crop year): "2022/23", "2022/2023", Thai "2567/68". Both years,
 * as a range; the second must follow the first.
 */
export const SplitYearParser: Parser = {
  name: 'SplitYear',
  pattern: scanner(String.raw`(?<![\dA-Za-z.,/:#\-])(?<y1>1[89]\d\d|2[0-6]\d\d)/(?<y2>\d{4}|\d{2})(?![\d]|[./\-]\d)`),
  extract(ctx, m) {
    const raw1 = int(m.groups?.y1) as number;
    const s2 = m.groups?.y2 as string;
    const raw2 = s2.length === 2 ? Math.floor(raw1 / 100) * 100 + (int(s2) as number) : (int(s2) as number);
    if (raw2 !== raw1 + 1) return null;
    const be = raw1 >= 2200;
    if (be) {
      if (!isBuddhistYear(raw1)) return null;
      const near = ctx.src.slice(Math.max(0, m.index - 6), m.index);
      if (ctx.lang !== 'th' && !THAI_LETTER.test(near)) return null;
    }
    const calendar = be ? 'buddhist' : 'gregorian';
    const i2 = m.indices?.groups?.y2 as [number, number];
    const a = dateCandidate(this.name, m.index, m.index + 4, { year: be ? beToCe(raw1) : raw1 }, { calendar });
    const b = dateCandidate(this.name, i2[0], i2[1], { year: be ? beToCe(raw2) : raw2 }, { calendar });
    a.link = { other: b, role: 'start', range: true };
    b.link = { other: a, role: 'end', range: true };
    return [a, b];
  },
};
