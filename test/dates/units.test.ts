/** Unit tests of the date extractor's pieces: helpers, single parsers, refiners, output contract. */
import { describe, expect, it } from 'vitest';
import { dateEntitySchema } from '../../src/schema/record.js';
import { addMonths, daysInMonth, formatValue, parseAnchor, weekdayOf } from '../../src/stages/extract/dates/common/calendar.js';
import { dateCandidate, link } from '../../src/stages/extract/dates/common/candidate.js';
import { foldDigits } from '../../src/stages/extract/dates/common/numbers.js';
import { scan } from '../../src/stages/extract/dates/common/pattern.js';
import { removeOverlaps } from '../../src/stages/extract/dates/common/refiners/removeOverlaps.js';
import { mergeRanges } from '../../src/stages/extract/dates/common/refiners/mergeRanges.js';
import type { Candidate, Parser, RefineContext } from '../../src/stages/extract/dates/common/types.js';
import { PARSERS, extractDates } from '../../src/stages/extract/dates/index.js';
import { thaiYear } from '../../src/stages/extract/dates/th/parsers/year.js';

const parser = (name: string): Parser => {
  const p = PARSERS.find((x) => x.name === name);
  if (!p) throw new Error(`no parser ${name}`);
  return p;
};

/** Candidates one parser reads in `text`. */
function parseWith(name: string, text: string, lang = 'en'): Candidate[] {
  const p = parser(name);
  const ctx = { text, src: foldDigits(text), lang };
  return [...scan(p.pattern, ctx.src)].flatMap((m) => p.extract(ctx, m) ?? []);
}

const values = (text: string, lang: string, anchor: string | null = null): (string | null)[] =>
  extractDates(text, { lang, anchor }).map((d) => d.value);

describe('helpers', () => {
  it('folds Thai and full-width digits without moving offsets', () => {
    const s = 'วันที่ ๒๒ ธันวาคม ๒๕๖๖ / ２０２４';
    expect(foldDigits(s)).toBe('วันที่ 22 ธันวาคม 2566 / 2024');
    expect(foldDigits(s)).toHaveLength(s.length);
  });
  it('does calendar arithmetic', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(weekdayOf(2019, 9, 27)).toBe(5); // a Friday
    expect(addMonths(2024, 12, 1)).toEqual({ year: 2025, month: 1 });
    expect(addMonths(2024, 1, -1)).toEqual({ year: 2023, month: 12 });
    expect(formatValue({ year: 2024, month: 3 })).toBe('2024-03');
    expect(formatValue({ year: 2024, month: 3, day: 4, hour: 14, minute: 5 })).toBe('2024-03-04T14:05');
    expect(formatValue({ month: 3 })).toBeNull();
    expect(parseAnchor('2019-09-27T14:05:00+09:00')).toEqual({ year: 2019, month: 9, day: 27 });
    expect(parseAnchor('2019-02-30')).toBeNull();
  });
  it('converts Thai years by era and range', () => {
    expect(thaiYear('2566', undefined)).toEqual({ year: 2023, calendar: 'buddhist' });
    expect(thaiYear('66', undefined)).toEqual({ year: 2023, calendar: 'buddhist' });
    expect(thaiYear('2024', 'ค')).toEqual({ year: 2024, calendar: 'gregorian' });
    expect(thaiYear('2030', undefined)).toEqual({ year: 2030, calendar: 'gregorian' });
    expect(thaiYear('2030', 'พ')).toBeNull();
  });
});

