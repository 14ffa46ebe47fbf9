import { describe, expect, it } from 'vitest';
import { parseHonorifics } from '../../../src/stages/extract/persons/th/parsers/honorific.js';
import { ThaiText } from '../../../src/stages/extract/persons/th/thai/text.js';
import { names, persons, whole } from './helpers.js';

const candidates = (text: string) => parseHonorifics(new ThaiText(text, whole(text)));

describe('honorific parser', () => {
  it('reads given name and surname after an honorific, without the honorific', () => {
    const text = 'เมื่อวานนี้ นายประเสริฐ มั่นคงดี หัวหน้าสหกรณ์ กล่าวว่า ราคาดีขึ้น';
    const [c] = candidates(text);
    expect(c).toMatchObject({ name: 'ประเสริฐ มั่นคงดี', partial: false, titles: ['นาย', 'หัวหน้าสหกรณ์'] });
    expect(text.slice(c!.start, c!.end)).toBe('ประเสริฐ มั่นคงดี');
  });

  it('handles stacked academic, medical, police and royal titles', () => {
    const text = 'ผศ.ดร.มาลัย รักษ์ดี และ รศ.นพ.ธีระ สุขใจ พบกับ พ.ต.ท.หญิง วรรณา ทองมา และ ม.ร.ว.จิรายุ วรวงศ์';
    expect(candidates(text).map((c) => [c.name, c.titles[0]])).toEqual([
      ['มาลัย รักษ์ดี', 'ผศ.ดร.'],
      ['ธีระ สุขใจ', 'รศ.นพ.'],
      ['วรรณา ทองมา', 'พ.ต.ท.หญิง'],
      ['จิรายุ วรวงศ์', 'ม.ร.ว.'],
    ]);
  });

  it('keeps the surname particle ณ with its place', () => {
    expect(names(candidates('ม.ล.ปิยะพงษ์ ณ เชียงใหม่ กล่าวเปิดงาน'))).toEqual(['ปิยะพงษ์ ณ เชียงใหม่']);
  });

  it('does not take "ณ" + venue as a surname', () => {
    expect(names(candidates('นายอดิศร ณ ทำเนียบรัฐบาล'))).toEqual(['อดิศร']);
  });

  it('stops a glued given name at a verb: a partial mention', () => {
    const [c] = candidates('นายอดิศรระบุว่า ฝนจะตกหนัก');
    expect(c).toMatchObject({ name: 'อดิศร', partial: true });
  });

  it('reads a transliterated name of up to four short parts with its Latin gloss', () => {
    const [c] = candidates('นายโอลิเวอร์ แกรนท์ (Oliver Grant) ผู้แทนธนาคาร ระบุว่า');
    expect(c).toMatchObject({ name: 'โอลิเวอร์ แกรนท์', aliases: [{ name: 'Oliver Grant' }] });
    const [v] = candidates('นางฝ่าม ถิ มาย ลิญ รองอธิบดี เปิดเผยว่า');
    expect(v?.name).toBe('ฝ่าม ถิ มาย ลิญ');
  });

  it('does not read a third word of a Thai name', () => {
    expect(names(candidates('นายสมปอง ใจเย็น อดีตกำนัน'))).toEqual(['สมปอง ใจเย็น']);
    expect(names(candidates('นายสมปอง ใจเย็น ชาวบ้าน ต.หนองบัว'))).toEqual(['สมปอง ใจเย็น']);
  });

  it('accepts a surname that begins like an adverb', () => {
    expect(names(candidates('นายอนันต์ ยังประภากร รองผู้ว่าการ กล่าว'))).toEqual(['อนันต์ ยังประภากร']);
    expect(names(candidates('นายอนันต์ ยังได้เชิญผู้แทน'))).toEqual(['อนันต์']);
  });

  it('reads a quoted nickname as an alias', () => {
    const [c] = candidates('นางสาวสุดา ทองแท้ หรือ “ปุ๊ก” เจ้าของร้าน');
    expect(c?.aliases.map((a) => a.name)).toEqual(['ปุ๊ก']);
  });

  it('ignores words that begin like honorifics', () => {
    const text = 'นายกสมาคมกล่าวว่า นายจ้างต้องจ่าย คุณภาพของสินค้าดีขึ้น นายอำเภอสั่งการ กำลังพล 200 นาย และวัดพระแก้ว';
    expect(candidates(text)).toEqual([]);
  });

  it('reads a romanized name after an honorific', () => {
    expect(names(candidates('นาย John Smith ผู้จัดการ'))).toEqual(['John Smith']);
  });

  it('reads dotted role abbreviations glued to a name like honorifics', () => {
    const [c] = candidates('ส.ส.วรวุฒิ มีสุข พรรคก้าวหน้า ยื่นกระทู้');
    expect(c).toMatchObject({ name: 'วรวุฒิ มีสุข', titles: ['ส.ส.'] });
  });

  it('ties a romanized family name after an honorific to the full name', () => {
    const out = persons('ประธาน Maria Lopez เปิดประชุม ต่อมานาย Lopez ยืนยันว่า');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'Maria Lopez', aliases: ['Lopez'] });
  });

  it('finds persons end to end with offsets', () => {
    const text = 'นางสาวอรพิน แสงทอง ผู้อำนวยการ กล่าวว่า อรพินจะเดินทางไปญี่ปุ่น';
    const [p] = persons(text);
    expect(p).toMatchObject({ name: 'อรพิน แสงทอง', aliases: ['อรพิน'] });
    expect(p!.mentions).toHaveLength(2);
  });
});

describe('honorific parser: a body after a title word', () => {
  it('reads no name when a faculty or an organization follows the title', () => {
    expect(names(persons('ผศ.ดร.วิไล ใจงาม อาจารย์คณะวิศวกรรมศาสตร์ มหาวิทยาลัยนเรศวร กล่าว'))).toEqual(['วิไล ใจงาม']);
    expect(names(persons('ขอบคุณอาจารย์กรมศิลปากร ทุกท่าน'))).toEqual([]);
  });
});

describe('honorific parser: English titles inside Thai text', () => {
  it('reads a romanized name after an English title when no role follows', () => {
    expect(names(persons('โดย Prof. Kenji Watanabe นักธรณีวิทยาชาวญี่ปุ่น ให้ข้อมูลว่า'))).toEqual(['Kenji Watanabe']);
    expect(names(persons('ร่วมกับ Assoc. Prof. Dr. Anna Berg จากสวีเดน'))).toEqual(['Anna Berg']);
  });
});
