import { describe, expect, it } from 'vitest';
import { strip } from '../../src/stages/strip/index.js';

const KO_NEWS = `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>행안부, 지방정부 디지털 협력 확대 &lt; 정치 &lt; 기사본문 - 가상일보</title>
<meta property="og:title" content="행안부, 지방정부 디지털 협력 확대">
<meta property="og:site_name" content="가상일보">
<meta property="article:published_time" content="2024-1203T05:05:00+00:00">
<meta property="og:url" content="https://news.example.kr/article/123">
<script>var html = "<p>스크립트 안의 문단은 본문이 아니다.</p>";</script>
<style>.x{content:"스타일"}</style>
</head><body>
<div id="skip"><a href="#content">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>
<div id="header"><h1 class="logo"><a href="/"><img alt="가상일보"></a></h1>
<ul class="gnb"><li><a href="/p">정치</a></li><li><a href="/e">경제</a></li><li><a href="/s">사회</a></li></ul></div>
<div id="container">
 <div class="article_head">
  <h2 class="news_title">행안부, 지방정부 디지털 협력 확대</h2>
  <div class="info"><span>입력 2024.12.03 14:05</span> <span>수정 2024.12.04 09:00</span></div>
  <div class="sns_share"><a href="#">페이스북</a> <a href="#">트위터</a> <a href="#">카카오톡</a> <span>글자크기</span></div>
 </div>
 <div class="view_cont" id="articleBody">
  (세종=가상일보) 김다은 기자 = 행정안전부는 3일 정부세종청사에서 지방정부와 디지털 협력을 확대하기 위한 회의를 열었다고 밝혔다.<br><br>
  이번 회의에는 17개 시도의 디지털 담당 국장이 참석해, 공공&nbsp;서비스의 디지털 전환 방안을 논의했다.<br><br>
  <figure class="photo"><img src="a.jpg"><figcaption>회의 모습 [행정안전부 제공]</figcaption></figure>
  행안부 관계자는 &quot;지방정부와 긴밀히 협력해 국민이 체감하는 변화를 만들겠다&quot;고 말했다.<br><br>
  김다은 기자 kde@example.kr<br>
  &lt;저작권자 ⓒ 가상일보, 무단 전재 및 재배포 금지&gt;
  <div class="relate_news"><h3>관련기사</h3><ul><li><a href="/1">행안부, 내년 예산 확정</a></li><li><a href="/2">지방정부 협의회 출범</a></li><li><a href="/3">디지털 정부 평가 1위</a></li></ul></div>
 </div>
 <div class="most_read"><h3>많이 본 뉴스</h3><ol><li><a href="/9">2024.11.30 다른 기사 제목</a></li><li><a href="/8">또 다른 기사 제목</a></li></ol></div>
</div>
<div id="footer"><p>Copyright © 가상일보. All rights reserved. 주소: 서울시 중구</p></div>
</body></html>`;

describe('strip html: Korean news page', () => {
  const r = strip(KO_NEWS, { format: 'html' });

  it('keeps the body paragraphs (br-separated runs) with the lede dateline, entities decoded', () => {
    expect(r.text).toBe(
      [
        '(세종=가상일보) 김다은 기자 = 행정안전부는 3일 정부세종청사에서 지방정부와 디지털 협력을 확대하기 위한 회의를 열었다고 밝혔다.',
        '이번 회의에는 17개 시도의 디지털 담당 국장이 참석해, 공공 서비스의 디지털 전환 방안을 논의했다.',
        '행안부 관계자는 "지방정부와 긴밀히 협력해 국민이 체감하는 변화를 만들겠다"고 말했다.',
      ].join('\n\n'),
    );
  });

  it('drops navigation, share widgets, captions, signatures, copyright, related and most-read lists', () => {
    for (const s of ['바로가기', '페이스북', '글자크기', '회의 모습', 'kde@example.kr', '무단 전재', '관련기사', '예산 확정', '많이 본', 'Copyright', '스크립트', '스타일']) {
      expect(r.text).not.toContain(s);
    }
  });

  it('takes the on-page headline, the visible local date, byline, url and site name', () => {
    expect(r.title).toBe('행안부, 지방정부 디지털 협력 확대');
    // The meta value is malformed ("2024-1203"), so the visible dateline decides; the page is Korean → +09:00.
    expect(r.publishedAt).toBe('2024-12-03T14:05+09:00');
    expect(r.byline).toEqual(['김다은']);
    expect(r.url).toBe('https://news.example.kr/article/123');
    expect(r.siteName).toBe('가상일보');
    expect(r.warnings).toEqual([]);
  });
});

