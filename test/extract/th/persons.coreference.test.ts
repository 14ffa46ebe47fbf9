import { describe, expect, it } from 'vitest';
import { transliterationMatches } from '../../../src/stages/extract/persons/th/name.js';
import { persons } from './helpers.js';

describe('coreference refiner', () => {
  it('ties a later given-name mention to the full name', () => {
    const text = 'นายวิทยา ศรีทอง นายกเทศมนตรี เปิดเผยว่า น้ำลดแล้ว\n\nนายวิทยา กล่าวต่อว่า จะซ่อมถนนทันที';
    const [p] = persons(text);
    expect(p).toMatchObject({ name: 'วิทยา ศรีทอง', aliases: ['วิทยา'] });
    expect(p!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['วิทยา ศรีทอง', 'วิทยา']);
  });

  it('finds a bare given name at the start of a phrase or after a conjunction', () => {
    const text = 'นางสาวรัตนา ใจดี ประธานชมรม กล่าวว่า ชมรมพร้อมช่วยเหลือ\n\nรัตนาย้ำว่า ทุกคนต้องปลอดภัย ส่วนรัตนาเองก็ไปด้วย';
    const [p] = persons(text);
    expect(p!.mentions).toHaveLength(3);
  });

  it('ties one word of a transliterated name to the full name', () => {
    const text = 'นางเจิ่น ถิ หวาน รองอธิบดี รายงานว่า ตลาดโตขึ้น\n\nนางหวานระบุว่า ต้องเร่งตรวจสอบ';
    const [p] = persons(text);
    expect(p).toMatchObject({ name: 'เจิ่น ถิ หวาน', aliases: ['หวาน'] });
  });

  it('joins a romanized name with the Thai-script name it transliterates', () => {
    const text = 'รองนายกรัฐมนตรี Pham Minh Chinh เป็นประธานการประชุม\n\nรองนายกรัฐมนตรี ฝ่าม มิญ จิ๋ง กล่าวว่า การค้าเติบโต';
    const out = persons(text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'ฝ่าม มิญ จิ๋ง', aliases: ['Pham Minh Chinh'] });
  });

  it('keeps different people apart', () => {
    const out = persons('นายสมชาย ใจดี และนายสมศักดิ์ ใจดี ร่วมงาน');
    expect(out.map((p) => p.name)).toEqual(['สมชาย ใจดี', 'สมศักดิ์ ใจดี']);
  });

  it('drops a one-word name after a role when it matches nobody', () => {
    expect(persons('รองนายกรัฐมนตรี สมหมาย กล่าวว่า')).toEqual([]);
  });

  it('checks transliterations by word count and first consonants', () => {
    expect(transliterationMatches('Bui Thanh Son', 'บุย แทงห์ เซิน')).toBe(true);
    expect(transliterationMatches('Nguyen Van An', 'เหงียน วัน อาน')).toBe(true);
    expect(transliterationMatches('Vo Van Thuong', 'หวอ วัน ถื่อง')).toBe(true);
    expect(transliterationMatches('Bui Thanh Son', 'เล ถิ ลาน')).toBe(false);
    expect(transliterationMatches('Bui Thanh', 'บุย แทงห์ เซิน')).toBe(false);
  });

  it('orders persons by first mention', () => {
    const out = persons('นางมาลี สีทอง พบ นายดำรง แก้วใส\n\nนายดำรง ยืนยันว่า');
    expect(out.map((p) => p.name)).toEqual(['มาลี สีทอง', 'ดำรง แก้วใส']);
  });
});

describe('coreference: Thai-script family names of romanized names', () => {
  it('ties a Thai-script family name after a title to the one romanized name it spells', () => {
    const out = persons('ร่วมกับ Dr. Mark Evans จากอังกฤษ ขณะที่ ดร.อีแวนส์ยืนยันว่า ผลการทดลองดี');
    expect(out.map((p) => [p.name, p.aliases])).toEqual([['Mark Evans', ['อีแวนส์']]]);
  });

  it('keeps a Thai given name alone that does not spell the romanized family name', () => {
    const out = persons('ร่วมกับ Dr. Mark Evans จากอังกฤษ ขณะที่ นายประเสริฐกล่าวว่า ผลการทดลองดี');
    expect(out.map((p) => p.name)).toEqual(['Mark Evans', 'ประเสริฐ']);
  });
});
