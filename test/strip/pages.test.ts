/**
 * Whole pages written for these tests (test/strip/pages/), in layouts the dev fixtures do not cover:
 * WordPress-style Thai news, an English article with inline widgets, a Korean portal page whose body is
 * <br>-separated text, and scraped text without blank lines between paragraphs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strip } from '../../src/stages/strip/index.js';

const page = (name: string): string => readFileSync(new URL(`./pages/${name}`, import.meta.url), 'utf8');

describe('pages', () => {
  it('Thai WordPress article: subheading and quotation kept; ad, read-also, share, tags, comments dropped', () => {
    const r = strip(page('th-wordpress.html'), { format: 'html' });
    expect(r.title).toBe('ครม. อนุมัติงบ 5 พันล้าน ฟื้นฟูเกษตรกรหลังภัยแล้ง');
    expect(r.publishedAt).toBe('2024-03-12T08:15:00+07:00');
    expect(r.byline).toEqual(['กองบรรณาธิการ']);
    const paras = r.text.split('\n\n');
    expect(paras).toHaveLength(5);
    expect(paras[2]).toBe('เร่งขุดบ่อบาดาล 1,200 แห่ง');
    expect(paras[4]).toBe('"รัฐบาลจะไม่ทิ้งเกษตรกรไว้ข้างหลัง" นายกรัฐมนตรีกล่าว');
    for (const s of ['โฆษณา', 'อ่านข่าวที่เกี่ยวข้อง', 'แชร์', 'แท็ก', 'ความคิดเห็น', 'ขอให้โอนเงิน', 'เรื่องล่าสุด', 'สงวนลิขสิทธิ์']) expect(r.text).not.toContain(s);
  });

  it('English article: standfirst, caption, related aside, ad, newsletter box, tags and share bar dropped', () => {
    const r = strip(page('en-news-inline-widgets.html'), { format: 'html' });
    expect(r.title).toBe('Central bank holds rate at 2.5% as inflation cools');
    // JSON-LD says 2024-11-27T23:40Z; the page shows Nov 28 (local) → the visible date wins.
    expect(r.publishedAt).toBe('2024-11-28');
    expect(r.byline).toEqual(['Nattapong Srisuk']);
    expect(r.url).toBe('https://www.asialedger.example.com/economy/rates-hold');
    const paras = r.text.split('\n\n');
    expect(paras[0]).toMatch(/^BANGKOK — The central bank kept/);
    expect(paras).toContain('Growth outlook');
    expect(paras[paras.length - 1]).toBe('"We see risks as broadly balanced," deputy governor Piti Wongsakul told reporters.');
    expect(paras).toHaveLength(6);
    for (const s of ['Policy committee votes', 'headquarters in Bangkok', 'Baht hits', 'ADVERTISEMENT', 'newsletter', 'Interest rates', 'Share on', 'Rice exports', 'cookies']) {
      expect(r.text).not.toContain(s);
    }
  });

  it('Korean portal article: <br> paragraphs, ◇ subheading kept; caption, reactions, signature, ranking, comments dropped', () => {
    const r = strip(page('ko-portal-br-body.html'), { format: 'html' });
    expect(r.title).toBe('정부, 반도체 특별법 연내 처리 추진');
    expect(r.publishedAt).toBe('2024-11-05T09:12:00+09:00');
    expect(r.byline).toEqual(['박지훈']);
    const paras = r.text.split('\n\n');
    expect(paras).toHaveLength(6);
    expect(paras[0]).toBe('(서울=가상경제) 박지훈 기자 = 정부가 반도체 산업 지원을 위한 특별법을 연내 국회에서 처리하는 방안을 추진한다.');
    expect(paras[3]).toBe('◇ 세액공제율 상향도 검토');
    expect(paras[1]).toContain('연구개발(R&D) 인력');
    for (const s of ['기획재정부 제공', '좋아요', 'jhpark@', '무단전재', '다른 기사', '많이 본', '코스피', '댓글', '통과되길']) expect(r.text).not.toContain(s);
  });

  it('Thai scraped text without blank lines and without sentence punctuation', () => {
    const r = strip(page('th-scraped-no-blank-lines.txt'), { format: 'text' });
    expect(r.title).toBe('ผู้ว่าฯ เชียงราย สั่งปิดโรงเรียน 3 วัน หลังฝุ่นพุ่ง');
    expect(r.publishedAt).toBe('2025-03-14');
    const paras = r.text.split('\n\n');
    expect(paras).toHaveLength(5);
    expect(paras[0]).toBe('ผู้ว่าราชการจังหวัดเชียงรายสั่งปิดโรงเรียนทุกสังกัดเป็นเวลา 3 วัน');
    expect(paras[4]).toBe('จังหวัดจะประเมินสถานการณ์อีกครั้งในวันจันทร์หน้า');
  });

  it('English scraped text without blank lines: short sentences are body, headline lists are not', () => {
    const r = strip(page('en-scraped-no-blank-lines.txt'), { format: 'text' });
    expect(r.title).toBe('Regional airline adds Da Nang route as tourism rebounds');
    expect(r.publishedAt).toBe('2025-02-04');
    expect(r.byline).toEqual(['Mai Thu Trang']);
    const paras = r.text.split('\n\n');
    expect(paras).toHaveLength(4);
    expect(paras[3]).toBe('The airline also plans to add flights to Phu Quoc later this year.');
    for (const s of ['Related', 'Vietnam tourism arrivals', 'Gold prices', 'Copyright']) expect(r.text).not.toContain(s);
  });

  it('home page of teasers (linked headline + summary): no article, no title, no date', () => {
    const r = strip(page('en-home-teasers.html'), { format: 'html' });
    expect(r.text).toBe('');
    expect(r.title).toBeNull();
    expect(r.publishedAt).toBeNull();
    expect(r.warnings).toEqual(['no-main-content', 'no-title', 'no-published-date']);
  });

  it('Thai scraped text: a tight run of headlines after blank-separated paragraphs is not body', () => {
    const r = strip(page('th-scraped-trailing-headlines.txt'), { format: 'text' });
    expect(r.title).toBe('ชาวนาสุพรรณบุรีเร่งเก็บเกี่ยวข้าวหนีน้ำท่วม');
    expect(r.publishedAt).toBe('2024-10-05');
    const paras = r.text.split('\n\n');
    expect(paras).toHaveLength(3);
    expect(paras[2]).toMatch(/^สำนักงานเกษตรจังหวัดรายงานว่า/);
    expect(r.text).not.toContain('ราคาทอง');
  });

  it('English article followed by longer comments: the comments are not body', () => {
    const r = strip(page('en-long-comments.html'), { format: 'html' });
    expect(r.title).toBe('City to ban cars from old town on weekends');
    expect(r.text.split('\n\n')).toEqual([
      'The city council voted on Monday to close the old town to private cars on Saturdays and Sundays from June, in a bid to cut pollution and noise.',
      'Buses and delivery vans will still be allowed in the morning, the council said.',
    ]);
  });

  it('Thai government page: body in sibling divs with a Thai-digit dateline and a source line', () => {
    const r = strip(page('th-gov-circular-divs.html'), { format: 'html' });
    expect(r.title).toBe('นายกฯ มอบนโยบายแก้ปัญหาหนี้ครัวเรือน');
    expect(r.publishedAt).toBe('2024-03-12');
    const paras = r.text.split('\n\n');
    expect(paras).toHaveLength(3);
    expect(paras[0]).toMatch(/^วันนี้ \(๑๒ มีนาคม ๒๕๖๗\)/);
    for (const s of ['ที่มา', '----', 'ข่าวที่เกี่ยวข้อง', 'ข่าวเด่น', 'สงวนลิขสิทธิ์']) expect(r.text).not.toContain(s);
  });
});