describe('parsers', () => {
  it('ENMonthNameMiddleEndian reads a range with a second month', () => {
    const [a, b] = parseWith('ENMonthNameMiddleEndian', 'Sept. 30-Oct. 2, 2019');
    expect(a?.parts).toEqual({ month: 9, day: 30 });
    expect(b?.parts).toEqual({ year: 2019, month: 10, day: 2 });
    expect(a?.link?.other).toBe(b);
  });
  it('ENMonthNameMiddleEndian wants a capitalized month', () => {
    expect(parseWith('ENMonthNameMiddleEndian', 'they may 5 times')).toHaveLength(0);
  });
  it('ENOrdinalDay rejects ordinals of nouns and names', () => {
    expect(parseWith('ENOrdinalDay', 'on the 23rd, he left')).toHaveLength(1);
    expect(parseWith('ENOrdinalDay', 'on the 2nd floor')).toHaveLength(0);
    expect(parseWith('ENOrdinalDay', 'to the 13th Party Congress')).toHaveLength(0);
  });
  it('SlashDate keeps both readings of an ambiguous date', () => {
    const [c] = parseWith('SlashDate', '04/05/2019', 'en');
    expect(c?.parts).toEqual({ year: 2019, month: 4, day: 5 });
    expect(c?.alternative).toEqual({ year: 2019, month: 5, day: 4 });
    const [d] = parseWith('SlashDate', '04/05/2019', 'th');
    expect(d?.parts).toEqual({ year: 2019, month: 5, day: 4 });
  });
  it('BareYear refuses amounts, counts, identifiers and glued numbers', () => {
    for (const s of ['2000만 원', '2023명', 'No. 2019', '2019.3', '0358/2568', '2019 people', '$2019', '2,019', '2019%']) {
      expect(parseWith('BareYear', s, 'ko'), s).toHaveLength(0);
    }
    expect(parseWith('BareYear', 'in 2019.', 'en')).toHaveLength(1);
  });
  it('BareYear reads Buddhist-era years only in Thai context', () => {
    expect(parseWith('BareYear', 'งบ 2566 ', 'th')[0]?.parts.year).toBe(2023);
    expect(parseWith('BareYear', 'code 2566 here', 'en')).toHaveLength(0);
  });
  it('KoDay guards durations but not words that merely start alike', () => {
    expect(parseWith('KoDay', '3일간')).toHaveLength(0);
    expect(parseWith('KoDay', '10일째')).toHaveLength(0);
    expect(parseWith('KoDay', '10일 동안')).toHaveLength(0);
    expect(parseWith('KoDay', '10일 간담회')).toHaveLength(1);
    expect(parseWith('KoDay', '3일부터')).toHaveLength(1);
  });
  it('KoMonthDay reads period words only as whole words', () => {
    expect(parseWith('KoMonthDay', '12월 말까지')[0]?.end).toBe(5);
    expect(parseWith('KoMonthDay', '12월 말레이시아')[0]?.end).toBe(3);
  });
  it('ThDate reads day ranges and eras', () => {
    const [a, b] = parseWith('ThDate', '19-24 ก.ย. 2562', 'th');
    expect(a?.parts).toEqual({ day: 19 });
    expect(b?.parts).toEqual({ year: 2019, month: 9, day: 24 });
    expect(b?.calendar).toBe('buddhist');
    expect(parseWith('ThDate', '22 ธันวาคม ค.ศ. 2023', 'th')[0]?.calendar).toBe('gregorian');
  });
  it('every pattern is global with indices and has only bounded quantifiers', () => {
    for (const p of PARSERS) {
      expect(p.pattern.flags, p.name).toContain('g');
      expect(p.pattern.flags, p.name).toContain('d');
      const stripped = p.pattern.source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
      expect(stripped, p.name).not.toMatch(/[+*]/);
    }
  });
});

describe('refiners', () => {
  const ctx = (src: string): RefineContext => ({ text: src, src, lang: 'en', anchor: null, anchorGiven: false, times: false });
  it('removeOverlaps keeps the longer match', () => {
    const year = dateCandidate('BareYear', 0, 4, { year: 2024 });
    const full = dateCandidate('KoYear', 0, 9, { year: 2024 });
    expect(removeOverlaps([{ start: 0, end: 4, items: [year], rank: 5 }, { start: 0, end: 9, items: [full], rank: 1 }])).toEqual([full]);
  });
  it('mergeRanges links a range before a list can take an endpoint', () => {
    const src = 'mid-2024, 2019 to 2024';
    const a = dateCandidate('x', 0, 8, { year: 2024 });
    const b = dateCandidate('x', 10, 14, { year: 2019 });
    const c = dateCandidate('x', 18, 22, { year: 2024 });
    mergeRanges([a, b, c], ctx(src));
    expect(a.link).toBeUndefined();
    expect(b.link?.other).toBe(c);
    expect(b.link?.range).toBe(true);
  });
  it('link sets roles', () => {
    const a = dateCandidate('x', 0, 1, { day: 1 });
    const b = dateCandidate('x', 2, 3, { day: 2 });
    link(a, b, false);
    expect(a.link?.role).toBe('start');
    expect(b.link?.role).toBe('end');
  });
});

