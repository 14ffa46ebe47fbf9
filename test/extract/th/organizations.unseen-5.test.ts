/** Thai organization rules added with the fifth round of unseen-layout fixtures. Invented snippets only. */
import { describe, expect, it } from 'vitest';
import { names, orgs } from './helpers.js';

describe('a government body named for a field that is also a state-enterprise word', () => {
  it('reads "กรม" + "การท่องเที่ยว" as a department, also glued to a verb', () => {
    expect(names(orgs('กรมการท่องเที่ยวจะเร่งตรวจมาตรฐานที่พัก'))).toEqual(['กรมการท่องเที่ยว']);
    expect(names(orgs('ทั้งนี้ กรมการท่องเที่ยวได้ร่วมกับการท่องเที่ยวแห่งประเทศไทย (ททท.) จัดอบรม'))).toEqual([
      'กรมการท่องเที่ยว',
      'การท่องเที่ยวแห่งประเทศไทย',
    ]);
  });

  it('still reads a state-enterprise word alone after a non-government type word as generic', () => {
    expect(names(orgs('นักวิชาการจากศูนย์การท่องเที่ยวชี้ว่าราคาสูงขึ้น'))).not.toContain('ศูนย์การท่องเที่ยว');
  });
});

describe('where a name glued to a verb ends', () => {
  it('stops at "ใช้" unless a nominalizer makes it a noun', () => {
    expect(names(orgs('ข้อมูลจะส่งให้กองทัพเรือใช้ประกอบการค้นหาผู้สูญหาย'))).toEqual(['กองทัพเรือ']);
    expect(names(orgs('สมาคมผู้ใช้น้ำบาดาลแห่งประเทศไทยเสนอให้ปรับค่าธรรมเนียม'))).toEqual(['สมาคมผู้ใช้น้ำบาดาลแห่งประเทศไทย']);
  });
});

describe('not organizations', () => {
  it('a telecom network', () => {
    expect(orgs('อุปกรณ์ส่งสัญญาณผ่านเครือข่ายโทรศัพท์เคลื่อนที่ทุก 15 นาที')).toEqual([]);
  });

  it('every office of a kind, with the sentence going on after the scope word', () => {
    expect(orgs('ติดต่อได้ที่สำนักงานประมงอำเภอทุกแห่งในวันและเวลาราชการ')).toEqual([]);
    expect(orgs('แจ้งได้ที่สำนักงานเกษตรจังหวัดทุกแห่ง')).toEqual([]);
  });
});
