/**
 * Headline choice and line classes added so that title and boilerplate generalise past the layouts of the
 * dev fixtures: candidate ranking (rank, dateline below, likeness to og:title, decks), site names learnt
 * from <title>, navigation labels, headlines in plain cells / large type, decks under the headline, body
 * end markers, and per-language lexicons for feedback, tag, disclaimer and tool lines. Pages written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { endsBody, furnitureKind, isDeckLine, isFeedbackLine, bylineNames } from '../../src/stages/strip/common/lines.js';
import { headlineSimilarity, splitTitle } from '../../src/stages/strip/common/title.js';
import { isLargeType } from '../../src/stages/strip/html/segment.js';
import type { HNode } from '../../src/stages/strip/html/dom.js';
import { strip } from '../../src/stages/strip/index.js';

const ps = (lines: string[]): string => lines.map((l) => `<p>${l}</p>`).join('\n');
const KO = [
  '가상시는 3일 시청 대회의실에서 지역 중소기업 40곳과 수출 지원 협약을 맺었다고 밝혔다.',
  '협약에 따라 시는 기업별 해외 전시회 참가비를 최대 500만원까지 지원하고, 통번역 인력도 연결한다.',
  '시 관계자는 "동남아 시장 진출을 준비하는 기업이 늘고 있어 지원 규모를 두 배로 키웠다"고 말했다.',
  '참여 기업은 다음 달 14일까지 시 누리집에서 신청하면 되며, 선정 결과는 4월 말 발표된다.',
];
const EN = [
  'The council said on Tuesday that 40 small manufacturers would receive grants to attend overseas trade fairs this year.',
  'Each company can claim up to 5,000 dollars for booth fees and travel, and the council will also pay for interpreters.',
  '"More firms are preparing to sell into Southeast Asia, so we doubled the budget," a council spokesperson said.',
  'Applications close on April 14, and the council will publish the list of successful firms at the end of April.',
];
const TH = [
  'เทศบาลเมืองตัวอย่างเปิดเผยว่า ได้ลงนามความร่วมมือกับผู้ประกอบการขนาดเล็ก 40 รายเพื่อสนับสนุนการส่งออกสินค้าไปยังตลาดเพื่อนบ้าน',
  'ภายใต้ความร่วมมือดังกล่าว เทศบาลจะสนับสนุนค่าเช่าบูธในงานแสดงสินค้าต่างประเทศรายละไม่เกิน 150,000 บาท พร้อมจัดหาล่ามให้',
  'ผู้ประกอบการที่สนใจสามารถยื่นใบสมัครได้ที่สำนักงานเทศบาลภายในวันที่ 14 เมษายน 2568 และจะประกาศผลภายในสิ้นเดือนเมษายน',
];

describe('title splitting and likeness', () => {
  it('keeps a headline that merely opens with the site name, and reports what it removed', () => {
    expect(splitTitle('보도자료 > 가상시, 수출 지원 협약 체결 | 가상시', '가상시').headline).toContain('가상시, 수출 지원 협약 체결');
    expect(splitTitle('Council grants for exporters - The Sample Observer', null)).toEqual({
      headline: 'Council grants for exporters',
      removed: ['The Sample Observer'],
    });
  });
  it('splits on the separators Korean and Thai sites use (ㅣ, ›)', () => {
    expect(splitTitle('가상시, 수출 지원 협약 체결 ㅣ 가상일보', '가상일보').headline).toBe('가상시, 수출 지원 협약 체결');
    expect(splitTitle('ข่าวเด่น › เทศบาลลงนามสนับสนุนผู้ส่งออกรายย่อย 40 ราย', 'ข่าวเด่น').headline).toBe('เทศบาลลงนามสนับสนุนผู้ส่งออกรายย่อย 40 ราย');
  });
  it('scores an edited og:title close to the on-page headline and far from its deck', () => {
    const h = '[단독] 대한건설, 방콕 도시철도 신호시스템 수주…1조원 규모';
    const og = '대한건설, 방콕 도시철도 신호시스템 1조 수주';
    const deck = '이달 말 본계약…국내 건설사 첫 동남아 단독 수주';
    expect(headlineSimilarity(h, og)).toBeGreaterThan(0.5);
    expect(headlineSimilarity(deck, og)).toBeLessThan(0.3);
  });
});

describe('html headline ranking', () => {
  it('takes the h2 headline over the h3 deck under it, and drops the deck from the body', () => {
    const html = `<html><head><title>대한건설 수주 - 가상일보</title><meta property="og:title" content="가상시 중소기업 40곳과 수출 협약"></head><body>
<div id="hd"><h1 class="logo"><a href="/"><img src="l.png" alt="가상일보"></a></h1></div>
<div class="article_wrap"><div class="article_head"><h2>[단독] 가상시, 중소기업 40곳 수출 지원 협약…전시회 참가비 최대 500만원</h2>
<h3>통번역 인력도 연결…다음 달 14일까지 신청</h3><ul><li>김가상 기자</li><li>입력 2025.03.03 10:00</li></ul></div>
<div class="article_body">${ps(KO)}</div></div></body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.title).toBe('[단독] 가상시, 중소기업 40곳 수출 지원 협약…전시회 참가비 최대 500만원');
    expect(r.text).not.toContain('통번역 인력도 연결…');
    expect(r.text.startsWith('가상시는 3일')).toBe(true);
  });

  it('learns the site name from the og:title suffix and skips the masthead h1', () => {
    const html = `<html><head><title>Grants for 40 exporters - The Sample Observer</title>
<meta property="og:title" content="Grants for 40 exporters - The Sample Observer"></head><body>
<div class="ticker">Tuesday, March 4, 2025</div><header><h1 class="site-title"><a href="/en/">The Sample Observer</a></h1></header>
<main><article><header><h1>Council to pay trade-fair costs for 40 small manufacturers</h1><p class="byline">By Kim Min</p></header>
<div class="body">${ps(EN)}</div></article></main></body></html>`;
    expect(strip(html, { format: 'html' }).title).toBe('Council to pay trade-fair costs for 40 small manufacturers');
  });

  it('finds a board headline in an unclassed <dt> over its field rows; a heading that is a menu entry is the board name', () => {
    const html = `<html><head><title>가상공사 &gt; 알림마당 &gt; 보도자료</title><meta property="og:title" content="가상공사"></head><body>
<h1 class="logo"><a href="/main.do"><img alt="가상공사"></a></h1>
<div class="lnb"><h2>알림마당</h2><ul><li><a href="#">공지사항</a></li><li><a href="#">보도·해명자료</a></li></ul></div>
<div id="contents"><div class="location">홈 &gt; 알림마당 &gt; 보도·해명자료</div><h3>보도·해명자료</h3>
<div class="bbs_view"><dl><dt>가상공사, 중소기업 40곳과 수출 지원 협약 체결</dt><dd><ul><li>작성자 해외사업처</li><li>등록일 2025-03-03</li></ul></dd></dl>
<div class="bbs_content"><p>- 전시회 참가비 최대 500만원 지원, 통번역 인력도 연결 -</p>${ps(KO)}</div></div>
<div class="satisfy"><p>이 페이지에서 제공하는 정보에 대하여 만족하셨습니까?</p></div>
<p>가상공사의 저작물은 "공공누리" 출처표시 조건에 따라 이용할 수 있습니다.</p></div></body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.title).toBe('가상공사, 중소기업 40곳과 수출 지원 협약 체결');
    expect(r.text.split('\n\n')).toEqual(KO);
  });

  it('reads a Word-export headline in large type when <title> is only the organization; drops the italic deck and what follows "– ENDS –"', () => {
    const html = `<html><head><title>Sample River Council</title><meta property="og:site_name" content="Sample River Council"></head><body>
<div class="field-body"><p class="MsoNormal"><b><span style="font-size:10.0pt">FOR IMMEDIATE RELEASE</span></b></p>
<p class="MsoNormal" align="center"><b><span style="font-size:16.0pt">Sample River Council funds trade-fair trips for 40 small exporters</span></b></p>
<p class="MsoNormal" align="center"><i><span style="font-size:12.0pt">Grants of up to 5,000 dollars per company for booths and interpreters</span></i></p>
${ps(EN)}
<p class="MsoNormal" align="center">– ENDS –</p>
<p class="MsoNormal"><b>About the Council</b></p>
<p class="MsoNormal">The Sample River Council is an intergovernmental body established in 1995 that coordinates river management among its members.</p></div></body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.title).toBe('Sample River Council funds trade-fair trips for 40 small exporters');
    expect(r.text.split('\n\n')).toEqual(EN);
  });

  it('takes a plain <div> headline that repeats one part of "Site - Headline" when the site name is unknown', () => {
    const title = 'เทศบาลลงนามสนับสนุนผู้ส่งออกรายย่อย 40 ราย เตรียมเปิดรับสมัคร';
    const html = `<html><head><title>ข่าวเมืองตัวอย่าง - ${title}</title></head><body>
<a href="/"><img alt="โลโก้ ข่าวเมืองตัวอย่าง"></a><h2 class="cat-heading">ข่าวเด่นประจำวันนี้</h2>
<div class="detail-head">${title}</div><div class="detail-meta">วันที่ 3 มีนาคม 2568</div>
<div class="detail-content">${ps(TH)}</div></body></html>`;
    expect(strip(html, { format: 'html' }).title).toBe(title);
  });

  it('prefers the line over the dateline to a section heading above it when metadata says nothing', () => {
    const title = 'เทศบาลลงนามสนับสนุนผู้ส่งออกรายย่อย 40 ราย';
    const html = `<html><head><title>ข่าวเมืองตัวอย่าง</title></head><body>
<h2>ข่าวเด่นวันนี้ประจำจังหวัด</h2><div class="detail-head">${title}</div><div class="detail-date">วันที่ 3 มีนาคม 2568</div>
<div class="detail-content">${ps(TH)}</div></body></html>`;
    expect(strip(html, { format: 'html' }).title).toBe(title);
  });

  it('recognises large inline type', () => {
    const el = (name: string, attribs: Record<string, string>): HNode => ({ type: 'tag', name, attribs, parent: null, children: [] });
    expect(isLargeType(el('span', { style: 'font-size:16.0pt;color:#1F4E79' }))).toBe(true);
    expect(isLargeType(el('span', { style: 'font-size: 24px' }))).toBe(true);
    expect(isLargeType(el('font', { size: '5' }))).toBe(true);
    expect(isLargeType(el('span', { style: 'font-size:11.0pt' }))).toBe(false);
    expect(isLargeType(el('span', { style: 'font-size:16px' }))).toBe(false);
  });
});

describe('line classes: tools, feedback, decks, tags, disclaimers, contacts, end marks', () => {
  it.each([
    ['이 기사를 공유합니다', 'ui'],
    ['기사 글자크기', 'ui'],
    ['인쇄하기 이메일 보내기 스크랩', 'ui'],
    ['화면 확대 + 화면 축소 - 고대비 모드', 'ui'],
    ['ขนาดตัวอักษร', 'ui'],
    ['บันทึก', 'ui'],
    ['Print this page', 'ui'],
    ['Back to top', 'ui'],
    ['FOR IMMEDIATE RELEASE', 'ui'],
    ['Was this article helpful?', 'feedback'],
    ['이 페이지에서 제공하는 정보에 대하여 어느 정도 만족하셨습니까?', 'feedback'],
    ['บทความนี้มีประโยชน์หรือไม่?', 'feedback'],
    ['- 5년간 1,200만 달러 투입해 양수장·용수로 정비 -', 'deck'],
    ['แท็ก: กกต. ยุบพรรค ศาลรัฐธรรมนูญ', 'related'],
    ['Tags: exports, trade fairs', 'related'],
    ['#대한축구협회 #세종시교육청 #방과후', 'related'],
    ['*ข้อมูลนี้เป็นการนำเสนอข่าวสาร ไม่ใช่คำแนะนำในการลงทุน ผู้ลงทุนควรศึกษาข้อมูลก่อนตัดสินใจลงทุน', 'disclaimer'],
    ['Media contact: Jane Roe, Communications Officer, +856 21 263 263 ext. 4051, jane.roe@council.example', 'contact'],
    ['한국농어촌공사의 저작물은 "공공누리" 출처표시 조건에 따라 이용할 수 있습니다.', 'copyright'],
    ['작성자 해외사업처', 'meta'],
    ['ข่าว : ทีมข่าวภูมิภาค ทักษิณโพสต์', 'byline'],
    ['– ENDS –', 'end'],
    ['— VIO', 'end'],
    ["An LNG carrier under construction at the company's shipyard on Geoje Island. (Hanwha Ocean)", 'caption'],
  ])('%s → %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it('leaves body sentences alone', () => {
    expect(furnitureKind('Authorities said the grants would be paid within a month of the fair.')).toBeNull();
    expect(isFeedbackLine('The survey asked whether the helpline was useful to residents.')).toBe(false);
    expect(isDeckLine('- 참여 기업은 다음 달 14일까지 신청')).toBe(false);
    expect(furnitureKind('The company booked a net loss in 2024, according to the Thailand Board of Investment (BOI).')).toBeNull();
  });

  it('reads "Reporter Name" bylines and knows which markers end the body', () => {
    expect(bylineNames('Reporter Jeon Ha-neul')).toEqual(['Jeon Ha-neul']);
    expect(endsBody('– ENDS –')).toBe(true);
    expect(endsBody('(END)')).toBe(true);
    expect(endsBody('***')).toBe(false);
  });
});

describe('text headline and inline lists', () => {
  const body = EN.join('\n\n');
  it('takes the upper of a blank-separated headline / deck pair over the byline', () => {
    const t = `Home\nNews\n\nIndustry > Trade\n\nCouncil to pay trade-fair costs for 40 small manufacturers\n\nGrants of up to 5,000 dollars per company for booths and interpreters\n\nReporter Kim Min\nPublished 2025.03.04 15:32\n\n${body}`;
    expect(strip(t, { format: 'text' }).title).toBe('Council to pay trade-fair costs for 40 small manufacturers');
  });

  it('accepts a Korean headline ending in a bare verb over its deck', () => {
    const t = `가상일보\n홈\n뉴스\n경제 > 산업\n"해외 전시회 가자"…가상시, 중소기업 40곳 수출 지원 나선다\n전시회 참가비 최대 500만원…통번역 인력도 연결\n기자명 김가상 기자\n입력 2025.03.03 10:05\n\n${KO.join('\n\n')}`;
    expect(strip(t, { format: 'text' }).title).toBe('"해외 전시회 가자"…가상시, 중소기업 40곳 수출 지원 나선다');
  });

  it('treats a "Related Article" box between paragraphs as an interruption, not the end of the body', () => {
    const t = `Council to pay trade-fair costs for 40 small manufacturers\n\nBy Kim Min\n\n${EN[0]}\n\n${EN[1]}\n\nRelated Article\nExporters face higher freight costs this spring\n\n${EN[2]}\n\n${EN[3]}`;
    const r = strip(t, { format: 'text' });
    expect(r.text.split('\n\n')).toEqual(EN);
  });
});
