import { describe, expect, it } from 'vitest';
import { names, persons } from './helpers.js';

describe('honorifics: segmenter cuts, stacked titles with spaces, roles that look like titles', () => {
  it('reads a civil honorific the segmenter cut inside after a glued word ("โดย|นา|ย…")', () => {
    const out = persons('การเจรจาครั้งนี้ โดยนายลิน ฮุ่ยเหมย ได้ลงนามแล้ว');
    expect(names(out)).toEqual(['ลิน ฮุ่ยเหมย']);
  });

  it('does not read นาย out of an ordinary word glued before a function word', () => {
    expect(persons('ชาวนายังคงรอฝนอยู่ที่ทุ่งนา')).toEqual([]);
  });

  it('stacks a rank and a degree written with a space', () => {
    expect(persons('พล.ท. ดร.ชยพล ศักดิ์สูง เป็นประธาน').map((p) => [p.name, p.titles[0]])).toEqual([['ชยพล ศักดิ์สูง', 'พล.ท. ดร.']]);
    expect(names(persons('พ.ต.ต.หญิง ดร.อรวรรณ ใจกล้า ระบุว่า'))).toEqual(['อรวรรณ ใจกล้า']);
  });

  it('keeps a provincial official role that begins with an honorific word as a title, not a name', () => {
    const out = persons('พญ.สุนิสา ทองสาย นายแพทย์สาธารณสุขจังหวัดน่าน กล่าวว่า ให้เฝ้าระวังโรค');
    expect(out.map((p) => [p.name, p.titles])).toEqual([['สุนิสา ทองสาย', ['พญ.', 'นายแพทย์สาธารณสุขจังหวัดน่าน']]]);
  });

  it('never reads a chunk with an administrative unit in it as a name', () => {
    expect(persons('นายแพทย์สาธารณสุขอำเภอเมืองได้ออกตรวจ')).toEqual([]);
  });

  it('takes provincial and district officials after a name as titles', () => {
    const out = persons('นายวิทยา วงศ์ใหญ่ เกษตรจังหวัดพิจิตร และนางปราณี สุขเย็น ท้องถิ่นจังหวัดพิจิตร ร่วมประชุม');
    expect(out.map((p) => [p.name, p.titles[1]])).toEqual([
      ['วิทยา วงศ์ใหญ่', 'เกษตรจังหวัดพิจิตร'],
      ['ปราณี สุขเย็น', 'ท้องถิ่นจังหวัดพิจิตร'],
    ]);
  });

  it('does not read a role abbreviation before a place or a portfolio as a person', () => {
    expect(persons('ผวจ.พะเยาได้สั่งการให้ทุกอำเภอเตรียมพร้อม')).toEqual([]);
    expect(persons('รมว.คลังกล่าวว่า จะไม่ขึ้นภาษี')).toEqual([]);
    expect(names(persons('ส.ส.ประเสริฐ แก้วกล้า อภิปราย'))).toEqual(['ประเสริฐ แก้วกล้า']);
  });
});

describe('transliterated names glossed in brackets', () => {
  it('reaches the bracket even where the segmenter finds Thai words inside the name', () => {
    const out = persons('นางสาวอนิตา ยังเกอร์ (Anita Younger) ผู้อำนวยการฝ่ายแผนงาน กล่าวว่า');
    expect(out.map((p) => [p.name, p.aliases])).toEqual([['อนิตา ยังเกอร์', ['Anita Younger']]]);
  });

  it('allows fewer Thai words than Latin ones (a Chinese given name written as one word)', () => {
    const out = persons('นายหวัง จื้อหมิง (Wang Zhi Ming) ประธานบริษัท เปิดเผยว่า');
    expect(out.map((p) => [p.name, p.aliases])).toEqual([['หวัง จื้อหมิง', ['Wang Zhi Ming']]]);
  });

  it('does not take a gloss whose first consonant does not fit', () => {
    const out = persons('นายสมพร ดีมาก (Director) กล่าว');
    expect(names(out)).toEqual(['สมพร ดีมาก']);
  });
});

describe('romanized company names are not persons', () => {
  it('drops a "name" after a role when the text writes it with a legal form', () => {
    const text = 'นายคาร์ลอส ซานโตส ประธานเจ้าหน้าที่บริหาร Rio Verde Foods ระบุว่า บริษัทร่วมทุนกับ Rio Verde Foods Ltd. แล้ว';
    expect(names(persons(text))).toEqual(['คาร์ลอส ซานโตส']);
  });

  it('keeps a romanized person after a role when no company is written', () => {
    expect(names(persons('ประธานเจ้าหน้าที่บริหาร Maria Santos ระบุว่า ยอดขายเพิ่มขึ้น'))).toEqual(['Maria Santos']);
  });
});
