/**
 * Thai page layouts added in the third round of unseen-layout fixtures: a court site on Drupal 7 (a "submitted"
 * line in the node), a web-board repost scraped to text (the post signed and dated under it, a board name inside
 * the menu strip), and a Korean organization's Thai page on a Korean board template.
 * Small invented snippets only.
 */
import { describe, expect, it } from 'vitest';
import { visibleDate } from '../../src/stages/strip/common/dateline.js';
import { furnitureKind, isPosterLine } from '../../src/stages/strip/common/lines.js';
import { effectiveLength } from '../../src/stages/strip/common/normalize.js';
import { stripHtml } from '../../src/stages/strip/html/index.js';
import { stripText } from '../../src/stages/strip/text/index.js';

const P1 =
  'สำนักงานเกษตรจังหวัดแห่งหนึ่งในภาคเหนือเปิดรับสมัครเกษตรกรเข้าร่วมโครงการปลูกกาแฟใต้ร่มไม้ จำนวน 300 ราย โดยผู้เข้าร่วมจะได้รับต้นกล้าและการอบรมการแปรรูปเมล็ดกาแฟโดยไม่เสียค่าใช้จ่าย';
const P2 =
  'เกษตรจังหวัดกล่าวว่า โครงการนี้ช่วยลดการเผาในพื้นที่สูงและเพิ่มรายได้ให้ครัวเรือน เพราะกาแฟที่ปลูกใต้ร่มไม้ขายได้ราคาสูงกว่ากาแฟทั่วไปเกือบเท่าตัว และยังช่วยรักษาความชุ่มชื้นของหน้าดิน';
const P3 =
  'ทั้งนี้ เกษตรกรที่สนใจสามารถยื่นใบสมัครได้ที่สำนักงานเกษตรอำเภอทุกแห่งในวันและเวลาราชการ หรือสมัครผ่านแบบฟอร์มออนไลน์ของสำนักงานเกษตรจังหวัด จนกว่าจะครบจำนวนที่กำหนด';

const para = (text: string) => ({ text, length: effectiveLength(text), linkLength: 0 });

describe('CMS "submitted" line', () => {
  it.each(['ส่งโดย admin เมื่อ ศุกร์, 14/02/2025 - 10:12', 'Submitted by editor on Fri, 02/14/2025 - 10:12', 'โพสต์โดย งานประชาสัมพันธ์ เมื่อ ๑๔ ก.พ. ๒๕๖๘'])(
    '%s is metadata',
    (line) => expect(furnitureKind(line)).toBe('meta'),
  );

  it('keeps a sentence that opens with the same verb', () => {
    expect(furnitureKind(`ส่งโดยรถบรรทุกของจังหวัดไปยังพื้นที่ประสบภัยทั้งหมด ${P1}`)).toBeNull();
  });

  it('drops the submitted line from the node', () => {
    const html = `<html><body><h1 id="page-title">เกษตรจังหวัดเปิดรับสมัครเกษตรกรปลูกกาแฟใต้ร่มไม้ 300 ราย</h1>
      <div class="node"><div class="submitted"><span>ส่งโดย admin เมื่อ ศุกร์, 14/02/2025 - 10:12</span></div>
      <div class="field-name-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div></body></html>`;
    const r = stripHtml(html);
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
    expect(r.publishedAt).toMatch(/^2025-02-14/);
  });
});

describe('web-board post scraped to text', () => {
  it.each(['สมาชิกหมายเลข 6612048', 'Posted by somchai'])('%s is a poster line', (line) => expect(isPosterLine(line)).toBe(true));

  it('classes the member-number line as metadata', () => {
    expect(furnitureKind('สมาชิกหมายเลข 6612048')).toBe('meta');
  });

  it('does not take a sentence for a poster line', () => {
    expect(isPosterLine('สมาชิกหมายเลขนี้ถูกระงับการใช้งานชั่วคราว')).toBe(false);
  });

  it('classes a "ขอบคุณข่าวจาก" credit as a source line', () => {
    expect(furnitureKind('ขอบคุณข่าวจาก : เว็บไซต์ข่าวเกษตร')).toBe('source');
  });

  it('dates the post by the signature under it, not by a comment further down', () => {
    const head = 'เกษตรจังหวัดเปิดรับสมัครเกษตรกรปลูกกาแฟใต้ร่มไม้ 300 ราย';
    const paras = [head, P1, P2, P3, 'กาแฟ', 'เกษตรกร', 'ถูกใจ 12', 'แชร์', 'สมาชิกหมายเลข 1234567', '3 มีนาคม 2568 เวลา 08:14 น.', 'ความคิดเห็นที่ 1', 'สมาชิกหมายเลข 7654321', '5 มีนาคม 2568 เวลา 09:00 น.'].map(para);
    expect(visibleDate(paras, 0, 1, 3)?.dt).toMatchObject({ y: 2025, m: 3, d: 3 });
    // An unsigned date that far past the body is still not read.
    const unsigned = [head, P1, P2, P3, 'กาแฟ', 'เกษตรกร', 'ถูกใจ 12', 'แชร์', 'ข่าวอื่น', '3 มีนาคม 2568 เวลา 08:14 น.'].map(para);
    expect(visibleDate(unsigned, 0, 1, 3)).toBeNull();
  });

  it('takes the thread headline over a board name set inside the menu strip', () => {
    const page = [
      'กระดานตัวอย่าง', 'ค้นหา', 'ตั้งกระทู้', 'คอมมูนิตี้', 'เข้าสู่ระบบ / สมัครสมาชิก', 'ห้องเกษตรกรรม', 'แท็ก: กาแฟ', 'หน้าแรก › ห้องเกษตรกรรม › กาแฟ', '',
      'เกษตรจังหวัดเปิดรับสมัครเกษตรกรปลูกกาแฟใต้ร่มไม้ 300 ราย', '', P1, '', P2, '', P3, '',
      'สมาชิกหมายเลข 1234567', '3 มีนาคม 2568 เวลา 08:14 น.',
    ].join('\n');
    const r = stripText(page);
    expect(r.title).toBe('เกษตรจังหวัดเปิดรับสมัครเกษตรกรปลูกกาแฟใต้ร่มไม้ 300 ราย');
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
    expect(r.publishedAt).toBe('2025-03-03');
  });
});
