import { describe, expect, it } from 'vitest';
import { orgs } from './helpers.js';

describe('gazetteer, institutions and suffix names', () => {
  it('finds international bodies by Thai name and Latin acronym, as one entity', () => {
    const text = 'ไทยได้รับการสนับสนุนจากองค์การอาหารและเกษตรแห่งสหประชาชาติ และ FAO ยังช่วยฝึกอบรม';
    const out = orgs(text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'องค์การอาหารและเกษตรแห่งสหประชาชาติ', aliases: ['FAO'] });
  });

  it('prefers the longer name that contains a gazetteer word', () => {
    const out = orgs('ประสานกับสำนักเลขาธิการอาเซียนแล้ว');
    expect(out.map((o) => o.name)).toEqual(['สำนักเลขาธิการอาเซียน']);
  });

  it('finds news agencies', () => {
    expect(orgs('สำนักข่าวซินหัวรายงานว่า').map((o) => o.name)).toEqual(['สำนักข่าวซินหัว']);
  });

  it('finds the Cabinet and parliaments', () => {
    const out = orgs('ตามมติคณะรัฐมนตรี (ครม.) และรัฐสภาเห็นชอบ ต่อมารัฐสภาญี่ปุ่นก็อนุมัติ ครม. จึงประกาศ');
    expect(out.map((o) => [o.name, o.aliases])).toEqual([
      ['คณะรัฐมนตรี', ['ครม.']],
      ['รัฐสภา', []],
      ['รัฐสภาญี่ปุ่น', []],
    ]);
  });

  it('reads a name written before มหาวิทยาลัย only when it is a name', () => {
    expect(orgs('นักวิจัย ศิลปากรมหาวิทยาลัย พบว่า').map((o) => o.name)).toEqual(['ศิลปากรมหาวิทยาลัย']);
    expect(orgs('ดูรายละเอียดทางเว็บไซต์ของมหาวิทยาลัย หรือโทร')).toEqual([]);
  });

  it('does not treat countries, cities and events as organizations', () => {
    expect(orgs('ประเทศไทย เวียดนาม และกรุงฮานอย เป็นเจ้าภาพการประชุมสุดยอดอาเซียน-ญี่ปุ่น')).toHaveLength(1); // อาเซียน only
  });
});
