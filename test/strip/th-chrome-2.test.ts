/**
 * Thai page layouts added in the second round of unseen-layout fixtures: a page-builder (Elementor) ministry
 * site, a local-administration news board in table layout, and a social-network post scraped to text.
 * Small invented snippets only.
 */
import { describe, expect, it } from 'vitest';
import { visibleDate } from '../../src/stages/strip/common/dateline.js';
import { furnitureKind, isListHeading } from '../../src/stages/strip/common/lines.js';
import { effectiveLength } from '../../src/stages/strip/common/normalize.js';
import { tokenParts } from '../../src/stages/strip/html/hints.js';
import { stripHtml } from '../../src/stages/strip/html/index.js';
import { stripText } from '../../src/stages/strip/text/index.js';

const P1 =
  'กรมประมงร่วมกับมหาวิทยาลัยแห่งหนึ่งในภาคใต้ปล่อยพันธุ์ปูม้าจำนวน 2 ล้านตัวลงสู่อ่าวปัตตานี เพื่อฟื้นฟูทรัพยากรสัตว์น้ำที่ลดลงต่อเนื่องในช่วงห้าปีที่ผ่านมา โดยมีชาวประมงพื้นบ้านจากสิบหมู่บ้านเข้าร่วมกิจกรรม';
const P2 =
  'ผู้อำนวยการศูนย์วิจัยกล่าวว่า ลูกปูที่ปล่อยในครั้งนี้เพาะฟักจากแม่ปูไข่นอกกระดองที่ชาวประมงนำมาฝากไว้กับธนาคารปูม้าของชุมชน และจะติดตามอัตรารอดด้วยการสุ่มจับทุกสามเดือนร่วมกับกลุ่มประมงในพื้นที่';
const P3 =
  'ทั้งนี้ ชาวประมงที่สนใจร่วมโครงการธนาคารปูม้าสามารถติดต่อสำนักงานประมงอำเภอได้ในวันและเวลาราชการ โดยจะได้รับกระชังและอุปกรณ์สำหรับพักแม่ปูไข่นอกกระดองโดยไม่เสียค่าใช้จ่าย';

const para = (text: string) => ({ text, length: effectiveLength(text), linkLength: 0 });

describe('page-builder class names', () => {
  it('drops the builder unit words under its namespace and keeps the widget type', () => {
    expect(tokenParts('elementor-widget-theme-post-content')).toEqual(['elementor', 'theme', 'post', 'content']);
    expect(tokenParts('elementor-widget-container')).toEqual(['elementor']);
    expect(tokenParts('elementor-location-single')).toEqual(['elementor', 'single']);
    expect(tokenParts('elementor-location-header')).toEqual(['elementor', 'header']);
    expect(tokenParts('elementor-widget-share-buttons')).toEqual(['elementor', 'share', 'buttons']);
    expect(tokenParts('e-con-inner')).toEqual(['e', 'inner']);
    // Outside a builder namespace "widget" still names a sidebar widget.
    expect(tokenParts('widget-area')).toEqual(['widget', 'area']);
  });

  it('finds the article inside nested Elementor widgets', () => {
    const w = (type: string, inner: string): string =>
      `<div class="elementor-element elementor-widget elementor-widget-${type}"><div class="elementor-widget-container">${inner}</div></div>`;
    const html = `<html><body>
      <div class="elementor elementor-location-header">${w('nav-menu', '<a href="/">หน้าแรก</a> <a href="/news/">ข่าวสาร</a> <a href="/contact/">ติดต่อเรา</a>')}</div>
      <div class="elementor elementor-location-single post type-post"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">
        ${w('breadcrumbs', '<a href="/">หน้าแรก</a> » <a href="/news/">ข่าวประชาสัมพันธ์</a>')}
        ${w('theme-post-title', '<h1 class="elementor-heading-title">กรมประมงปล่อยพันธุ์ปูม้า 2 ล้านตัว ฟื้นฟูอ่าวปัตตานี</h1>')}
        ${w('post-info', '<span>3 มีนาคม 2568</span> <span>ผู้เข้าชม 512</span>')}
        ${w('share-buttons', '<span>แชร์</span> <span>Facebook</span> <span>LINE</span> <span>พิมพ์</span>')}
        ${w('theme-post-content', `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`)}
      </div></div></div></section></div>
      <div class="elementor elementor-location-footer">${w('text-editor', '<p>สงวนลิขสิทธิ์ กรมประมง</p>')}</div>
    </body></html>`;
    const r = stripHtml(html);
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
    expect(r.title).toBe('กรมประมงปล่อยพันธุ์ปูม้า 2 ล้านตัว ฟื้นฟูอ่าวปัตตานี');
    expect(r.publishedAt).toBe('2025-03-03');
  });
});