describe('extractDates contract', () => {
  it('orders entries by start and numbers ranges in order', () => {
    const d = extractDates('From 2019 to 2020, and from June 3 to 5, 2021.', { lang: 'en', anchor: null });
    expect(d.map((x) => x.start)).toEqual([...d.map((x) => x.start)].sort((a, b) => a - b));
    expect(d.map((x) => x.range)).toEqual(['r0', 'r0', 'r1', 'r1']);
  });
  it('counts offsets in UTF-16 code units (astral characters count two)', () => {
    const text = '😀 🇰🇷 December 10, 2018';
    const [d] = extractDates(text, { lang: 'en', anchor: null });
    expect(d?.start).toBe(text.indexOf('December'));
    expect(text.slice(d?.start, d?.end)).toBe('December 10, 2018');
  });
  it('keeps partial dates partial without an anchor', () => {
    const [d] = extractDates('기념식은 12월 10일 열린다.', { lang: 'ko', anchor: null });
    expect(d).toMatchObject({ value: null, partial: { month: 12, day: 10 }, precision: 'day' });
    expect(dateEntitySchema.safeParse(d).success).toBe(true);
  });
  it('takes the latest full date of the body as anchor when none is given', () => {
    expect(values('The report of 20 December 2023 was followed on Dec. 22 by a vote.', 'en')).toEqual(['2023-12-20', '2023-12-22']);
  });
  it('flags ambiguous numeric dates', () => {
    const [d] = extractDates('Filed 04/05/2019.', { lang: 'en', anchor: null });
    expect(d?.ambiguous).toBe(true);
    const [e] = extractDates('Filed 04/05/2019 and 25/12/2019.', { lang: 'en', anchor: null });
    expect(e?.ambiguous).toBeUndefined();
    expect(e?.value).toBe('2019-05-04');
  });
  it('reports the calendar a year was written in', () => {
    const d = extractDates('22 ธันวาคม 2566 และ ค.ศ. 2024', { lang: 'th', anchor: null });
    expect(d.map((x) => [x.value, x.calendar])).toEqual([
      ['2023-12-22', 'buddhist'],
      ['2024', 'gregorian'],
    ]);
  });
  it('gives period qualifiers as precision, not in the value', () => {
    const d = extractDates('2024년 상반기와 2025년 1분기, 2024년 12월 말', { lang: 'ko', anchor: null });
    expect(d.map((x) => [x.value, x.precision])).toEqual([
      ['2024', 'half'],
      ['2025', 'quarter'],
      ['2024-12', 'month'],
    ]);
  });
  it('attaches times only when asked', () => {
    const text = '회의는 12월 3일 오후 2시 열린다.';
    expect(extractDates(text, { lang: 'ko', anchor: '2024-12-01' })[0]).toMatchObject({ text: '12월 3일', value: '2024-12-03', precision: 'day' });
    expect(extractDates(text, { lang: 'ko', anchor: '2024-12-01', times: true })[0]).toMatchObject({
      text: '12월 3일 오후 2시',
      value: '2024-12-03T14:00',
      precision: 'minute',
    });
    const th = extractDates('วันที่ 22 ธ.ค. 66 เวลา 14.00 น.', { lang: 'th', anchor: null, times: true });
    expect(th[0]?.value).toBe('2023-12-22T14:00');
  });
  it('runs every locale over the whole text', () => {
    expect(values('ลงนาม 22 ธ.ค. 66 (Dec. 22, 2023) และ 2023년 12월 22일', 'th')).toEqual(['2023-12-22', '2023-12-22', '2023-12-22']);
  });
  it('returns nothing for empty or date-free text', () => {
    expect(extractDates('', { lang: 'en', anchor: null })).toEqual([]);
    expect(extractDates('No dates here at all: 15MB, 3.5%, 02-2100-1234.', { lang: 'en', anchor: '2024-01-01' })).toEqual([]);
  });
});
