import { describe, expect, it } from 'vitest';
import { acronymFits } from '../../../src/stages/extract/organizations/th/parsers/latinOrg.js';
import { names, orgs } from './helpers.js';

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

describe('Latin-script organizations and academic units', () => {
  it('reads an English name that spells its bracketed acronym', () => {
    expect(acronymFits(['Japan', 'External', 'Trade', 'Organization'], 'JETRO')).toBe(true);
    expect(acronymFits(['Bank', 'of', 'Thailand'], 'BOT')).toBe(true);
    expect(acronymFits(['Bank', 'of', 'Thailand'], 'BKT')).toBe(false);
    const out = orgs('ผลสำรวจของ Korea Trade Investment Promotion Agency (KOTRA) พบว่า');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'Korea Trade Investment Promotion Agency', aliases: ['KOTRA'] });
  });

  it('reads an English name by its head noun, not a facility', () => {
    expect(names(orgs('ร่วมมือกับ Royal Melbourne Institute of Technology ในการวิจัย'))).toEqual([]);
    expect(names(orgs('ร่วมมือกับ Asian Institute of Technology ในการวิจัย'))).toEqual([]);
    expect(names(orgs('ตามมาตรฐานของ International Rice Research Institute เมื่อปีก่อน'))).toEqual(['International Rice Research Institute']);
    expect(names(orgs('ผ่าน Smart Data Center แห่งใหม่'))).toEqual([]);
  });

  it('reads a faculty with its university as one body, its acronym form as the same body', () => {
    const text = 'คณะเภสัชศาสตร์ มหาวิทยาลัยเชียงใหม่ พัฒนายาใหม่\n\nนายสมปอง ดีงาม อาจารย์คณะเภสัชศาสตร์ มช. ระบุว่า';
    const out = orgs(text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'คณะเภสัชศาสตร์ มหาวิทยาลัยเชียงใหม่' });
    expect(out[0]!.aliases).toContain('คณะเภสัชศาสตร์ มช.');
  });

  it('reads only the university when the faculty is a person\'s affiliation', () => {
    expect(names(orgs('นายสมปอง ดีงาม อาจารย์คณะเภสัชศาสตร์ มหาวิทยาลัยเชียงใหม่ ระบุว่า'))).toEqual(['มหาวิทยาลัยเชียงใหม่']);
  });
});
