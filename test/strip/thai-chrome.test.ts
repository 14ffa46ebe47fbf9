import { describe, expect, it } from 'vitest';
import { furnitureKind, isListHeading, isSocialChromeLine } from '../../src/stages/strip/common/lines.js';
import { stripHtml } from '../../src/stages/strip/html/index.js';
import { classify, splitLines, stripText } from '../../src/stages/strip/text/index.js';

const P1 =
  'กรมอุทกศาสตร์ทดลองติดตั้งทุ่นวัดระดับน้ำทะเลแบบอัตโนมัติจำนวน 12 จุดตามแนวชายฝั่งอ่าวไทย เพื่อส่งข้อมูลระดับน้ำให้ศูนย์เตือนภัยทุก 10 นาที และใช้คาดการณ์น้ำทะเลหนุนสูงล่วงหน้าได้ถึงสามวัน';
const P2 =
  'ผู้อำนวยการศูนย์เตือนภัยกล่าวว่า ข้อมูลจากทุ่นชุดใหม่จะช่วยให้ท้องถิ่นริมชายฝั่งมีเวลาเตรียมกระสอบทราย เครื่องสูบน้ำ และแจ้งเตือนประชาชนในพื้นที่ลุ่มต่ำได้เร็วขึ้นกว่าเดิมอย่างน้อยหนึ่งวัน';
const P3 =
  'ในระยะต่อไปจะขยายการติดตั้งไปยังฝั่งทะเลอันดามันอีก 8 จุด และเปิดให้หน่วยงานท้องถิ่นดึงข้อมูลผ่านระบบกลางได้โดยตรง เพื่อใช้ประกอบการวางแผนรับมือพายุในช่วงฤดูมรสุมของทุกปี';

describe('Thai social and counter chrome', () => {
  it.each([
    ['LINE OA : @lannapost', 'promo'],
    ['TikTok : @lannapost.news', 'promo'],
    ['YouTube : Lanna Post Channel', 'promo'],
    ['แชร์ 152 ครั้ง | ถูกใจ 1.2K | ความคิดเห็น 24', 'ui'],
    ['152 แชร์ · 1.2K ถูกใจ · 24 คอมเมนต์', 'ui'],
    ['Share 12 · Comments 3', 'ui'],
    ['ติดตามข่าวสารล้านนาโพสต์ได้ทุกช่องทาง', 'promo'],
    ['ข้อมูล : สำนักงานประชาสัมพันธ์จังหวัดเชียงใหม่', 'source'],
    ['ขอบคุณข้อมูลจาก กรมอุตุนิยมวิทยา', 'source'],
    ['เรียบเรียงจาก สำนักงานประชาสัมพันธ์จังหวัด', 'source'],
    ['ท้องฟ้ามืดครึ้มก่อนพายุฤดูร้อนเข้าพื้นที่ (ภาพจาก iStock)', 'caption'],
    ['พิมพ์หน้านี้', 'ui'],
    ['นโยบายคุ้มครองข้อมูลส่วนบุคคล', 'ui'],
  ])('%s → %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it('list headings of you-may-like widgets', () => {
    for (const h of ['บทความที่คุณอาจสนใจ', 'เรื่องที่คุณอาจสนใจ', 'ข่าวที่น่าสนใจ', 'ข่าวอื่น ๆ']) expect(isListHeading(h)).toBe(true);
  });

  it('keeps body sentences that mention platforms or numbers', () => {
    for (const s of [
      'ผู้ใช้ LINE ในประเทศไทยเพิ่มขึ้นเป็น 56 ล้านบัญชี',
      'ยอดผู้ป่วยสะสม 152 ราย เพิ่มขึ้นจากสัปดาห์ก่อน 24 ราย',
      'ที่ประชุมมีมติ 12 ต่อ 3 เสียงให้ผ่านร่างข้อบัญญัติ',
      'นายกเทศมนตรีกล่าวว่าจะติดตามผลการดำเนินงานทุกเดือน',
    ]) {
      expect(isSocialChromeLine(s)).toBe(false);
      expect(furnitureKind(s)).toBeNull();
    }
  });
});

describe('Thai text path: teaser box between blank-separated paragraphs', () => {
  it('drops a box with an unknown label and keeps the paragraphs around it', () => {
    const input = [
      'ข่าวทะเล', 'หน้าแรก', 'ข่าวภูมิภาค', '',
      'ติดตั้งทุ่นวัดระดับน้ำทะเลอัตโนมัติ 12 จุด เตือนน้ำหนุนล่วงหน้า 3 วัน', '5 ม.ค. 68 (10:00 น.)', '',
      P1, '', 'ห้ามพลาด!', 'ชาวประมงปากน้ำเตรียมเรือรับมรสุมปลายปี', 'ราคาปลาทูหน้าท่าปรับขึ้นกิโลละ 20 บาท', '', P2, '', P3, '',
      'แท็ก', 'ทุ่นวัดระดับน้ำ', 'อ่าวไทย',
    ].join('\n');
    const r = stripText(input);
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('does not mark a tight run introduced with ดังนี้ as a teaser box', () => {
    const items = ['ชุมชนบ้านแหลมและชุมชนบ้านท่าเสาในเขตเทศบาล', 'ชุมชนปากคลองและชุมชนหัวหาดริมชายฝั่งด้านใต้'];
    const input = ['ติดตั้งทุ่นวัดระดับน้ำทะเลอัตโนมัติ 12 จุด เตือนน้ำหนุนล่วงหน้า 3 วัน', '5 ม.ค. 68 (10:00 น.)', '', P1, '', 'พื้นที่นำร่อง ดังนี้', ...items, '', P2, '', P3].join('\n');
    const lines = splitLines(input);
    classify(lines);
    for (const l of lines.filter((x) => items.includes(x.text))) {
      expect(l.kind).toBeNull();
      expect(l.interruption).toBe(false);
    }
  });
});

describe('Thai HTML path: widget zone after the body', () => {
  const page = (tail: string): string =>
    `<html><head><title>ข่าว</title></head><body><div class="content"><h1>ติดตั้งทุ่นวัดระดับน้ำทะเลอัตโนมัติ 12 จุด เตือนน้ำหนุนล่วงหน้า</h1>
<p>${P1}</p><p>${P2}</p><p>${P3}</p>${tail}</div></body></html>`;

  it('drops short blocks after recognised chrome that follows the last paragraph', () => {
    const r = stripHtml(page('<p>#ทุ่นวัดน้ำ #อ่าวไทย</p><div class="box-x"><p>ช่องทางติดตามข่าวของเรา</p><p>ช่องยูทูบ ข่าวทะเล ทีวี</p><p>สแกนคิวอาร์โค้ดเพื่อรับข่าวด่วน</p></div>'));
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('keeps a short closing line directly after the last paragraph', () => {
    const r = stripHtml(page('<p>"เราพร้อมรับมือแล้ว" ผู้อำนวยการกล่าว</p><p>#ทุ่นวัดน้ำ #อ่าวไทย</p>'));
    expect(r.text).toContain('"เราพร้อมรับมือแล้ว" ผู้อำนวยการกล่าว');
  });
});
