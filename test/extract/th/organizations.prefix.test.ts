import { describe, expect, it } from 'vitest';
import { parsePrefixNames } from '../../../src/stages/extract/organizations/th/parsers/prefixNames.js';
import { ThaiText } from '../../../src/stages/extract/persons/th/thai/text.js';
import { names, orgs, whole } from './helpers.js';

const parse = (text: string) => names(parsePrefixNames(new ThaiText(text, whole(text))));

describe('prefix parser: where a name ends', () => {
  it('ends at a space', () => {
    expect(parse('ผู้แทนกรมการค้าภายใน กระทรวงพาณิชย์ เข้าร่วม')).toEqual(['กรมการค้าภายใน', 'กระทรวงพาณิชย์']);
  });

  it('ends at a glued verb or function word', () => {
    expect(parse('กรมประมงจะออกประกาศ')).toEqual(['กรมประมง']);
    expect(parse('สมาคมผู้ผลิตน้ำตาลไทยคาดการณ์ว่าราคาจะลดลง')).toEqual(['สมาคมผู้ผลิตน้ำตาลไทย']);
    expect(parse('โดยมีสถาบันวิจัยข้าวให้การสนับสนุน')).toEqual(['สถาบันวิจัยข้าว']);
  });

  it('keeps words that occur inside names', () => {
    expect(parse('ร่วมกับกรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ เมื่อวาน')).toEqual(['กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ']);
    expect(parse('มูลนิธิเพื่อการศึกษาชนบท ได้มอบทุน')).toEqual(['มูลนิธิเพื่อการศึกษาชนบท']);
    expect(parse('การประปาส่วนภูมิภาคแจ้งว่า')).toEqual(['การประปาส่วนภูมิภาค']);
  });

  it('ends after a country word that is not the first word', () => {
    expect(parse('สมาคมผู้ค้าปลีกไทยเรียกร้องให้')).toEqual(['สมาคมผู้ค้าปลีกไทย']);
    expect(parse('ธนาคารไทยเครดิต จะเปิดสาขา')).toEqual(['ธนาคารไทยเครดิต']);
  });

  it('lets "ของ" through only up to a bracketed acronym', () => {
    expect(parse('องค์การพัฒนาระหว่างประเทศของเกาหลี (KOICA) ให้ทุน')).toEqual(['องค์การพัฒนาระหว่างประเทศของเกาหลี']);
    expect(parse('กระทรวงการคลังของญี่ปุ่นแถลง')).toEqual(['กระทรวงการคลัง']);
  });

  it('keeps an ordinal after the name', () => {
    expect(parse('กองพลทหารราบที่ 9 และกองทัพภาคที่ 2 ส่งกำลัง')).toEqual(['กองทัพภาคที่ 2']);
  });

  it('extends over จำกัด (มหาชน), (องค์การมหาชน) and company words separated by spaces', () => {
    expect(parse('บริษัท ไทยเบฟ อินเตอร์ จำกัด (มหาชน) แจ้ง')).toEqual(['บริษัท ไทยเบฟ อินเตอร์ จำกัด (มหาชน)']);
    expect(parse('ธนาคารออมสิน จำกัด ได้')).toEqual(['ธนาคารออมสิน จำกัด']);
    expect(parse('สำนักงานนวัตกรรมแห่งชาติ (องค์การมหาชน) จัดงาน')).toEqual(['สำนักงานนวัตกรรมแห่งชาติ (องค์การมหาชน)']);
    expect(parse('บริษัท Siam Makro จำกัด (มหาชน) ระบุ')).toEqual(['บริษัท Siam Makro จำกัด (มหาชน)']);
  });

  it('joins a second ministry portfolio written after a space', () => {
    expect(parse('กระทรวงแรงงาน ทหารผ่านศึกและสังคม เวียดนาม')).toEqual(['กระทรวงแรงงาน ทหารผ่านศึกและสังคม']);
  });

  it('rejects bare or generic type words', () => {
    expect(parse('ประสานงานกับกระทรวง ภาคส่วน และหน่วยงาน')).toEqual([]);
    expect(parse('กระทรวงต่างๆ ให้ความร่วมมือ สมาคมฯ ยินดี บริษัทเอกชนหลายแห่ง')).toEqual([]);
    expect(parse('สภาพอากาศแปรปรวน กรมธรรม์ประกันภัย ศาลาประชาคม')).toEqual([]);
    expect(parse('กระทรวงและสาขาต่างๆ')).toEqual([]);
  });

  it('rejects branches, venues and ordinary phrases with enterprise words', () => {
    expect(parse('ติดต่อสำนักงานขอนแก่นได้')).toEqual([]);
    expect(parse('อบรมที่ศูนย์ฝึกอาชีพ จังหวัดน่าน')).toEqual([]);
    expect(parse('ส่งเสริมการท่องเที่ยวชุมชน')).toEqual([]);
  });

  it('gives company short forms as aliases', () => {
    const [o] = orgs('บริษัท ไทยเบฟ อินเตอร์ จำกัด (มหาชน) แจ้งผลกำไร');
    expect(o).toMatchObject({ name: 'บริษัท ไทยเบฟ อินเตอร์ จำกัด (มหาชน)', aliases: ['ไทยเบฟ อินเตอร์'] });
  });
});

