import { describe, expect, it } from 'vitest';
import { parseGluedRoleNames, parseLatinBeforeRole, parseRoleNames } from '../../../src/stages/extract/persons/th/parsers/roleName.js';
import { ThaiText } from '../../../src/stages/extract/persons/th/thai/text.js';
import { names, persons, whole } from './helpers.js';

const doc = (text: string) => new ThaiText(text, whole(text));

describe('role + name parser', () => {
  it('reads a Latin-script name after a role', () => {
    const text = 'ในพิธีเปิด รองนายกรัฐมนตรี Le Minh Khai ได้กล่าวต้อนรับ';
    const [c] = parseRoleNames(doc(text));
    expect(c).toMatchObject({ name: 'Le Minh Khai', latin: true, titles: ['รองนายกรัฐมนตรี'] });
    expect(text.slice(c!.start, c!.end)).toBe('Le Minh Khai');
  });

  it('reads a transliterated name up to the next verb', () => {
    const text = 'รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เจิ่น ห่ง ห่า กล่าวว่า การผลิตฟื้นตัว';
    const [c] = parseRoleNames(doc(text));
    expect(c).toMatchObject({ name: 'เจิ่น ห่ง ห่า', partial: false });
    expect(text.slice(c!.start, c!.end)).toBe('เจิ่น ห่ง ห่า');
  });

  it('reads a Thai name after a title made of two roles', () => {
    const text = 'รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง ประยูร ศรีสมบัติ ได้ชี้แจงว่า';
    expect(names(parseRoleNames(doc(text)))).toEqual(['ประยูร ศรีสมบัติ']);
  });

  it('needs a closing context: a role followed by ordinary words is not a name', () => {
    expect(parseRoleNames(doc('รองนายกรัฐมนตรี ยืนยันว่า ทุกอย่างเรียบร้อย'))).toEqual([]);
    expect(parseRoleNames(doc('ประธาน คณะกรรมการ ชุดใหม่'))).toEqual([]);
    expect(parseRoleNames(doc('รองนายกรัฐมนตรีได้เสนอแนะ Tran Van Son'))).toEqual([]);
    expect(parseRoleNames(doc('รองประธาน Vinamilk กล่าวว่า'))).toEqual([]); // one Latin word: a company
  });

  it('reads a romanized name before a role', () => {
    expect(names(parseLatinBeforeRole(doc('Somsak Chaidee ผู้อำนวยการโรงเรียน กล่าวว่า')))).toEqual(['Somsak Chaidee']);
  });

  it('reads a head of government glued to the name', () => {
    const d = doc('นายกรัฐมนตรีเศรษฐา ทวีสิน เดินทางถึงโตเกียว ส่วนนายกรัฐมนตรีญี่ปุ่นยังไม่ให้ความเห็น');
    expect(names(parseGluedRoleNames(d))).toEqual(['เศรษฐา ทวีสิน']);
    expect(parseGluedRoleNames(doc('ประธานาธิบดีคนใหม่ของเปรู'))).toEqual([]);
  });

  it('collects the role as a title', () => {
    const [p] = persons('เอกอัครราชทูตออสเตรเลียประจำประเทศไทย Angela Macdonald เข้าพบรัฐมนตรี');
    expect(p).toMatchObject({ name: 'Angela Macdonald', titles: ['เอกอัครราชทูตออสเตรเลียประจำประเทศไทย'] });
  });
});
