import { describe, expect, it } from 'vitest';
import { names, orgs } from './helpers.js';

const one = (text: string) => orgs(text).map((o) => [o.name, o.aliases]);

describe('provincial bodies', () => {
  it('reads a committee named for its purpose when the name says whose it is', () => {
    expect(names(orgs('ประชุมคณะกรรมการให้ความช่วยเหลือผู้ประสบอุทกภัยจังหวัดพิจิตร เมื่อเช้านี้'))).toEqual([
      'คณะกรรมการให้ความช่วยเหลือผู้ประสบอุทกภัยจังหวัดพิจิตร',
    ]);
  });

  it('does not read a committee giving something as a name', () => {
    expect(orgs('คณะกรรมการให้ความเห็นชอบแผนงานแล้ว')).toEqual([]);
  });

  it('keeps a verb made a noun by ผู้ / การ inside a name', () => {
    expect(names(orgs('กองทุนเพื่อผู้ประสบภัยแล้งจะจ่ายเงิน'))).toEqual(['กองทุนเพื่อผู้ประสบภัยแล้ง']);
  });

  it('ends an office named after a province at the province when an unknown verb is glued on', () => {
    expect(names(orgs('โครงการชลประทานพิจิตรผันน้ำเข้าคลอง'))).toEqual(['โครงการชลประทานพิจิตร']);
    expect(names(orgs('สำนักงานปศุสัตว์จังหวัดเลยฉีดวัคซีนให้โค'))).toEqual(['สำนักงานปศุสัตว์จังหวัดเลย']);
  });

  it('does not cut a university at a place word inside its name', () => {
    expect(names(orgs('มหาวิทยาลัยสงขลานครินทร์จัดงานใหญ่'))).toEqual(['มหาวิทยาลัยสงขลานครินทร์']);
  });

  it('keeps a numbered area after the name', () => {
    expect(names(orgs('ร่วมกับสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาน่าน เขต 3 จัดอบรม'))).toEqual([
      'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาน่าน เขต 3',
    ]);
  });
});

describe('companies', () => {
  it('reads a securities firm named with จำกัด and ties its dotted short name', () => {
    expect(one('บริษัทหลักทรัพย์ รุ่งอรุณ จำกัด (บล.รุ่งอรุณ) แนะนำซื้อ')).toEqual([
      ['บริษัทหลักทรัพย์ รุ่งอรุณ จำกัด', ['บล.รุ่งอรุณ', 'รุ่งอรุณ']],
    ]);
  });

  it('does not read a generic securities firm or insurer as a name', () => {
    expect(orgs('บริษัทหลักทรัพย์รายใหญ่หลายแห่งปรับลดเป้าหมาย')).toEqual([]);
    expect(orgs('บริษัทประกันภัย ต่างปรับเบี้ย')).toEqual([]);
  });

  it('keeps the dot of a company known by a dotted acronym, with its ticker', () => {
    expect(one('บมจ.กฟก. (EGCO) แจ้งว่ากำไรเพิ่มขึ้น')).toEqual([['บมจ.กฟก.', ['EGCO', 'กฟก.']]]);
  });

  it('reads a Latin-script company with its legal form and finds the short form later', () => {
    const out = orgs('บริษัทลงนามกับ Mekong Fresh Foods Pte. Ltd. เมื่อวาน โดย Mekong Fresh Foods จะถือหุ้น 40%');
    expect(out.map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([['Mekong Fresh Foods Pte. Ltd.', ['Mekong Fresh Foods'], 2]]);
  });

  it('does not take the words after แห่ง as a short form', () => {
    expect(one('ตลาดหลักทรัพย์แห่งประเทศไทย (ตลท.) รายงานว่า')).toEqual([['ตลาดหลักทรัพย์แห่งประเทศไทย', ['ตลท.']]]);
  });

  it('does not read the board of a company as an organization', () => {
    expect(orgs('คณะกรรมการบริษัทมีมติจ่ายปันผล')).toEqual([]);
  });

  it('does not read a facility as an organization', () => {
    expect(orgs('สร้างศูนย์กระจายสินค้าแห่งใหม่และศูนย์การเรียนรู้ในชุมชน')).toEqual([]);
  });
});

describe('international bodies and English glosses', () => {
  it('ties an English name and its acronym written with a colon', () => {
    expect(one('กรมทรัพยากรน้ำ (Department of Water Resources: DWR) แจ้งว่า')).toEqual([
      ['กรมทรัพยากรน้ำ', ['Department of Water Resources', 'DWR']],
    ]);
  });

  it('reads a type word + a known body, and its country office, as that body', () => {
    const out = orgs('ผู้แทนองค์การยูนิเซฟประจำประเทศไทย และองค์การอนามัยโลกประจำประเทศลาว ร่วมประชุม');
    expect(names(out)).toEqual(['องค์การยูนิเซฟ', 'องค์การอนามัยโลก']);
  });

  it('does not read another body\'s posted office as an organization of its own', () => {
    expect(names(orgs('ผู้อำนวยการสำนักงานผู้แทนประจำประเทศไทยของ WHO กล่าว'))).toEqual(['WHO']);
  });

  it('keeps an embassy posted to a country whole, with no short form without the country', () => {
    expect(one('สถานเอกอัครราชทูตแคนาดาประจำประเทศไทย จัดงาน')).toEqual([['สถานเอกอัครราชทูตแคนาดาประจำประเทศไทย', []]]);
  });
});
