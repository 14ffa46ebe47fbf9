/**
 * Korean headline presentations beyond the first dev layouts: letter-spaced board field labels ("제 목"),
 * a <title> that names only the board ("보도자료 | 기관명") over a board-name heading that repeats a menu
 * entry, a title-classed headline over a plain two-line subtitle, scraped text with a multi-line deck under
 * the headline, scraped board tables (label / value lines), and the portal's section-classification note.
 * Pages written for these tests (invented content).
 */
import { describe, expect, it } from 'vitest';
import { furnitureKind, isUiLine, joinSpacedLabel } from '../../src/stages/strip/common/lines.js';
import { strip } from '../../src/stages/strip/index.js';

const BODY = [
  '가상군은 섬 지역 응급환자를 육지 병원으로 옮기는 이송선 2척을 다음 달부터 운영한다고 22일 밝혔다.',
  '이송선에는 응급구조사 2명이 상시 탑승하며, 거점 병원 의료진이 영상으로 응급처치를 지도한다.',
  '군은 시범 운영 기간 응급환자 이송 시간이 평균 95분에서 43분으로 줄었다고 설명했다.',
  '군 관계자는 "섬 주민들이 골든타임을 놓치지 않도록 운영 범위를 넓히겠다"고 말했다.',
];
const HEADLINE = '섬 응급환자 이송선 2척 다음 달부터 운영…이송 시간 절반으로';

function board(opts: { title: string; labels: [string, string, string] }): string {
  const [t, w, d] = opts.labels;
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${opts.title}</title>
<meta property="og:title" content="가상군청"></head><body>
<div id="skip"><a href="#contents">본문 바로가기</a></div>
<h1 class="logo"><a href="/"><img src="/logo.png" alt="가상군청"></a></h1>
<div id="lnb"><h2>알림마당</h2><ul><li><a href="/notice">공지사항</a></li><li><a href="/press">보도자료</a></li><li><a href="/recruit">채용정보</a></li></ul></div>
<div id="contents"><h3 class="sub_title">보도자료</h3>
<div class="location"><a href="/">홈</a> &gt; <a href="/news">알림마당</a> &gt; <strong>보도자료</strong></div>
<table class="tbl_view"><tbody>
<tr><th scope="row">${t}</th><td colspan="3">${HEADLINE}</td></tr>
<tr><th scope="row">${w}</th><td>보건행정팀</td><th scope="row">${d}</th><td>2025-05-22</td></tr>
<tr><td colspan="4" class="view_cont">${BODY.map((p) => `<p>${p}</p>`).join('\n')}</td></tr>
</tbody></table>
<ul class="view_nav"><li><span>이전글</span><a href="/press/1">가상군, 여름철 물놀이 안전요원 배치</a><span>2025-05-19</span></li></ul>
</div></body></html>`;
}

describe('letter-spaced field labels', () => {
  it('joins a leading run of single syllables only into a known field label', () => {
    expect(joinSpacedLabel('제 목')).toBe('제목');
    expect(joinSpacedLabel('등 록 일 2025-05-22')).toBe('등록일 2025-05-22');
    expect(joinSpacedLabel('작 성 자 : 홍보팀')).toBe('작성자 : 홍보팀');
    // Prose and other short words are left alone.
    expect(joinSpacedLabel('이 전 장관은 3일 회견을 열었다.')).toBe('이 전 장관은 3일 회견을 열었다.');
    expect(joinSpacedLabel('가 나 다')).toBe('가 나 다');
  });
  it('classifies spaced labels as furniture', () => {
    expect(isUiLine('조 회 수')).toBe(true);
    expect(furnitureKind('등 록 일 2025-05-22')).toBe('meta');
  });
});

describe('board view tables', () => {
  it('takes the headline from a letter-spaced "제 목" row', () => {
    const out = strip(board({ title: '보도자료 상세 | 가상군청', labels: ['제 목', '작 성 자', '등 록 일'] }), { format: 'html' });
    expect(out.title).toBe(HEADLINE);
    expect(out.publishedAt).toBe('2025-05-22');
    expect(out.text.startsWith(BODY[0]!)).toBe(true);
  });
  it('does not take the board-name heading that a "보도자료 | 기관명" <title> confirms', () => {
    const out = strip(board({ title: '보도자료 | 가상군청', labels: ['제목', '작성자', '등록일'] }), { format: 'html' });
    expect(out.title).toBe(HEADLINE);
  });
});

describe('title-classed headline over a plain subtitle', () => {
  it('prefers the headline to the last subtitle line over the byline', () => {
    const html = `<html><head><title>가상에너지신문</title></head><body>
<h1 class="logo"><a href="/"><img alt="가상에너지신문" src="/l.png"></a></h1>
<div class="article-head"><div class="article-head-title">[현장] 폐배터리가 저장장치로…재사용 실증센터 가보니</div>
<div class="article-head-sub">배터리 팩 1천개 성능 등급 매겨 재조립<br>잔존 용량 70% 넘으면 태양광 연계 저장장치로</div>
<ul class="info"><li>기자명 홍길동 기자</li><li>입력 2025.06.12 09:15</li></ul></div>
<div id="article-view-content-div" class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('\n')}</div>
</body></html>`;
    const out = strip(html, { format: 'html' });
    expect(out.title).toBe('[현장] 폐배터리가 저장장치로…재사용 실증센터 가보니');
    expect(out.text).not.toContain('잔존 용량');
  });
  it('still prefers a plain headline under a label-sized section heading', () => {
    const html = `<html><head><title>가상일보</title></head><body>