describe('strip html: publishedAt', () => {
  const page = (head: string, dateline: string): string => `<html><head>${head}</head><body>
    <article><h1>Ministry opens regional data centre</h1><p class="meta">${dateline}</p>
    <p>The ministry opened a regional data centre on Tuesday, officials said, in a move to cut costs for provincial offices.</p>
    <p>The centre will host services for 40 agencies, and a second site is planned for next year, according to the plan.</p></article>
    <aside><h3>Latest</h3><ul><li>Published: 1 Jan 2020</li></ul></aside></body></html>`;

  it('prefers the visible local date over a UTC timestamp that falls on another day', () => {
    const r = strip(page('<meta property="article:published_time" content="2024-12-02T22:30:00Z">', 'Published: 3 Dec 2024 at 07:30'), { format: 'html' });
    expect(r.publishedAt?.slice(0, 10)).toBe('2024-12-03');
  });

  it('uses the metadata timestamp when it agrees with the visible date', () => {
    const r = strip(page('<meta property="article:published_time" content="2024-12-03T07:30:00+07:00">', 'Published: 3 Dec 2024'), { format: 'html' });
    expect(r.publishedAt).toBe('2024-12-03T07:30:00+07:00');
  });

  it('reads JSON-LD datePublished, headline and author (also inside @graph)', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example Daily' },
        { '@type': 'NewsArticle', headline: 'Ministry opens regional data centre', datePublished: '2024-12-03T09:00:00+09:00', author: [{ '@type': 'Person', name: 'Kim Min-ji' }] },
      ],
    });
    const r = strip(page(`<script type="application/ld+json">${ld}</script>`, ''), { format: 'html' });
    expect(r.publishedAt).toBe('2024-12-03T09:00:00+09:00');
    expect(r.title).toBe('Ministry opens regional data centre');
    expect(r.byline).toEqual(['Kim Min-ji']);
  });

  it('never takes a date from a sidebar', () => {
    const r = strip(page('', ''), { format: 'html' });
    expect(r.publishedAt).toBeNull();
    expect(r.warnings).toContain('no-published-date');
  });
});

describe('strip html: Thai page', () => {
  const TH = `<html lang="th"><head><meta charset="utf-8"><title>กรมอุตุฯ เตือนฝนตกหนักภาคเหนือ | ข่าวสดไทย</title></head><body>
  <nav><a href="/">หน้าแรก</a> <a href="/news">ข่าว</a></nav>
  <div class="entry-header"><h1 class="entry-title">กรมอุตุฯ เตือนฝนตกหนักภาคเหนือ</h1>
  <div class="entry-meta">เผยแพร่: ๓ ธ.ค. ๒๕๖๗ เวลา 09.30 น. โดย ทีมข่าวภูมิภาค</div></div>
  <div class="entry-content">
   <p>กรมอุตุนิยมวิทยาประกาศเตือนให้ประชาชนในภาคเหนือเตรียมรับมือฝนตกหนักถึงหนักมาก ในช่วงวันที่ 4 ถึง 6 ธันวาคม 2567 เนื่องจากมีหย่อมความกดอากาศต่ำ</p>
   <p>ผู้ว่าราชการจังหวัดเชียงใหม่ สั่งการให้ทุกอำเภอเฝ้าระวังพื้นที่เสี่ยงน้ำป่าไหลหลากและดินโคลนถล่ม พร้อมจัดเตรียมศูนย์พักพิงชั่วคราว</p>
   <p>ที่มา: กรมอุตุนิยมวิทยา</p>
   <div class="share-buttons"><a href="#">แชร์</a> <a href="#">Facebook</a> <a href="#">LINE</a></div>
   <div class="related-posts"><h4>ข่าวที่เกี่ยวข้อง</h4><ul><li><a href="/a">น้ำท่วมเชียงราย ๒ ธ.ค. ๒๕๖๗</a></li><li><a href="/b">ฝนถล่มลำปาง</a></li></ul></div>
  </div>
  <footer>สงวนลิขสิทธิ์ © 2567 ข่าวสดไทย</footer></body></html>`;
  const r = strip(TH, { format: 'html' });

  it('extracts the body and drops source line, share and related lists', () => {
    expect(r.text).toBe(
      'กรมอุตุนิยมวิทยาประกาศเตือนให้ประชาชนในภาคเหนือเตรียมรับมือฝนตกหนักถึงหนักมาก ในช่วงวันที่ 4 ถึง 6 ธันวาคม 2567 เนื่องจากมีหย่อมความกดอากาศต่ำ\n\n' +
        'ผู้ว่าราชการจังหวัดเชียงใหม่ สั่งการให้ทุกอำเภอเฝ้าระวังพื้นที่เสี่ยงน้ำป่าไหลหลากและดินโคลนถล่ม พร้อมจัดเตรียมศูนย์พักพิงชั่วคราว',
    );
  });

  it('converts the Buddhist-era dateline (Thai digits) and reads the title', () => {
    expect(r.title).toBe('กรมอุตุฯ เตือนฝนตกหนักภาคเหนือ');
    expect(r.publishedAt).toBe('2024-12-03T09:30+07:00');
  });
});

