/** Thai rules added in round 6: names vouched for by what follows them, and dates resolved by "นี้". Invented snippets only. */
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/stages/extract/dates/index.js';
import { names, orgs } from './helpers.js';

const dates = (text: string, anchor: string) => extractDates(text, { lang: 'th', anchor }).map((d) => [d.text, d.value]);

describe('a name cut at a verb, closed by a bracketed Latin acronym', () => {
  it('runs through a verb that continues a nominalized word', () => {
    const found = orgs('ข้อมูลถูกส่งให้ศูนย์ติดตามการแจ้งเข้าออกท่าเรือ (PCC) ตรวจสอบ');
    expect(names(found)).toEqual(['ศูนย์ติดตามการแจ้งเข้าออกท่าเรือ']);
    expect(found[0]!.aliases).toContain('PCC');
  });

  it('stays cut before a speech verb, and without an acronym', () => {
    expect(names(orgs('กรมการค้าเตือนผู้ส่งออก (DFT) ให้ระวัง'))).toEqual(['กรมการค้า']);
    expect(names(orgs('ศูนย์ติดตามการแจ้งเข้าออกท่าเรือ ตรวจสอบ'))).toEqual(['ศูนย์ติดตามการแจ้ง']);
  });
});

describe('an office posted abroad', () => {
  it('keeps "ในต่างประเทศ ณ <capital>" and the acronym with its city', () => {
    const found = orgs('ผู้อำนวยการสำนักงานส่งเสริมการลงทุนในต่างประเทศ ณ กรุงโตเกียว (สลต. โตเกียว) กล่าวว่า');
    expect(names(found)).toEqual(['สำนักงานส่งเสริมการลงทุนในต่างประเทศ ณ กรุงโตเกียว']);
    expect(found[0]!.aliases).toEqual(expect.arrayContaining(['สลต. โตเกียว']));
    expect(names(orgs('สถานเอกอัครราชทูตไทย ณ กรุงเวียนนา แจ้งว่า'))).toEqual(['สถานเอกอัครราชทูตไทย ณ กรุงเวียนนา']);
  });

  it('not a Thai place where something happens, nor "abroad" without a post', () => {
    expect(names(orgs('กระทรวงพาณิชย์ ณ กรุงเทพฯ จัดงาน'))).toEqual(['กระทรวงพาณิชย์']);
    expect(names(orgs('สำนักงานส่งเสริมการลงทุนในต่างประเทศ จัดงาน'))).toEqual(['สำนักงานส่งเสริมการลงทุน']);
  });
});

describe('"(กก.)": an acronym after a name, a unit after a number', () => {
  it('is the alias of a name it spells', () => {
    const found = orgs('กองทุนเพื่อการกีฬา (กก.) อนุมัติงบ');
    expect(found[0]!.aliases).toContain('กก.');
  });

  it('is no organization after a number', () => {
    expect(orgs('ราคามะม่วงอยู่ที่ 30 (กก.) ในตลาด')).toEqual([]);
  });
});

describe('Thai dates', () => {
  it('a month "นี้" is the nearest one, whatever the tense of the sentence', () => {
    expect(dates('จะติดตั้งให้แล้วเสร็จก่อนเดือนพฤศจิกายนนี้', '2025-07-22')).toEqual([['เดือนพฤศจิกายน', '2025-11']]);
    expect(dates('จะติดตั้งให้แล้วเสร็จก่อนเดือนพฤศจิกายนที่ผ่านมา', '2025-07-22')).toEqual([['เดือนพฤศจิกายน', '2024-11']]);
  });

  it('the Nth day in a row is not a date', () => {
    expect(dates('หุ้นปรับขึ้นติดต่อกันเป็นวันที่ 5 และเป็นวันที่ 3 ติดต่อกัน', '2025-02-26')).toEqual([]);
    expect(dates('การประชุมจะจัดในวันที่ 5', '2025-02-26')).toEqual([['วันที่ 5', '2025-03-05']]);
  });
});