<div class="article-head"><h2 class="section">사회</h2><div class="headline-box">가상군, 섬 응급환자 이송선 2척 다음 달부터 운영</div>
<ul class="info"><li>기자명 홍길동 기자</li><li>입력 2025.06.12 09:15</li></ul></div>
<div class="article-body">${BODY.map((p) => `<p>${p}</p>`).join('\n')}</div></body></html>`;
    expect(strip(html, { format: 'html' }).title).toBe('가상군, 섬 응급환자 이송선 2척 다음 달부터 운영');
  });
});

describe('scraped text', () => {
  const tail = ['', ...BODY.flatMap((p) => [p, '']), '홍길동 기자 hong@example.com', '저작권자 © 가상방송 무단전재 및 재배포 금지'];
  it('skips a tight two-line deck between the headline and the dateline', () => {
    const text = ['뉴스 > 사회', '기자명 홍길동 기자', HEADLINE, '응급구조사 2명 상시 탑승', '시범 운영서 이송 시간 43분으로', '입력 2025.05.22 10:48', ...tail].join('\n');
    expect(strip(text, { format: 'text' }).title).toBe(HEADLINE);
  });
  it('skips a deck paragraph set apart by a blank line above the byline', () => {
    const text = ['HOME > 사회', '', HEADLINE, '', '응급구조사 2명 상시 탑승하는 고속 이송선 투입', '시범 운영서 이송 시간 43분으로 단축', '', '기자명 홍길동 기자', '', '입력 2025.05.22 10:48', ...tail].join('\n');
    expect(strip(text, { format: 'text' }).title).toBe(HEADLINE);
  });
  it('reads a scraped board table: the line under "제 목" is the headline, field values are not', () => {
    const text = ['보도자료', '홈 > 알림마당 > 보도자료', '제 목', HEADLINE, '작 성 자', '보건행정팀', '등 록 일', '2025-05-22', '조 회 수', '318', ...tail].join('\n');
    const out = strip(text, { format: 'text' });
    expect(out.title).toBe(HEADLINE);
    expect(out.publishedAt).toBe('2025-05-22');
  });
});

describe('portal chrome', () => {
  it('drops the section-classification note of a syndicated article', () => {
    expect(furnitureKind('이 기사는 언론사에서 경제 섹션으로 분류했습니다.기사 섹션 분류 안내')).not.toBeNull();
    expect(furnitureKind('이 기사는 언론사에서 사회 섹션으로 분류했습니다.')).not.toBeNull();
    expect(furnitureKind('이 기사는 독자 제보를 바탕으로 작성됐습니다. 군은 사실관계를 확인하고 있다고 밝혔다.')).toBeNull();
  });
});