describe('strip html: layout', () => {
  it('joins a body split across sibling containers around an ad', () => {
    const html = `<html><body><div id="wrap"><h1>Port traffic rises for third month</h1>
      <div class="story-part"><p>Container traffic at the port rose 6% in November from a year earlier, the port authority said on Monday, the third monthly gain.</p>
      <p>Exports of machinery and electronics accounted for most of the increase, while imports of fuel fell slightly.</p></div>
      <div class="ad-slot"><a href="/ad">Advertisement</a></div>
      <div class="story-part"><p>The authority expects full-year volume to reach a record, helped by new shipping routes to Southeast Asia and the Middle East.</p>
      <p>Analysts said the figures pointed to a gradual recovery in regional trade, though risks from weaker demand in Europe remain.</p></div>
      </div><div class="footer">About us | Contact</div></body></html>`;
    const r = strip(html, { format: 'html' });
    const paras = r.text.split('\n\n');
    expect(paras).toHaveLength(4);
    expect(paras[0]).toMatch(/^Container traffic/);
    expect(paras[3]).toMatch(/^Analysts said/);
    expect(r.text).not.toContain('Advertisement');
    expect(r.title).toBe('Port traffic rises for third month');
  });

  it('finds the body in a layout table and puts list items and cells on their own lines', () => {
    const html = `<html><head><meta charset="euc-kr"><title>보도자료 | 가상부</title></head><body>
      <table width="100%"><tr><td class="left_menu"><a href="/1">기관소개</a><br><a href="/2">알림마당</a><br><a href="/3">정보공개</a></td>
      <td class="content">
        <table class="board_view"><tr><th>제목</th><td class="tit">가상부, 겨울철 재난 대비 종합대책 발표</td></tr>
        <tr><th>작성일</th><td>2024-12-05</td><th>조회</th><td>1532</td></tr></table>
        <div class="board_content">
        <p>□ 가상부는 5일 겨울철 대설과 한파에 대비한 종합대책을 발표하고, 내년 3월까지 재난안전대책본부를 운영한다고 밝혔다.</p>
        <ul><li>ㅇ 취약계층 20만 가구에 난방비를 지원한다.</li><li>ㅇ 제설 장비 1,200대를 사전에 배치한다.</li></ul>
        <p>※ 세부 내용은 붙임 자료를 참고하기 바랍니다.</p>
        </div>
        <div class="file"><a href="/f">첨부파일 대책.hwp</a></div>
      </td></tr></table></body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.text).toBe(
      [
        '□ 가상부는 5일 겨울철 대설과 한파에 대비한 종합대책을 발표하고, 내년 3월까지 재난안전대책본부를 운영한다고 밝혔다.',
        'ㅇ 취약계층 20만 가구에 난방비를 지원한다.',
        'ㅇ 제설 장비 1,200대를 사전에 배치한다.',
        '※ 세부 내용은 붙임 자료를 참고하기 바랍니다.',
      ].join('\n\n'),
    );
    expect(r.title).toBe('가상부, 겨울철 재난 대비 종합대책 발표');
    expect(r.publishedAt).toBe('2024-12-05');
  });

  it('drops repeated captions, bylines, "(END)" and photo credits inside the article', () => {
    const html = `<html><body><article><h1>Seoul to expand night buses</h1>
      <p>By Lee Ji-hoon</p>
      <div class="img"><img src="x.jpg" alt=""><p>A night bus in central Seoul. (Yonhap)</p></div>
      <p>A night bus in central Seoul. (Yonhap)</p>
      <p>SEOUL, Dec. 10 (Yonhap) -- Seoul will add 14 night bus routes from next month to serve late-shift workers, the city government said Tuesday.</p>
      <p>The new routes will run every 20 minutes between midnight and 4 a.m., connecting outer districts with the city centre and major hospitals.</p>
      <p>(END)</p></article></body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.text.split('\n\n')).toEqual([
      'SEOUL, Dec. 10 (Yonhap) -- Seoul will add 14 night bus routes from next month to serve late-shift workers, the city government said Tuesday.',
      'The new routes will run every 20 minutes between midnight and 4 a.m., connecting outer districts with the city centre and major hospitals.',
    ]);
    expect(r.byline).toEqual(['Lee Ji-hoon']);
  });

  it('removes the site name from <title> when no heading exists', () => {
    const html = `<html><head><title>Rice prices ease as harvest arrives - The Example Times</title><meta property="og:site_name" content="The Example Times"></head>
      <body><div><p>Rice prices eased in October as the main harvest reached markets, the agriculture ministry said, with paddy prices down 4% from September.</p>
      <p>Farmers' groups asked the government to keep its price guarantee scheme in place for another season, citing higher fertiliser costs.</p></div></body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.title).toBe('Rice prices ease as harvest arrives');
    expect(r.siteName).toBe('The Example Times');
  });
});

describe('strip html: pages without an article', () => {
  it('returns no text for a home page made of link lists', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}">Headline number ${i} about an important topic today</a> <span>2024-12-0${(i % 9) + 1}</span></li>`).join('');
    const html = `<html><head><title>Example News - Home</title></head><body><nav><a href="/">Home</a></nav><div class="main"><ul>${items}</ul></div><div class="most"><ol>${items}</ol></div></body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.text).toBe('');
    expect(r.warnings).toContain('no-main-content');
  });

  it('returns no text for a frameset', () => {
    const r = strip('<html><head><title>Portal</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"></frameset></html>', { format: 'html' });
    expect(r.text).toBe('');
    expect(r.warnings).toContain('no-main-content');
  });
});

describe('strip html: data tables in the body', () => {
  it('keeps a statistics table after the lede, cell by cell, including numbers and repeated values', () => {
    const html = `<html><body><div class="article_view"><h1>2024년 3분기 수출 실적</h1>
      <p>산업통상자원부는 3분기 수출이 전년 같은 기간보다 10.7% 늘어난 1,742억 달러를 기록했다고 1일 밝혔다.</p>
      <table class="stats"><tr><th>구분</th><th>2023년</th><th>2024년</th></tr>
      <tr><td>반도체</td><td>256</td><td>367</td></tr><tr><td>자동차</td><td>0</td><td>0</td></tr></table>
      <p>반도체 수출은 인공지능 서버 수요에 힘입어 4개 분기 연속 증가했다.</p></div></body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.text.split('\n\n')).toEqual([
      '산업통상자원부는 3분기 수출이 전년 같은 기간보다 10.7% 늘어난 1,742억 달러를 기록했다고 1일 밝혔다.',
      '구분', '2023년', '2024년', '반도체', '256', '367', '자동차', '0', '0',
      '반도체 수출은 인공지능 서버 수요에 힘입어 4개 분기 연속 증가했다.',
    ]);
  });
});

describe('strip html: headline markup', () => {
  it('keeps a headline broken with <br> whole', () => {
    const html = `<html><head><meta property="og:title" content="Floods hit north; thousands evacuated"></head><body><article>
      <h1>Floods hit north;<br>thousands evacuated</h1>
      <p>Floodwaters rose in four northern provinces on Sunday, forcing thousands of residents to leave their homes, officials said.</p>
      <p>The disaster agency said 12 shelters had been opened and more boats were on the way to the worst-hit districts.</p></article></body></html>`;
    const r = strip(html, { format: 'html' });
    expect(r.title).toBe('Floods hit north; thousands evacuated');
    expect(r.text).not.toContain('thousands evacuated');
  });
});
