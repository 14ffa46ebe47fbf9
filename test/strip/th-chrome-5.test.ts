/**
 * Thai page layouts added in the fifth round of unseen-layout fixtures: a press release received by e-mail and
 * saved from the mail client's print view as text (print header quoting the subject, headers, cover note,
 * signature, attachments), a news page saved from a web archive (the archive's toolbar and printed page address
 * around the page), and a school blog on a hosted blog platform. Small invented snippets only.
 */
import { describe, expect, it } from 'vitest';
import { addressShare } from '../../src/stages/strip/html/score.js';
import { stripHtml } from '../../src/stages/strip/html/index.js';
import { stripText } from '../../src/stages/strip/text/index.js';

const HEADLINE = 'กรมตัวอย่างเปิดศูนย์ซ่อมเรือประมงพื้นบ้านแห่งใหม่ รองรับชาวประมงกว่า 800 ครัวเรือน';
const P1 =
  'นายสมชาย ตัวอย่าง อธิบดีกรมตัวอย่าง เปิดเผยว่า กรมได้เปิดศูนย์ซ่อมเรือประมงพื้นบ้านแห่งใหม่ที่ท่าเทียบเรือชุมชน เพื่อให้ชาวประมงซ่อมเครื่องยนต์และตัวเรือได้ในราคาถูก โดยไม่ต้องเดินทางไปอู่ซ่อมในตัวจังหวัดซึ่งอยู่ไกลกว่าห้าสิบกิโลเมตร';
const P2 =
  'ศูนย์ดังกล่าวมีช่างประจำ 6 คน และจะจัดอบรมการดูแลเครื่องยนต์เบื้องต้นให้ชาวประมงทุกเดือน ชาวประมงที่สนใจสามารถลงทะเบียนได้ที่ที่ทำการกลุ่มประมงในหมู่บ้าน ทั้งนี้ไม่มีค่าใช้จ่ายในการเข้าร่วมอบรมแต่อย่างใด';

describe('a headline quoted inside a longer line above it', () => {
  const mail = [
    `1/4/68 10:02   Mail - ขอความอนุเคราะห์เผยแพร่ข่าว: ${HEADLINE}`,
    '',
    `ขอความอนุเคราะห์เผยแพร่ข่าว: ${HEADLINE}`,
    '1 ข้อความ',
    '',
    'ข่าวประชาสัมพันธ์ กรมตัวอย่าง',
    'ฉบับที่ 12/2568 วันที่ 1 เมษายน 2568',
    '',
    HEADLINE,
    '',
    P1,
    '',
    P2,
    '',
  ].join('\n');

  it('takes the innermost echoed line (the release headline) over the label line above the dateline', () => {
    const r = stripText(mail);
    expect(r.title).toBe(HEADLINE);
    expect(r.text).toBe(`${P1}\n\n${P2}`);
  });

  it('does not take the subject line, which wraps the headline under it', () => {
    expect(stripText(mail).title).not.toContain('ขอความอนุเคราะห์');
  });
});

describe('a printed page address next to the article', () => {
  it('measures the share of written-out web addresses', () => {
    expect(addressShare('The Web Archive - https://archive.example.org/web/20250101000000/https://news.example.com/a/b/c')).toBeGreaterThan(0.5);
    expect(addressShare(`${P1} ดูรายละเอียดได้ที่ www.example.go.th`)).toBeLessThan(0.2);
  });

  it('does not join a sibling block that is mostly a page address to the body', () => {
    const html = `<html><body>
<div id="print-url">The Web Archive - https://archive.example.org/web/20250101000000/https://news.example.com/local/2025/01/01/boat-repair-centre/</div>
<h1>${HEADLINE}</h1>
<div class="entry-content"><p>${P1}</p><p>${P2}</p></div>
</body></html>`;
    const r = stripHtml(html);
    expect(r.text).toBe(`${P1}\n\n${P2}`);
  });
});
