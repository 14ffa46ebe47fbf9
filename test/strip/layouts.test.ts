/**
 * Title selection and closing furniture on layouts with the headline away from the body: a board-style
 * head block that joins the body, a headline above a quote table, broadcast transcripts, and scraped
 * pages with a subheadline under the headline. Documents written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, furnitureKind } from '../../src/stages/strip/common/lines.js';
import { strip } from '../../src/stages/strip/index.js';

const para = (s: string, n: number): string => Array.from({ length: n }, (_, i) => `<p>${s} (${i + 1})</p>`).join('\n');

describe('html title: headline inside the head block that joins the body', () => {
  const html = `<html><head><meta charset="utf-8"><title>가상의회뉴스</title>
<meta property="og:title" content="[의회소식] 환경위, 하천 정비법 심사 착수">
<meta property="og:site_name" content="가상의회뉴스"></head><body>
<div id="hd"><h1 class="logo"><a href="/">가상의회뉴스</a></h1></div>
<div id="wrap">
 <div class="view_top">
  <span class="cate">[상임위 소식]</span>
  <h3 class="subject">환경위, '하천 정비법' 심사 착수…여야 내달 처리 합의</h3>
  <ul class="info"><li>등록일 2025-03-04 10:10</li><li>조회 1,204</li></ul>
 </div>
 <div class="view_cont">
${para('환경노동위원회는 4일 전체회의를 열고 하천 정비에 관한 법률안을 법안심사소위원회에 넘겼다고 밝혔다.', 4)}
 </div>
</div></body></html>`;
  const r = strip(html, { format: 'html' });

  it('takes the on-page heading over a differently worded og:title', () => {
    expect(r.title).toBe("환경위, '하천 정비법' 심사 착수…여야 내달 처리 합의");
  });
  it('drops the kicker above the headline from the body', () => {
    expect(r.text).not.toContain('[상임위 소식]');
    expect(r.text).toContain('환경노동위원회는 4일');
  });
});

describe('html title: h1 far above the body behind a quote table', () => {
  const cells = Array.from({ length: 6 }, (_, i) => `<tr><td>ABC${i}</td><td>1${i}.50</td><td>+0.${i}0</td><td>+1.${i}</td></tr>`).join('');
  const html = `<html><head><meta charset="utf-8"><title>Short social headline | Money Daily</title>
<meta property="og:title" content="Short social headline"><meta property="og:site_name" content="Money Daily"></head><body>
<header class="masthead"><a class="logo" href="/">Money Daily</a></header>
<main><article class="story">
 <h1>Harbor Logistics posts record annual profit and raises its dividend for a third year</h1>
 <div class="deck">Cold-storage demand lifts margins</div>
 <div class="share-tools"><a href="#">Share</a> <a href="#">Copy link</a></div>
 <div class="quote-box"><table><tr><th>Symbol</th><th>Last</th><th>Change</th><th>%</th></tr>${cells}</table></div>
 <div class="article-body">
${para('Harbor Logistics said on Tuesday that its net profit rose 18 percent last year, helped by strong demand for cold storage in the region.', 4)}
 </div>
</article></main></body></html>`;
  const r = strip(html, { format: 'html' });

  it('still takes the h1 as the headline', () => {
    expect(r.title).toBe('Harbor Logistics posts record annual profit and raises its dividend for a third year');
  });
  it('does not reach over more text than a header strip holds', () => {
    const items = Array.from({ length: 20 }, (_, i) => `<div class="item"><a href="/b/${i}">Market brief number ${i + 1} for the week ahead</a></div>`).join('');
    const far = html.replace('<div class="deck">Cold-storage demand lifts margins</div>', items);
    expect(strip(far, { format: 'html' }).title).toBe('Short social headline');
  });
});

describe('html: broadcast transcript closing lines', () => {
  const html = `<html><head><meta charset="utf-8"><meta property="og:title" content="항만 스마트 크레인 도입"></head><body>
<main id="content">
 <h2 class="headline">항만 스마트 크레인 도입</h2>
 <div class="dates"><em>입력 2025.05.02 (19:40)</em></div>
 <div class="detail-body">
  가상항만공사는 2일 자동화 크레인 6대를 새로 들여와 다음 달부터 시험 운영한다고 밝혔습니다.<br><br>
  새 크레인은 원격으로 조종돼 야간 작업 중 사고 위험을 크게 줄일 수 있을 것으로 기대됩니다.<br><br>
  공사 측은 연말까지 운영 결과를 분석해 다른 부두로 확대할지 결정할 계획입니다.<br><br>
  ABC 뉴스 홍길동입니다.<br><br>
  촬영기자:김철수/영상편집:이영희
 </div>
 <div class="jebo_box"><h3>ABC는 여러분의 제보를 기다립니다</h3><p>▷ 전화 : 02-000-0000 ▷ 이메일 : tip@example.kr ▷ 카카오톡 'ABC제보' 검색</p></div>
</main></body></html>`;
  const r = strip(html, { format: 'html' });

  it('drops the sign-off, the production credits and the tip box', () => {
    expect(r.text).toContain('공사 측은 연말까지');
    expect(r.text).not.toContain('홍길동입니다');
    expect(r.text).not.toContain('촬영기자');
    expect(r.text).not.toContain('제보를 기다립니다');
  });
});

describe('closing-line classifiers', () => {
  it('reads a broadcast sign-off as a byline with the reporter name', () => {
    expect(bylineNames('KBS 뉴스 김철수입니다.')).toEqual(['김철수']);
    expect(bylineNames('연합뉴스TV 박영희 기자입니다.')).toEqual(['박영희']);
    expect(furnitureKind('가짜뉴스 문제입니다.')).toBeNull();
  });
  it('recognises production credits, not sentences starting with a role word', () => {
    expect(furnitureKind('촬영기자:김철수/영상편집:이영희/그래픽:박민수')).toBe('source');
    expect(furnitureKind('영상취재 박민수 / 편집 이하나')).toBe('source');
    expect(furnitureKind('Camera: Kim Su / Editing: Lee Na')).toBe('source');
    expect(furnitureKind('촬영 장소는 서울 종로구')).toBeNull();
    expect(furnitureKind('그래픽 자료에 따르면 수출이 늘었다')).toBeNull();
  });
  it('recognises tip solicitations', () => {
    expect(furnitureKind('XYZ는 여러분의 제보를 기다립니다')).toBe('contact');
    expect(furnitureKind('Got a tip? Write to us')).toBe('contact');
    expect(furnitureKind('แจ้งข่าวได้ที่ ไลน์ @example')).toBe('contact');
  });
});

describe('strip text: headline with a subheadline under it', () => {
  const body = [
    '가상시는 내년부터 시내버스 요금을 동결하고 청소년 요금은 절반으로 낮춘다고 20일 밝혔다. 시는 이를 위해 예산 120억원을 편성했다.',
    '',
    '시 관계자는 "물가 부담을 덜기 위해 요금 동결을 결정했다"며 "운수업체 지원도 함께 늘리겠다"고 말했다.',
    '',
    '시민단체는 환영 입장을 밝히면서도 노선 개편 계획을 함께 공개해야 한다고 요구했다.',
  ];
  const head = ['가상일보', '전체기사', '정치', '경제', '사회 > 교통'];

  it('takes the upper of two stacked headline lines', () => {
    const input = [...head, '가상시, 시내버스 요금 내년 동결…청소년 요금은 절반으로', '운수업체 지원금 120억 편성…노선 개편은 하반기', '입력 2024-11-20 10:00', '김기자 기자', '', ...body].join('\n');
    expect(strip(input, { format: 'text' }).title).toBe('가상시, 시내버스 요금 내년 동결…청소년 요금은 절반으로');
  });
  it('takes the nearest line when a list of headlines stands above it', () => {
    const input = [...head, '다른 기사 제목 하나가 여기 길게 들어가 있다', '또 다른 기사 제목이 여기에 길게 들어가 있다', '가상시, 시내버스 요금 내년 동결…청소년 요금은 절반으로', '입력 2024-11-20 10:00', '김기자 기자', '', ...body].join('\n');
    expect(strip(input, { format: 'text' }).title).toBe('가상시, 시내버스 요금 내년 동결…청소년 요금은 절반으로');
  });
});
