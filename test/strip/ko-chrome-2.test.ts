/**
 * Korean page layouts added in the second round of unseen-layout fixtures: a broadcaster's anchor + report
 * transcript, a county press board whose body was pasted from a word processor, a public corporation's
 * bilingual newsroom, and a mobile news page scraped to text. Small invented snippets only.
 */
import { describe, expect, it } from 'vitest';
import { visibleDate } from '../../src/stages/strip/common/dateline.js';
import { bylineNames, furnitureKind } from '../../src/stages/strip/common/lines.js';
import { effectiveLength } from '../../src/stages/strip/common/normalize.js';
import { stripHtml } from '../../src/stages/strip/html/index.js';
import { stripText } from '../../src/stages/strip/text/index.js';

const P1 = '□ 가람군(군수 오세진)은 지난 4일 군청 회의실에서 지역 농협과 청년 농업인 정착 지원 협약을 체결했다고 5일 밝혔다.';
const P2 = 'ㅇ 협약에 따라 농협은 청년 농업인에게 농기계 임대료를 절반으로 낮춰 주고, 군은 주거비와 교육비를 3년간 지원한다.';
const P3 = '□ 오세진 군수는 “청년들이 농촌에 뿌리내릴 수 있도록 행정과 농협이 함께 돕겠다”며 “지원 대상을 계속 늘리겠다”고 말했다.';

const para = (text: string) => ({ text, length: effectiveLength(text), linkLength: 0 });

describe('broadcast transcript lines', () => {
  it('reads segment markers on their own line as labels', () => {
    for (const line of ['[앵커]', '[기자]', '[리포트]', '[앵커 멘트]', '[인터뷰]', '[녹취]']) expect(furnitureKind(line)).toBe('ui');
    // A bracketed word inside a sentence is body.
    expect(furnitureKind('[앵커] 오늘 첫 소식입니다. 가람군이 청년 농업인 지원에 나섭니다.')).toBeNull();
  });

  it('reads a speaker caption (name / affiliation and title) as a caption', () => {
    expect(furnitureKind('박민호 / 가람대학교 농업경제학과 교수')).toBe('caption');
    expect(furnitureKind('[인터뷰:박민호/가람대 교수]')).toBe('caption');
    // A sentence with a slash is not one.
    expect(furnitureKind('박민호 교수는 “수도권/비수도권 격차가 커지고 있다”고 말했다.')).toBeNull();
  });

  it("reads the anchor's hand-off as a byline naming the reporter", () => {
    expect(furnitureKind('최유나 기자가 보도합니다.')).toBe('byline');
    expect(bylineNames('한지성 특파원이 전합니다.')).toEqual(['한지성']);
    expect(furnitureKind('최유나 기자가 현장을 찾았을 때 주민들은 이미 대피한 뒤였습니다.')).toBeNull();
  });

  it("reads a broadcaster's tip-box slogan as chrome", () => {
    expect(furnitureKind("※ '당신의 제보가 뉴스가 됩니다'")).toBe('contact');
  });

  it('drops markers, hand-off and speaker captions from a transcript page', () => {
    const html = `<html><head><title>가람군 청년 농업인 정착 지원 | TBN</title></head><body>
      <h2 class="news_title">가람군, 청년 농업인 정착 지원…농기계 임대료 절반</h2>
      <p class="date">2025.04.05. 오후 6:10</p>
      <div class="news_text">
        [앵커]<br><br>가람군이 청년 농업인의 농촌 정착을 돕기 위해 농기계 임대료를 절반으로 낮춥니다.<br><br>
        최유나 기자가 보도합니다.<br><br>[기자]<br><br>
        가람군은 지역 농협과 청년 농업인 정착 지원 협약을 맺고 주거비와 교육비도 3년간 지원하기로 했습니다.<br><br>
        [인터뷰]<br><br>오세진 / 가람군수<br><br>
        "청년들이 농촌에 뿌리내릴 수 있도록 행정과 농협이 함께 돕겠습니다."<br><br>
        군은 지원 대상을 내년까지 200명으로 늘릴 계획입니다.<br><br>TBN 최유나입니다.
      </div></body></html>`;
    const r = stripHtml(html);
    expect(r.text).toBe(
      [
        '가람군이 청년 농업인의 농촌 정착을 돕기 위해 농기계 임대료를 절반으로 낮춥니다.',
        '가람군은 지역 농협과 청년 농업인 정착 지원 협약을 맺고 주거비와 교육비도 3년간 지원하기로 했습니다.',
        '"청년들이 농촌에 뿌리내릴 수 있도록 행정과 농협이 함께 돕겠습니다."',
        '군은 지원 대상을 내년까지 200명으로 늘릴 계획입니다.',
      ].join('\n\n'),
    );
  });
});

