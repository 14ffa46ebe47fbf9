import { describe, expect, it } from 'vitest';
import { parsePrefixNames } from '../../../src/stages/extract/organizations/th/parsers/prefixNames.js';
import { ThaiText } from '../../../src/stages/extract/persons/th/thai/text.js';
import { names, orgs, whole } from './helpers.js';

const parse = (text: string) => names(parsePrefixNames(new ThaiText(text, whole(text))));

describe('precision: generic uses of a type word', () => {
  it('refuses a type word followed by a quantity, determiner, scope word or verb', () => {
    expect(parse('ย้ายไปสังกัดพรรคใหม่ภายใน 60 วัน')).toEqual([]);
    expect(parse('สมาชิกของพรรคจำนวน 27 คน')).toEqual([]);
    expect(parse('นักเรียนจากโรงเรียนทั่ว 77 จังหวัด')).toEqual([]);
    expect(parse('พบว่าพรรครับเงินบริจาคจากต่างชาติ')).toEqual([]);
    expect(parse('เส้นทางสู่สโมสรอาชีพ')).toEqual([]);
    expect(parse('บริษัทขนาดใหญ่หลายแห่ง')).toEqual([]);
    expect(parse('โรงเรียนส่วนใหญ่เปิดเรียน พรรคฝ่ายรัฐบาล สำนักงานแห่งใหม่ ศาลชั้นต้นพิพากษา')).toEqual([]);
    expect(parse('ศาลปกครองสูงสุดพิพากษาว่า')).toEqual(['ศาลปกครองสูงสุด']);
  });

  it('refuses a coined party name that begins with a function word', () => {
    expect(parse('พรรคพร้อมสู้ตามกระบวนการ พรรคยังมีเสียงข้างมาก')).toEqual([]);
    expect(parse('รองโฆษกพรรครวมไทยสร้างชาติ กล่าว')).toEqual(['พรรครวมไทยสร้างชาติ']);
  });

  it('refuses ad-hoc inquiry panels', () => {
    expect(names(orgs('คณะกรรมการสืบสวนและไต่สวนที่ กกต.แต่งตั้งขึ้น'))).not.toContain('คณะกรรมการสืบสวนและไต่สวน');
  });

  it('reads an institution after a building word as the building', () => {
    expect(names(orgs('ให้สัมภาษณ์ที่อาคารรัฐสภาว่า พรรคพร้อมสู้'))).toEqual([]);
    expect(names(orgs('เตรียมชุมนุมหน้ารัฐสภาในวันพรุ่งนี้'))).toEqual([]);
    expect(names(orgs('เรียกร้องให้รัฐสภาเร่งพิจารณา'))).toEqual(['รัฐสภา']);
  });
});

describe('precision: where a name ends', () => {
  it('ends at verbs of deliberating, scheduling, winning, tightening', () => {
    expect(parse('กรมการค้าภายในพิจารณามาตรการชดเชย')).toEqual(['กรมการค้าภายใน']);
    expect(parse('กระทรวงคมนาคมนัดประชุมร่วม')).toEqual(['กระทรวงคมนาคม']);
    expect(parse('เสนอให้กรมทรัพยากรน้ำบาดาลเข้มงวดการออกใบอนุญาต')).toEqual(['กรมทรัพยากรน้ำบาดาล']);
    expect(parse('ขอให้กรมสวัสดิการและคุ้มครองแรงงานเข้ามาชี้แจง')).toEqual(['กรมสวัสดิการและคุ้มครองแรงงาน']);
  });

  it('does not end with a joiner', () => {
    expect(parse('ยื่นคำร้องต่อศาลรัฐธรรมนูญเพื่อพิจารณาสั่งยุบพรรค')).toEqual(['ศาลรัฐธรรมนูญ']);
    expect(parse('มูลนิธิเพื่อการศึกษาชนบท ได้มอบทุน')).toEqual(['มูลนิธิเพื่อการศึกษาชนบท']);
  });

  it('ends ภายใน before a number after a space', () => {
    expect(parse('จะยื่นคำชี้แจงต่อศาลภายใน 15 วัน')).toEqual([]);
  });

  it('splits two names joined by และ + type word, but not a portfolio or a bracketed long name', () => {
    expect(parse('โดยสโมสรฟุตซอลสุพรรณซิตี้และสโมสรฟุตซอลลำปางวอริเออร์ตอบรับแล้ว')).toEqual([
      'สโมสรฟุตซอลสุพรรณซิตี้',
      'สโมสรฟุตซอลลำปางวอริเออร์',
    ]);
    expect(parse('กระทรวงเกษตรและสหกรณ์จะหารือ')).toEqual(['กระทรวงเกษตรและสหกรณ์']);
    expect(parse('ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.) ระบุ')).toEqual(['ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร']);
    expect(parse('กระทรวงวัฒนธรรม กีฬาและการท่องเที่ยวเวียดนาม ระบุ')).toEqual(['กระทรวงวัฒนธรรม กีฬาและการท่องเที่ยวเวียดนาม']);
  });

  it('keeps a country word inside a name its bracketed alias closes', () => {
    expect(parse('บริษัทรถไฟญี่ปุ่นตะวันออก (JR East) พร้อมส่ง')).toEqual(['บริษัทรถไฟญี่ปุ่นตะวันออก']);
    expect(parse('สมาคมผู้ส่งออกข้าวไทยคาดการณ์ว่า')).toEqual(['สมาคมผู้ส่งออกข้าวไทย']);
  });

  it('reads a generic type phrase + name + จำกัด as a registered body', () => {
    const found = orgs('นายบุญเลิศ ประธานสหกรณ์การเกษตรบางระจัน จำกัด กล่าวว่า สมาชิกสหกรณ์กว่า 1,200 ราย');
    expect(names(found)).toEqual(['สหกรณ์การเกษตรบางระจัน จำกัด']);
    expect(found[0]!.aliases).toContain('สหกรณ์การเกษตรบางระจัน');
    expect(parse('สหกรณ์การเกษตรในพื้นที่')).toEqual([]);
  });

  it('reads clubs and community enterprises as organizations', () => {
    expect(parse('ส่วนวิสาหกิจชุมชนกลุ่มเกษตรอินทรีย์บ้านหนองแซง จังหวัดชัยนาท')).toEqual(['วิสาหกิจชุมชนกลุ่มเกษตรอินทรีย์บ้านหนองแซง']);
  });
});

describe('precision: names cut back to a clean form written elsewhere', () => {
  it('cuts a trailing word off a name that ends at a space', () => {
    const text = 'สั่งยุบพรรคเสรีประชาธรรม หลังพบว่า เข้าบัญชีของพรรคเสรีประชาธรรมรวม 6 ครั้ง';
    const found = orgs(text);
    expect(names(found)).toEqual(['พรรคเสรีประชาธรรม']);
    expect(found[0]!.mentions).toHaveLength(2);
  });

  it('cuts a name after a type word back to the clean name inside it', () => {
    const text = 'คณะกรรมการการเลือกตั้ง (กกต.) มีมติ และพรรคได้ส่งเอกสารให้สำนักงานคณะกรรมการการเลือกตั้งครบถ้วนแล้ว';
    expect(names(orgs(text))).toEqual(['คณะกรรมการการเลือกตั้ง', 'สำนักงานคณะกรรมการการเลือกตั้ง']);
  });
});