describe('prefix parser: name shapes beyond a glued chunk', () => {
  it('reads a party name made of ordinary words up to a clause word', () => {
    expect(parse('โฆษกพรรครวมพลังก้าวหน้าเพื่อชาติ กล่าวว่า')).toEqual(['พรรครวมพลังก้าวหน้าเพื่อชาติ']);
    expect(parse('พรรคจะเสนอร่างกฎหมาย')).toEqual([]);
  });

  it('keeps "ในประเทศไทย" after an association of foreigners', () => {
    expect(parse('นายกสมาคมนักธุรกิจเกาหลีในประเทศไทย เปิดเผย')).toEqual(['สมาคมนักธุรกิจเกาหลีในประเทศไทย']);
    expect(parse('สมาคมผู้ส่งออกในประเทศ ระบุ')).toEqual(['สมาคมผู้ส่งออก']);
  });

  it('runs over a count and a list up to the bracketed acronym that closes the name', () => {
    expect(parse('คณะกรรมการร่วมภาครัฐ 4 ฝ่าย (กรร.) ประชุม')).toEqual(['คณะกรรมการร่วมภาครัฐ 4 ฝ่าย']);
    expect(parse('กองทุนเพื่อต่อสู้โรคไข้เลือดออก ไข้ซิกา และชิคุนกุนยา (DZC Fund) ให้ทุน')).toEqual([
      'กองทุนเพื่อต่อสู้โรคไข้เลือดออก ไข้ซิกา และชิคุนกุนยา',
    ]);
    expect(parse('กรมประมง ชลบุรี และระยอง ร่วมกัน')).toEqual(['กรมประมง']);
  });

  it('reads a type word glued after a function word', () => {
    expect(parse('จึงขอให้การไฟฟ้านครหลวง ตรึงค่าไฟ')).toEqual(['การไฟฟ้านครหลวง']);
    expect(parse('ที่ประชุมขอให้การท่องเที่ยวเป็นวาระแห่งชาติ')).toEqual([]);
  });

  it('ends at a verb of treatment or raid after the type word', () => {
    expect(parse('โรงพยาบาลรักษาผู้ป่วยได้ 300 ราย')).toEqual([]);
    expect(parse('บริษัทโฆษณาว่าได้รับอนุญาต')).toEqual([]);
  });

  it('reads working groups', () => {
    expect(parse('คณะทำงานแก้ไขปัญหาหมอกควันจังหวัดน่าน มีมติ')).toEqual(['คณะทำงานแก้ไขปัญหาหมอกควันจังหวัดน่าน']);
    expect(parse('คณะทำงานแก้ไขปัญหาหมอกควันต่อไป')).toEqual([]);
    expect(parse('กรมเร่งแก้ไขปัญหาจังหวัดน่าน')).toEqual([]);
  });

  it('gives short forms: a shortened type word, a subsidiary without its country', () => {
    const [police] = orgs('กองบังคับการตำรวจทางหลวง (บก.ทล.) ตั้งด่าน');
    expect(police!.aliases).toContain('กองตำรวจทางหลวง');
    const text = 'บริษัท ซันไรส์ โซลาร์ (ประเทศไทย) จำกัด ลงทุน ขณะที่ซันไรส์ โซลาร์ ยืนยันแผนเดิม';
    const [firm] = orgs(text);
    expect(firm).toMatchObject({ name: 'บริษัท ซันไรส์ โซลาร์ (ประเทศไทย) จำกัด' });
    expect(firm!.aliases).toContain('ซันไรส์ โซลาร์');
    expect(firm!.mentions).toHaveLength(2);
  });
});