describe('local-administration news board (label cell | value cell)', () => {
  const board = `<html><head><title>องค์การบริหารส่วนตำบลตัวอย่าง</title></head><body><table>
    <tr><td>เมนูหลัก</td></tr><tr><td>สถิติผู้เข้าชม<br>วันนี้ 12 คน<br>เริ่มนับ 1 ม.ค. 2560</td></tr>
    <tr><td><table>
      <tr><td><b>หัวข้อข่าว :</b></td><td><b>อบต.ตัวอย่าง ร่วมปล่อยพันธุ์ปูม้าคืนสู่ทะเล 2 ล้านตัว</b></td></tr>
      <tr><td><b>รายละเอียด :</b></td><td>${P1}<br><br>${P2}<br><br>${P3}</td></tr>
      <tr><td><b>ภาพประกอบ :</b></td><td><img src="a.jpg"></td></tr>
      <tr><td><b>ไฟล์แนบ :</b></td><td><a href="a.pdf">รายงานผลโครงการ.pdf</a> (ขนาด 1 MB)</td></tr>
      <tr><td><b>วันที่ลงประกาศ :</b></td><td>๑๔ มี.ค. ๒๕๖๘ เวลา ๑๐:๓๐ น.</td></tr>
    </table></td></tr></table></body></html>`;

  it('takes the value of a "หัวข้อข่าว :" cell as the headline, not the board label', () => {
    const r = stripHtml(board);
    expect(r.title).toBe('อบต.ตัวอย่าง ร่วมปล่อยพันธุ์ปูม้าคืนสู่ทะเล 2 ล้านตัว');
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('reads the date cell under a label cell past the body, label rows not counting against the reach', () => {
    expect(stripHtml(board).publishedAt).toMatch(/^2025-03-14/);
    const head = 'อบต.ตัวอย่าง ร่วมปล่อยพันธุ์ปูม้าคืนสู่ทะเล';
    const paras = [head, P1, P2, 'ภาพประกอบ :', 'ไฟล์แนบ :', 'รายงานผลโครงการ.pdf (1 MB)', 'ผู้ประกาศ :', 'งานประชาสัมพันธ์', 'วันที่ลงประกาศ :', '๑๔ มี.ค. ๒๕๖๘'].map(para);
    expect(visibleDate(paras, 0, 1, 2)?.dt).toMatchObject({ y: 2025, m: 3, d: 14 });
    // Without a label a date past the body is not taken (a related list's date).
    const unlabelled = [head, P1, P2, P3, 'ข่าวอื่นๆ', '๑๔ มี.ค. ๒๕๖๘'].map(para);
    expect(visibleDate(unlabelled, 0, 1, 3)).toBeNull();
  });

  it('never takes a visitor counter\'s start date for the publication date', () => {
    const paras = ['สถิติผู้เข้าชม', 'เริ่มนับ 1 ม.ค. 2560', 'หัวข้อข่าว :', 'อบต.ตัวอย่าง ร่วมปล่อยพันธุ์ปูม้าคืนสู่ทะเล', P1, P2].map(para);
    expect(visibleDate(paras, 3, 4, 5)).toBeNull();
  });
});

describe('social-network post scraped to text', () => {
  it.each(['อีเมลหรือโทรศัพท์', 'รหัสผ่าน', 'ลืมบัญชีใช่ไหม', 'สร้างบัญชีใหม่', 'ดูการแปล', 'ดูน้อยลง', 'ตอบกลับ', 'ดูความคิดเห็นเพิ่มเติม'])(
    '%s is UI',
    (line) => expect(furnitureKind(line)).toBe('ui'),
  );

  it('takes the post headline, not a login-box line or the page name over the date and Follow button', () => {
    const input = [
      'อีเมลหรือโทรศัพท์', 'รหัสผ่าน', 'ลืมบัญชีใช่ไหม', 'เข้าสู่ระบบ', 'สร้างบัญชีใหม่', '',
      'สำนักงานประมงจังหวัดตัวอย่าง', '3 มีนาคม 2568 เวลา 09:12 น. ·', 'ติดตาม', '',
      'ประมงจังหวัดปล่อยพันธุ์ปูม้า 2 ล้านตัว ฟื้นฟูอ่าวปัตตานี', '',
      P1, '', P2, '', P3, '',
      'ดูน้อยลง', '#ธนาคารปูม้า', 'ดูการแปล', 'ถูกใจ', 'แสดงความคิดเห็น', 'แชร์',
      'สมศรี ใจงาม', 'ดีมากค่ะ ขอให้ทะเลอุดมสมบูรณ์', '2 วัน', 'ถูกใจ', 'ตอบกลับ',
    ].join('\n');
    const r = stripText(input);
    expect(r.title).toBe('ประมงจังหวัดปล่อยพันธุ์ปูม้า 2 ล้านตัว ฟื้นฟูอ่าวปัตตานี');
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
    expect(r.publishedAt).toBe('2025-03-03');
  });

  it('keeps a headline over its dateline when no Follow button comes after the date', () => {
    const input = ['ประมงจังหวัดปล่อยพันธุ์ปูม้า 2 ล้านตัว ฟื้นฟูอ่าวปัตตานี', '3 มีนาคม 2568 เวลา 09:12 น.', 'แชร์', '', P1, '', P2, '', P3].join('\n');
    expect(stripText(input).title).toBe('ประมงจังหวัดปล่อยพันธุ์ปูม้า 2 ล้านตัว ฟื้นฟูอ่าวปัตตานี');
  });
});

describe('portal reaction bar and clip widgets', () => {
  it('classes the reaction prompt, the reaction row and clip-list headings as chrome', () => {
    expect(furnitureKind('รู้สึกอย่างไรกับข่าวนี้')).toBe('feedback');
    expect(furnitureKind('คุณรู้สึกยังไงกับบทความนี้?')).toBe('feedback');
    expect(furnitureKind('😍 ชอบ 12 😂 ตลก 1 😮 ว้าว 3 😢 เศร้า 0 😡 โกรธ 0')).not.toBeNull();
    for (const h of ['คลิปแนะนำ', 'คลิปที่เกี่ยวข้อง', 'วิดีโอแนะนำ']) expect(isListHeading(h)).toBe(true);
    // Sentences with the same words stay body.
    expect(furnitureKind('ชาวบ้านรู้สึกโกรธที่โครงการล่าช้ามาสามปี')).toBeNull();
    expect(furnitureKind('ผู้รับผิดชอบโครงการยืนยันว่าจะเปิดใช้ได้ทันเดือนหน้า')).toBeNull();
  });

  it('drops them from a content div without class hints', () => {
    const html = `<html><body><div class="content-wrapper"><h1>ประมงปล่อยพันธุ์ปูม้า 2 ล้านตัว ฟื้นฟูอ่าวปัตตานี</h1>
      <div class="detail"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>รู้สึกอย่างไรกับข่าวนี้</p>
      <p>😍 ชอบ 12 😂 ตลก 1 😮 ว้าว 3 😢 เศร้า 0 😡 โกรธ 0</p><p>คลิปแนะนำ</p><p><a href="#">พาชมธนาคารปูม้า บ้านตันหยง</a></p></div></div></body></html>`;
    expect(stripHtml(html).text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('classes a clip teaser line as a read-more teaser, not a sentence about a clip', () => {
    expect(furnitureKind('ดูคลิป : หมอเตือนชาวประมง อาการแพ้ปูต้องระวัง')).toBe('related');
    expect(furnitureKind('ชมวิดีโอ: บรรยากาศปล่อยพันธุ์ปูม้าที่อ่าวปัตตานี')).toBe('related');
    expect(furnitureKind('คลิปวิดีโอดังกล่าวถูกแชร์ต่อกันในโซเชียลมีเดียกว่าหนึ่งหมื่นครั้ง')).toBeNull();
  });

  it('reads an English-UI social login box as chrome', () => {
    for (const l of ['Email or phone', 'Password', 'Forgot account?', 'Create new account', 'See less', 'See translation', 'Most relevant']) {
      expect(furnitureKind(l)).toBe('ui');
    }
  });
});
