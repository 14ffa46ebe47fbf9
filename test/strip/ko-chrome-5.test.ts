/**
 * Korean page kinds added in the fifth round of unseen-layout fixtures: a text-browser dump of a government board
 * (Hangul hard-wrapped by terminal columns), an infinite-scroll mobile page that pre-loads the next story, and a
 * press release saved as HTML from a word processor (header and contact tables, bracketed appendix). Small invented
 * snippets only.
 */
import { describe, expect, it } from 'vitest';
import { endsBody, fieldLabelKind } from '../../src/stages/strip/common/lines.js';
import { displayWidth } from '../../src/stages/strip/common/normalize.js';
import { stripHtml } from '../../src/stages/strip/html/index.js';
import { stripText } from '../../src/stages/strip/text/index.js';

describe('hard-wrapped Hangul measured in terminal columns', () => {
  it('counts wide characters twice and everything else once', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('가나 다')).toBe(7);
    expect(displayWidth('ㅇ 보도')).toBe(7);
    expect(displayWidth('สวัสดี')).toBe('สวัสดี'.length);
  });

  it('rejoins a dump whose Hangul lines wrap at half the characters of Latin ones', () => {
    const dump = [
      '   [1]본문 바로가기',
      '     * [2]알림마당',
      '     * [3]보도자료',
      '',
      '가나시, 빗물 저금통 300곳 설치',
      '',
      '   작성자 | 등록일 | 조회수',
      '   환경정책과 | 2025-06-02 | 412',
      '',
      '     □ 가나시는 여름철 가뭄에 대비해 공원과 학교 300곳에 빗물 저금통을',
      '     설치한다고 2일 밝혔다.',
      '',
      '     ㅇ 저금통 한 개에는 빗물 2톤을 모을 수 있으며, 모은 물은 화단과 텃밭에',
      '     쓰인다.',
      '',
      '     ㅇ 시는 설치를 마친 뒤 사용량을 조사해 내년 설치 장소를 정할',
      '     계획이다.',
      '',
      '     ※ 신청 방법은 시 [4]누리집 공지사항에서 확인할 수 있다.',
      '',
      'References',
      '',
      '   1. https://www.example.go.kr/#content',
      '   2. https://www.example.go.kr/notice',
      '   3. https://www.example.go.kr/press',
      '   4. https://www.example.go.kr/',
    ].join('\n');
    const r = stripText(dump);
    expect(r.text.split('\n\n')[0]).toBe('□ 가나시는 여름철 가뭄에 대비해 공원과 학교 300곳에 빗물 저금통을 설치한다고 2일 밝혔다.');
    expect(r.text).toContain('시 누리집 공지사항');
    expect(r.text).not.toContain('[4]');
    expect(r.title).toBe('가나시, 빗물 저금통 300곳 설치');
  });

  it('does not read a scrape with long paragraph lines among short chrome lines as wrapped', () => {
    const para = (n: number): string =>
      `${n}번째 문단에서 시는 공유 사무실 열두 곳과 시제품 제작실 두 곳을 갖춘 창업 공간을 열고, 입주 기업에는 임대료를 최대 2년간 면제한다고 설명했다. 입주 신청은 다음 달부터 받는다.`;
    const related = Array.from({ length: 24 }, (_, n) => `관련기사 다른 지역 청년 창업 지원 사업 소식 모음 제${n + 1}호`);
    const lines = ['메뉴', '로그인', '홈 > 보도자료', '', '다라시, 청년 창업 공간 두 곳 문 열고 입주 기업 모집', '- 공유 사무실과 시제품 제작실 갖춰 입주 기업 지원', '배포일시: 2025-03-04 10:00', ''];
    for (let n = 1; n <= 3; n++) lines.push(para(n), '');
    lines.push('많이 본 뉴스', ...related);
    const r = stripText(lines.join('\n'));
    expect(r.title).toBe('다라시, 청년 창업 공간 두 곳 문 열고 입주 기업 모집');
    expect(r.text).not.toContain('공유 사무실과 시제품 제작실 갖춰 입주');
  });
});

describe('infinite-scroll feeds whose headlines are not h1', () => {
  const story = (h: string, date: string, words: string): string =>
    `<article class="feed-item"><div class="article-head"><h2 class="headline">${h}</h2><div class="byline"><span>홍길동 기자</span><span>입력 ${date}</span></div></div>
     <div class="article-body">${[1, 2, 3, 4, 5].map((n) => `<p>${words} ${n}번째 문단은 충분히 긴 문장으로 이루어져 있으며, 내용을 자세히 설명한다.</p>`).join('')}</div></article>`;
  it('keeps the first story and leaves the pre-loaded next one (its own headline and 입력 line) out', () => {
    const html = `<html><head><title>첫 기사 제목입니다 - 모바일</title></head><body><div id="feed">
      ${story('첫 기사 제목입니다', '2025.04.02 08:00', '첫 기사의')}
      <section class="widget"><h3>많이 본 뉴스</h3><ol><li><a href="/1">가나다 기사</a></li><li><a href="/2">라마바 기사</a></li></ol></section>
      <div class="next-divider">다음 기사</div>
      ${story('둘째 기사 제목입니다', '2025.04.01 17:30', '둘째 기사의')}
    </div></body></html>`;
    const r = stripHtml(html);
    expect(r.text).toContain('첫 기사의 5번째 문단');
    expect(r.text).not.toContain('둘째 기사의');
    expect(r.title).toBe('첫 기사 제목입니다');
    expect(r.publishedAt?.slice(0, 10)).toBe('2025-04-02');
  });

  it('still widens over sections whose intertitles carry no dateline', () => {
    const section = (h: string): string =>
      `<div class="sec"><h2>${h}</h2>${[1, 2, 3].map((n) => `<p>${h} 부분의 ${n}번째 문단은 충분히 긴 문장으로 이루어져 있으며, 내용을 설명한다.</p>`).join('')}</div>`;
    const html = `<html><body><h1>사업 설명 기사의 제목입니다</h1><p class="date">입력 2025.04.02</p><div id="body">${section('배경')}${section('내용')}${section('전망')}</div></body></html>`;
    const r = stripHtml(html);
    expect(r.text).toContain('배경 부분의 1번째');
    expect(r.text).toContain('전망 부분의 3번째');
  });
});

