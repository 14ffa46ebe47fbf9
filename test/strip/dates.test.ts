import { describe, expect, it } from 'vitest';
import { findDates, formatDate, parseMachineDate, shiftToOffset } from '../../src/stages/strip/common/dates.js';

const first = (s: string, offset?: string): string | null => {
  const d = findDates(s)[0];
  return d ? formatDate(d.dt, offset) : null;
};

describe('dateline parsing', () => {
  it.each([
    ['입력 2024.12.03 14:05', '2024-12-03T14:05+09:00'],
    ['2024년 12월 3일(화) 오후 2:05', '2024-12-03T14:05+09:00'],
    ['Date : 2019.09.27 Read : 4283', '2019-09-27'],
    ['2024. 12. 3.', '2024-12-03'],
    ['Published: 3 Dec 2024 at 14:05', '2024-12-03T14:05+09:00'],
    ['Posted : Dec. 3, 2024 - 09:12', '2024-12-03T09:12+09:00'],
    // The page's own offset wins over the caller's.
    ['March 5, 2025 3:14 PM GMT+7', '2025-03-05T15:14+07:00'],
    ['22/12/2023', '2023-12-22'],
    ['12/22/2023', '2023-12-22'],
    ['ngày 22 tháng 12 năm 2023', '2023-12-22'],
  ])('%s', (input, expected) => {
    // Offset +09:00 is supplied by the caller (the page's locale); date-only inputs ignore it.
    expect(first(input, '+09:00')).toBe(expected);
  });

  it('converts Thai Buddhist-era years, Thai digits and two-digit years', () => {
    expect(first('เผยแพร่: 3 ธ.ค. 2567')).toBe('2024-12-03');
    expect(first('วันอังคารที่ 3 ธันวาคม พ.ศ. 2567')).toBe('2024-12-03');
    expect(first('๒๓ ต.ค. ๖๗ เวลา 14.30 น.', '+07:00')).toBe('2024-10-23T14:30+07:00');
    // A CE year marked ค.ศ. is not converted.
    expect(first('3 มกราคม ค.ศ. 2025')).toBe('2025-01-03');
  });

  it('rejects impossible dates and bare numbers', () => {
    expect(findDates('2024-02-30')).toEqual([]);
    expect(findDates('전화 044-205-2745')).toEqual([]);
    expect(findDates('ข่าวที่ 0358/2568')).toEqual([]);
  });
});

describe('machine-readable dates', () => {
  it('parses ISO 8601 with offsets and fractions, compact and RFC 2822 forms', () => {
    expect(parseMachineDate('2024-12-03T14:05:00.000+09:00')).toEqual({ y: 2024, m: 12, d: 3, hh: 14, mi: 5, ss: 0, offset: '+09:00' });
    expect(parseMachineDate('2024-12-03T05:05:00Z')).toMatchObject({ d: 3, hh: 5, offset: 'Z' });
    expect(parseMachineDate('20241203140500')).toEqual({ y: 2024, m: 12, d: 3, hh: 14, mi: 5, ss: 0 });
    expect(parseMachineDate('Tue, 03 Dec 2024 20:05:00 GMT')).toMatchObject({ y: 2024, m: 12, d: 3, hh: 20, offset: 'Z' });
    expect(parseMachineDate('not a date')).toBeNull();
  });

  it('shifts a UTC instant into a local offset, crossing midnight', () => {
    const utc = parseMachineDate('2024-12-02T20:00:00Z')!;
    expect(formatDate(shiftToOffset(utc, '+09:00'))).toBe('2024-12-03T05:00:00+09:00');
  });
});