describe('captions with an unbracketed credit', () => {
  it('reads "… . 기관 제공" closing a caption as a caption, not a sentence ending in 제공', () => {
    expect(furnitureKind('가람군 해안에 들어선 해상풍력 실증 단지 전경. 한빛에너지 제공')).toBe('caption');
    expect(furnitureKind('군은 참여 농가에 모종과 비료를 무료로 제공')).toBeNull();
    expect(furnitureKind('군은 참여 농가에 모종과 비료를 무료로 제공한다. 신청은 다음 달까지 받는다.')).toBeNull();
  });
});

describe('mobile page scraped to text', () => {
  const L1 = '가람군이 청년 농업인의 농촌 정착을 돕기 위해 올해부터 농기계 임대료를 절반으로 낮추고 주거비와 교육비를 3년간 지원한다고 5일 밝혔다.';
  const L2 = '지원 대상은 만 18세 이상 40세 미만으로 군에 주소를 두고 영농을 시작한 지 3년이 지나지 않은 청년 농업인이며, 올해는 80명을 뽑는다.';
  const L3 = '군은 오는 6월 30일까지 읍·면사무소에서 신청을 받고 서류 심사와 면접을 거쳐 7월 중 대상자를 확정할 계획이라고 설명했다.';
  it('runs the body on across a read-more line set between two paragraphs', () => {
    const input = [
      '메뉴 열기', '', '사회 > 지역', '', '가람군, 청년 농업인 정착 지원…농기계 임대료 절반', '', '정다은 기자', '승인 2025.04.05 16:05', '',
      L1, '', '▶ 관련기사: 가람군, 귀농 상담센터 문 열어', '', L2, '', '▶ 관련기사: 청년 농업인 10년 새 절반으로', '', L3, '',
      '정다은 기자 jde@news.example', '', '이 기사를 추천합니다', '실시간 인기 검색어', '1', '벚꽃 개화', '2', '황사',
    ].join('\n');
    const r = stripText(input);
    expect(r.text).toBe([L1, L2, L3].join('\n\n'));
    expect(r.title).toBe('가람군, 청년 농업인 정착 지원…농기계 임대료 절반');
  });
});

describe('county press board with a pasted word-processor body', () => {
  const page = `<html><head><title>보도자료 상세보기 | 군정소식 | 가람군청</title></head><body>
    <div id="contents"><h3>보도자료</h3>
    <table class="bbs_view"><tbody>
      <tr><th>제목</th><td colspan="3">가람군, 청년 농업인 정착 지원 협약…농기계 임대료 절반</td></tr>
      <tr><th>담당부서</th><td>농업정책과</td><th>작성일</th><td>2025-04-05</td></tr>
      <tr><th>조회수</th><td colspan="3">88</td></tr>
      <tr><td colspan="4" class="bbs_content">
        <p style="text-align:center"><span style="font-size:16pt;font-weight:bold">가람군, 청년 농업인 정착 지원 협약 체결</span></p>
        <p>${P1}</p><p>${P2}</p><p>${P3}</p>
      </td></tr>
    </tbody></table></div></body></html>`;

  it('takes the labelled subject cell as the headline and drops the reworded title atop the body', () => {
    const r = stripHtml(page);
    expect(r.title).toBe('가람군, 청년 농업인 정착 지원 협약…농기계 임대료 절반');
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
    expect(r.publishedAt).toBe('2025-04-05');
  });
});

describe('bilingual newsroom', () => {
  const page = `<html><head><title>보도자료 | PR Center | 가람공사</title></head><body>
    <div class="pr_view">
      <table class="release_info"><tr><th>보도일시</th><td>2025. 4. 5.(토) 조간</td><th>등록일</th><td>2025.04.05</td></tr>
        <tr><th>담당부서</th><td>해외사업팀</td><th>매수</th><td>총 2매</td></tr></table>
      <h4 class="view_title">가람공사, 태국 전력회사와 해상풍력 협력…남부 해안 실증</h4>
      <p class="view_title_en">Garam Corporation teams up with a Thai utility on offshore wind</p>
      <div class="view_cont"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>
    </div></body></html>`;

  it('keeps the Hangul headline over its English rendering and reads the date from the info table above it', () => {
    const r = stripHtml(page);
    expect(r.title).toBe('가람공사, 태국 전력회사와 해상풍력 협력…남부 해안 실증');
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
    expect(r.publishedAt).toBe('2025-04-05');
  });

  it('reads a value cell under a board field label, above the headline only under a publication label', () => {
    const rows = ['등록일', '2025.04.05', '담당부서', '해외사업팀', '매수', '총 2매', '메뉴', '보도자료', '가람공사, 태국 전력회사와 해상풍력 협력', P1, P2];
    expect(visibleDate(rows.map(para), 8, 9, 10)?.dt).toMatchObject({ y: 2025, m: 4, d: 5 });
    // An unlabelled date that far above the headline (a top bar's today) is not read.
    const unlabelled = ['2025.04.07', '담당부서', '해외사업팀', '매수', '총 2매', '메뉴', '보도자료', '검색', '가람공사, 태국 전력회사와 해상풍력 협력', P1, P2];
    expect(visibleDate(unlabelled.map(para), 8, 9, 10)).toBeNull();
  });
});