describe('press releases saved as HTML from a word processor', () => {
  const cell = (t: string): string => `<td><p class="HStyle0">${t}</p></td>`;
  const para = (t: string): string => `<p class="HStyle0"><span style="font-size:15pt">${t}</span></p>`;
  it('never takes a large-type release item for the headline', () => {
    const html = `<html><body>
      <p class="HStyle0" style="text-align:center"><span style="font-size:22pt">마바구, 골목 상점가 간판 새로 단다</span></p>
      ${para('□ 마바구는 골목 상점가의 낡은 간판 200곳을 올해 안에 바꾼다고 2일 밝혔다.')}
      ${para('ㅇ 간판 교체 비용은 구가 절반을 지원하고, 나머지는 상인회가 부담한다.')}
    </body></html>`;
    expect(stripHtml(html).title).toBe('마바구, 골목 상점가 간판 새로 단다');
  });

  it('does not fall back on a saved file name in <title>', () => {
    const p = '가나시는 올해 여름 공원 열두 곳에 그늘막과 물안개 분사기를 설치해 폭염에 대비한다고 밝혔으며, 설치는 다음 달 마무리된다.';
    const body = [p, p.replace('가나시는', '시는'), p.replace('가나시는', '구는')].map((t) => `<p>${t}</p>`).join('');
    for (const name of ['250601_보도자료_최종', '폭염 대책 보도자료.hwpx']) {
      const r = stripHtml(`<html><head><title>${name}</title></head><body><div>${body}</div></body></html>`);
      expect(r.text).toContain('그늘막');
      expect(r.title).toBeNull();
    }
  });

  it('reads spaced and release-header labels as field labels', () => {
    expect(fieldLabelKind('담당 부서')).toBe('field');
    expect(fieldLabelKind('보도시점')).toBe('field');
    expect(fieldLabelKind('책 임 자')).toBe('field');
    expect(fieldLabelKind('담당 부서에 문의')).toBeNull();
  });

  it('ends the body at a bracketed appendix heading, not at a sentence naming one', () => {
    expect(endsBody('<붙임 1> 참고자료')).toBe(true);
    expect(endsBody('[별첨] 행사 개요')).toBe(true);
    expect(endsBody('〈붙임〉')).toBe(true);
    expect(endsBody('붙임 자료를 참고하면 된다.')).toBe(false);
  });

  it('drops the header and contact tables and the appendix, keeping a data table of the body', () => {
    const html = `<html><head><meta name="Generator" content="Hancom HWP"><title>250601_보도자료_최종</title></head><body><div>
      <table>${['보도시점', '2025. 6. 2.(월) 11:00', '배 포', '2025. 6. 1.(일)'].map(cell).join('')}</table>
      <table><tr>${cell('담당 부서')}${cell('기획과')}</tr><tr>${cell('담 당 자')}${cell('주무관 나누리')}</tr><tr>${cell('연락처')}${cell('02-000-0000')}</tr></table>
      <p class="HStyle0" style="text-align:center"><span style="font-size:22pt">마바구, 골목 상점가 간판 200곳 새로 단다</span></p>
      ${para('□ 마바구는 골목 상점가의 낡은 간판 200곳을 올해 안에 바꾼다고 2일 밝혔다.')}
      ${para('ㅇ 간판 교체 비용은 구가 절반을 지원하고, 나머지는 상인회가 부담한다.')}
      <table><tr><td>구분</td><td>상점 수</td></tr><tr><td>1구역</td><td>120곳</td></tr></table>
      ${para('ㅇ 구는 교체를 마친 상점가에서 야간 경관 조명 시범사업도 추진할 계획이다.')}
      <table><tr>${cell('담당 부서')}${cell('기획과')}${cell('책임자')}${cell('과장 다온')}</tr><tr>${cell('담당자')}${cell('주무관 나누리')}</tr></table>
      <p class="HStyle0">&lt;붙임 1&gt; 참고자료</p>
      ${para('ㅇ 사업 기간 및 예산 세부 내역은 아래 표와 같다.')}
    </div></body></html>`;
    const r = stripHtml(html);
    expect(r.title).toBe('마바구, 골목 상점가 간판 200곳 새로 단다');
    expect(r.text.startsWith('□ 마바구는')).toBe(true);
    expect(r.text).toContain('120곳');
    expect(r.text).toContain('야간 경관 조명');
    for (const chrome of ['보도시점', '기획과', '나누리', '책임자', '02-000-0000', '참고자료', '세부 내역']) expect(r.text).not.toContain(chrome);
  });
});
