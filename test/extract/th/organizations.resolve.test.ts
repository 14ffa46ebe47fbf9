import { describe, expect, it } from 'vitest';
import { latinOfSpelled, thaiSpellings } from '../../../src/stages/extract/organizations/th/refiners/acronymLinks.js';
import { orgs } from './helpers.js';

describe('resolve refiner and acronyms', () => {
  it('cuts a name read into a verb phrase back to the clean form written elsewhere', () => {
    const text = 'กรมบัญชีกลางตีพิมพ์ประกาศใหม่\n\nโดยกรมบัญชีกลาง ระบุว่า';
    const [o] = orgs(text);
    expect(o!.name).toBe('กรมบัญชีกลาง');
    expect(o!.mentions).toHaveLength(2);
  });

  it('ends a name at an everyday verb unless a nominalizer makes it a noun', () => {
    expect(orgs('กรมบัญชีกลางโอนเงินแล้ว').map((o) => o.name)).toEqual(['กรมบัญชีกลาง']);
    expect(orgs('สำนักงานส่งเสริมการลงทุน ประกาศ').map((o) => o.name)).toEqual(['สำนักงานส่งเสริมการลงทุน']);
  });

  it('keeps a number after a unit word', () => {
    expect(orgs('ตำรวจภูธรภาค 5 ตั้งด่าน').map((o) => o.name)).toEqual(['ตำรวจภูธรภาค 5']);
  });

  it('takes a dotted acronym standing alone as an organization', () => {
    const text = 'ธปท. เผยว่า เศรษฐกิจฟื้นตัว ขณะที่ สคบ.ระบุว่า มีผู้ร้องเรียนมาก โทร. 1166';
    expect(orgs(text).map((o) => o.name)).toEqual(['ธปท.', 'สคบ.']);
  });

  it('does not take dates, units, titles or glued place abbreviations as acronyms', () => {
    const text = 'เมื่อ 5 ต.ค. 67 รถวิ่ง 20 กม. ไปที่ จ.เชียงใหม่ และที่ สภ.เมืองลำปาง ดร. สมชาย และ ผอ. ร.ร. ตามหนังสือที่ มท. 0808/123';
    expect(orgs(text)).toEqual([]);
  });

  it('ties a standalone acronym to the long form that gives it', () => {
    const text = 'สำนักงานคณะกรรมการคุ้มครองผู้บริโภค (สคบ.) เตือนภัย\n\nทั้งนี้ สคบ. ได้รับเรื่องแล้ว';
    const out = orgs(text);
    expect(out).toHaveLength(1);
    expect(out[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'สำนักงานคณะกรรมการคุ้มครองผู้บริโภค',
      'สคบ.',
      'สคบ.',
    ]);
  });

  it('merges a name with its form without the country word', () => {
    const out = orgs('กระทรวงการต่างประเทศญี่ปุ่น แถลงว่า กระทรวงการต่างประเทศ จะส่งทูต');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'กระทรวงการต่างประเทศญี่ปุ่น', aliases: ['กระทรวงการต่างประเทศ'] });
  });

  it('treats a month abbreviation next to a number as a date, not the body it also names', () => {
    const text = 'สำนักงานคณะกรรมการข้าราชการพลเรือน (ก.พ.) ประกาศผลสอบเมื่อ 3 ก.พ. 2568';
    const [o] = orgs(text);
    expect(o!.mentions).toHaveLength(2);
  });

  it('orders entities by first mention', () => {
    const out = orgs('มูลนิธิกระจกเงา และกรมสุขภาพจิต ร่วมกับมูลนิธิกระจกเงา');
    expect(out.map((o) => o.name)).toEqual(['มูลนิธิกระจกเงา', 'กรมสุขภาพจิต']);
  });
});

describe('acronym links by rule', () => {
  it('ties a Latin acronym to its Thai spelling ("ดีเอสไอ" = DSI) both ways', () => {
    expect(thaiSpellings('DSI')).toContain('ดีเอสไอ');
    expect(latinOfSpelled('บีโอไอ')).toBe('BOI');
    expect(latinOfSpelled('บ้านเรา')).toBeNull();
    const [o] = orgs('กรมศุลกากร (CD) ตรวจพบ\n\nต่อมาซีดีได้แจ้งว่า');
    expect(o!.aliases).toEqual(expect.arrayContaining(['CD', 'ซีดี']));
    const [p] = orgs('สำนักงานพัฒนาเทคโนโลยีอวกาศ (จิสด้า) ระบุ');
    expect(p!.name).toBe('สำนักงานพัฒนาเทคโนโลยีอวกาศ');
  });

  it('ties a standalone dotted acronym to the one name whose words it abbreviates', () => {
    const out = orgs('ร่วมกับมหาวิทยาลัยนเรศวร จัดงาน\n\nทั้งนี้ มน. จะเปิดหลักสูตรใหม่');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'มหาวิทยาลัยนเรศวร', aliases: ['มน.'] });
    // Consonants out of order: no link.
    expect(orgs('ร่วมกับมหาวิทยาลัยนเรศวร จัดงาน\n\nทั้งนี้ นม. จะเปิด')).toHaveLength(2);
  });
});
