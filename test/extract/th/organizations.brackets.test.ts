import { describe, expect, it } from 'vitest';
import { orgs } from './helpers.js';

describe('bracket and "หรือ" aliases', () => {
  it('ties a dotted Thai acronym to its long form and finds it again later', () => {
    const text = 'สำนักงานคณะกรรมการอาหารและยา (อย.) เตือนประชาชน\n\nทั้งนี้ อย. จะตรวจสอบร้านค้า';
    const [o] = orgs(text);
    expect(o).toMatchObject({ name: 'สำนักงานคณะกรรมการอาหารและยา', aliases: ['อย.'] });
    expect(o!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['สำนักงานคณะกรรมการอาหารและยา', 'อย.', 'อย.']);
  });

  it('reads "(type word + acronym)" and a later "type word + acronym"', () => {
    const text = 'สำนักงานคณะกรรมการข้าราชการพลเรือน (สำนักงาน ก.พ.) แจ้งว่า\n\nผู้สมัครติดต่อได้ที่อาคารสำนักงาน ก.พ. ชั้น 2';
    const [o] = orgs(text);
    expect(o!.aliases).toEqual(['สำนักงาน ก.พ.', 'ก.พ.']);
    expect(o!.mentions.map((m) => text.slice(m.start, m.end))).toContain('สำนักงาน ก.พ.');
  });

  it('gives the bare acronym to the body that owns it, not to its office', () => {
    const text = 'คณะกรรมการการเลือกตั้ง (กกต.) ประชุมแล้ว สำนักงานคณะกรรมการการเลือกตั้ง (สำนักงาน กกต.) แจ้งว่า กกต. จะประกาศผล';
    const out = orgs(text);
    expect(out.map((o) => [o.name, o.aliases])).toEqual([
      ['คณะกรรมการการเลือกตั้ง', ['กกต.']],
      ['สำนักงานคณะกรรมการการเลือกตั้ง', ['สำนักงาน กกต.']],
    ]);
    expect(out[0]!.mentions).toHaveLength(3);
  });

  it('ties Latin acronyms and names in brackets, and aliases after หรือ', () => {
    const text = 'สถาบันวิจัยเพื่อการพัฒนาประเทศไทย (TDRI) และสำนักงานส่งเสริมเศรษฐกิจดิจิทัล (องค์การมหาชน) หรือ ดีป้า. ร่วมกัน';
    const out = orgs(text);
    expect(out[0]).toMatchObject({ name: 'สถาบันวิจัยเพื่อการพัฒนาประเทศไทย', aliases: ['TDRI'] });
    expect(out[1]!.name).toBe('สำนักงานส่งเสริมเศรษฐกิจดิจิทัล (องค์การมหาชน)');
  });

  it('makes an organization of a name given a dotted acronym', () => {
    const text = 'ประกาศให้องค์กรปกครองทั้งหมด และกรุงเทพมหานคร (กทม.) ปิดโรงเรียน\n\nกทม. ยังแจ้งว่า';
    const out = orgs(text);
    expect(out.map((o) => o.name)).toEqual(['กรุงเทพมหานคร']);
    expect(out[0]!.mentions).toHaveLength(3);
  });

  it('ignores brackets that are not organizations', () => {
    expect(orgs('ร่างพระราชบัญญัติอากาศสะอาด (พ.ร.บ.) และค่าฝุ่น (PM2.5) ผู้บัญชาการตำรวจแห่งชาติ (ผบ.ตร.)')).toEqual([]);
  });
});
