/**
 * Korean page layouts added in the third round of unseen-layout fixtures: a local radio station's news page
 * closing on the reporter's sign-off, and internet-news pages (HTML or scraped to text) that leave one-line
 * media placeholders ("[그래픽] …", "[표] …", "[영상] …") between paragraphs. Small invented snippets only.
 */
import { describe, expect, it } from 'vitest';
import { bylineNames, furnitureKind, isMediaPlaceholder } from '../../src/stages/strip/common/lines.js';
import { stripHtml } from '../../src/stages/strip/html/index.js';
import { stripText } from '../../src/stages/strip/text/index.js';

const P1 = '(대전=한빛뉴스) 오하늘 기자 = 가람시가 올해 겨울 시내 전통시장 다섯 곳에 무료 셔틀버스를 운행한다고 3일 밝혔다.';
const P2 = '셔틀버스는 주말마다 버스터미널과 시장을 오가며, 시는 이용객이 늘면 평일에도 운행을 검토하기로 했다고 설명했다.';
const P3 = '한유진 가람시 경제국장은 "시장 상인들의 매출 회복에 보탬이 되기를 바란다"며 "노선도 계속 늘리겠다"고 말했다.';

describe('broadcast sign-off with a Hangul station name', () => {
  it('reads a local station sign-off as a byline naming the reporter', () => {
    expect(bylineNames('가람FM 뉴스 오하늘입니다.')).toEqual(['오하늘']);
    expect(bylineNames('한빛MBC 최지호 기자입니다.')).toEqual(['최지호']);
    expect(bylineNames('가람방송 뉴스 오하늘입니다.')).toEqual(['오하늘']);
    expect(furnitureKind('가람FM 뉴스 오하늘입니다.')).toBe('byline');
  });

  it('leaves sentences about broadcasting alone', () => {
    expect(furnitureKind('공영방송 위기입니다.')).toBeNull();
    expect(furnitureKind('지역방송 뉴스의 미래는 시청자에게 달려 있습니다.')).toBeNull();
  });

  it('drops the sign-off closing a radio news page body', () => {
    const html = `<html><body><div class="news_view"><h2 class="news_tit">가람시, 전통시장 셔틀버스 운행</h2>
      <div class="news_info">등록 2025.12.03 17:42</div>
      <div class="news_txt">${P1}<br><br>${P2}<br><br>${P3}<br><br>가람FM 뉴스 오하늘입니다.</div></div></body></html>`;
    const r = stripHtml(html);
    expect(r.text).toContain('노선도 계속 늘리겠다');
    expect(r.text).not.toContain('오하늘입니다');
  });
});

describe('media placeholders between paragraphs', () => {
  it('recognises a bracketed media label opening a short line', () => {
    for (const line of ['[그래픽] 시장별 방문객 비중', '[표] 전통시장 매출 현황', '[영상] 셔틀버스 첫 운행 (01:02)', '<사진> 가람시장 입구', '[Graphic] Visitors by market'])
      expect(isMediaPlaceholder(line)).toBe(true);
    // A credit label ("[사진=…]") is a caption pattern of its own; a label inside a sentence is body.
    expect(isMediaPlaceholder('[사진=가람시 제공]')).toBe(false);
    expect(isMediaPlaceholder('시는 [표]를 통해 매출 변화를 공개했다.')).toBe(false);
  });

  it('drops placeholders between paragraphs of scraped text but keeps a labelled headline', () => {
    const text = [
      '한빛뉴스', '', '홈', '경제', '사회', '',
      '[영상] 가람시, 전통시장 셔틀버스 운행', '송고 2025-12-03 14:05', '오하늘 기자', '',
      P1, '', '[그래픽] 시장별 방문객 비중', '', P2, '', '[표] 전통시장 매출 현황', '', P3, '', '(끝)', '',
      '많이 본 기사', '1 가람시 버스 노선 개편', '2 가람역 환승센터 착공',
    ].join('\n');
    const r = stripText(text);
    expect(r.title).toBe('[영상] 가람시, 전통시장 셔틀버스 운행');
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('drops placeholder paragraphs once the HTML body has started, not the headline', () => {
    const html = `<html><body><article><h1>[그래픽] 가람시 전통시장 방문객 추이</h1><p class="date">입력 2025.12.03 14:05</p>
      <div class="article-body"><p>${P1}</p><p>[그래픽] 시장별 방문객 비중</p><p>${P2}</p><p>[표] 전통시장 매출 현황</p><p>${P3}</p></div></article></body></html>`;
    const r = stripHtml(html);
    expect(r.title).toBe('[그래픽] 가람시 전통시장 방문객 추이');
    expect(r.text).toBe([P1, P2, P3].join('\n\n'));
  });
});
