/**
 * Thai page layouts added in the fourth round of unseen-layout fixtures: an overseas trade office's market brief
 * scraped to text (a record's info block of "label : value" rows under the headline), a government print-view page,
 * and an association's site-builder blog (emoji-bulleted follow lines in the post, a body sentence with "ภายในวันที่").
 * Small invented snippets only.
 */
import { describe, expect, it } from 'vitest';
import { visibleDate } from '../../src/stages/strip/common/dateline.js';
import { labelBefore } from '../../src/stages/strip/common/dates.js';
import { furnitureKind, isMetaLine } from '../../src/stages/strip/common/lines.js';
import { effectiveLength } from '../../src/stages/strip/common/normalize.js';
import { stripText } from '../../src/stages/strip/text/index.js';

const P1 =
  'ผู้ค้าปลีกในต่างประเทศรายหนึ่งรายงานว่ายอดขายข้าวเหนียวมะม่วงพร้อมรับประทานเพิ่มขึ้นเกือบเท่าตัว เนื่องจากผู้บริโภครุ่นใหม่นิยมซื้อของหวานแช่แข็งผ่านแอปพลิเคชันและเก็บไว้รับประทานได้นาน';
const P2 =
  'ผู้นำเข้าระบุว่าจะเพิ่มคำสั่งซื้อจากผู้ผลิตไทยอีกหลายราย โดยต้องการบรรจุภัณฑ์ขนาดเล็กที่มีฉลากภาษาท้องถิ่น และขอให้ผู้ส่งออกแสดงใบรับรองมาตรฐานโรงงานก่อนเจรจาสัญญาฉบับใหม่';

const para = (text: string) => ({ text, length: effectiveLength(text), linkLength: 0 });

describe('emoji set as bullets before chrome lines', () => {
  it.each(['📲 ติดตามข่าวสารสมาคมได้ที่ LINE OA : @examplethai', '👉 ติดตามเราได้ที่ Facebook : ชมรมตัวอย่าง'])('%s is a follow line', (line) =>
    expect(furnitureKind(line)).toBe('promo'),
  );

  it('reads a "Platform : page" row behind an emoji', () => {
    expect(furnitureKind('👍 Facebook : สมาคมผู้ค้าตัวอย่างแห่งประเทศไทย')).toBe('promo');
  });

  it('keeps a body sentence that opens with an emoji', () => {
    expect(furnitureKind(`📌 ${P1}`)).toBeNull();
  });
});

describe('Thai date labels glued to the word before them', () => {
  it('reads "ภายในวันที่" and "เมื่อวันที่" as prose, not labels', () => {
    expect(labelBefore('สมัครได้ที่สำนักงานภายในวันที่ ')).toBeNull();
    expect(labelBefore('เมื่อวันที่ ')).toBeNull();
  });

  it('still reads labels that start a field', () => {
    expect(labelBefore('วันที่ ')).toBe('other');
    expect(labelBefore('ข่าว | วันที่ ')).toBe('other');
    expect(labelBefore('ลงวันที่ ')).toBe('published');
    expect(labelBefore('วันที่เผยแพร่ : ')).toBe('published');
  });

  it('does not date a page from a deadline in the last body paragraph', () => {
    const deadline = 'ผู้สนใจสมัครได้ที่ฝ่ายเลขานุการภายในวันที่ 28 กุมภาพันธ์ 2568';
    const paras = [para('หัวข้อข่าวตัวอย่างของสมาคม'), para(P1), para(P2), para(P1), para(deadline)];
    expect(visibleDate(paras, 0, 1, 4)).toBeNull();
    // The same date under a field label at the end of the post still dates it.
    const labelled = [...paras.slice(0, 4), para('วันที่ 28 กุมภาพันธ์ 2568')];
    expect(visibleDate(labelled, 0, 1, 3)?.dt).toMatchObject({ y: 2025, m: 2, d: 28 });
  });
});

describe('classification rows of a news record', () => {
  it.each(['ประเภทข่าว : ข่าวสถานการณ์การค้า', 'หมวดหมู่ : ข่าวกิจกรรม', 'ประเทศ : เกาหลีใต้', 'ภูมิภาค : เอเชียตะวันออก'])('%s is metadata', (line) =>
    expect(isMetaLine(line)).toBe(true),
  );

  it('keeps sentences that start with the same words', () => {
    expect(isMetaLine('ประเทศไทยเร่งเจรจาการค้ากับคู่ค้าในภูมิภาค')).toBe(false);
    expect(isMetaLine('ประเภทข่าว : ผู้ส่งออกรายใหญ่ของประเทศเร่งขยายตลาด. แล้วก็ยังมีต่อ')).toBe(false);
  });
});

describe('a field row inside the info block under the headline', () => {
  it('takes the headline over the block, not a "label : value" row inside it', () => {
    const text = [
      'หน้าหลัก > ข้อมูลการค้า > ข่าวต่างประเทศ',
      '',
      'ผู้นำเข้าต่างประเทศสั่งซื้อของหวานแช่แข็งจากไทยเพิ่มขึ้นรับกระแสอาหารพร้อมรับประทาน',
      '',
      'วันที่ลงข่าว : 3 ก.พ. 2568',
      'สินค้า : อาหารแปรรูปแช่แข็ง',
      'จำนวนผู้เข้าชม : 512 ครั้ง',
      '',
      P1,
      '',
      P2,
    ].join('\n');
    const out = stripText(text);
    expect(out.title).toBe('ผู้นำเข้าต่างประเทศสั่งซื้อของหวานแช่แข็งจากไทยเพิ่มขึ้นรับกระแสอาหารพร้อมรับประทาน');
    expect(out.text).toBe(`${P1}\n\n${P2}`);
    expect(out.publishedAt).toBe('2025-02-03');
  });
});
