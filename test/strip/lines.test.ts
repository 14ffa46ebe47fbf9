import { describe, expect, it } from 'vitest';
import { bylineNames, furnitureKind, isCaption, uiCoverage } from '../../src/stages/strip/common/lines.js';
import { stripSiteName } from '../../src/stages/strip/common/title.js';

describe('line classifiers', () => {
  it.each([
    ['본문 바로가기', 'ui'],
    ['Facebook share button', 'ui'],
    ['การแสดงความคิดเห็น (0)', 'ui'],
    ['Top 10 Stories', 'list-heading'],
    ['หมวดหมู่เดียวกัน', 'list-heading'],
    ['<저작권자 ⓒ 가상일보, 무단 전재 및 재배포 금지>', 'copyright'],
    ['สงวนลิขสิทธิ์ 2567 ข่าวไทย', 'copyright'],
    ['(END)', 'end'],
    ['(끝)', 'end'],
    ['###', 'end'],
    ['- 30 -', 'end'],
    ['-END-', 'end'],
    ['Date : 2019.09.27 Read : 4283', 'meta'],
    ['입력 2024.12.03 14:05', 'meta'],
    ['By Park Han-na', 'byline'],
    ['김다은 기자 kde@example.kr', 'byline'],
    ['ผู้เขียน: สมชาย ใจดี', 'byline'],
    ['* unofficial translation', 'source'],
    ['ที่มา: กระทรวงแรงงาน', 'source'],
    ['ที่มา กระทรวงแรงงาน', 'source'],
    ['사무관 김유리 (044-205-2745)', 'contact'],
    ['붙임 1. 세부 계획', 'attachment'],
    ['อ่านเพิ่มเติม: เช็กวิธีเลือกหน้ากาก', 'related'],
    ['Trang chủ', 'ui'],
  ])('%s → %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it('leaves body sentences alone, even when they mention UI words or reporters', () => {
    expect(furnitureKind('The ministry will share its data with 12 provinces and publish a report on comments from the public next month.')).toBeNull();
    expect(furnitureKind('(서울=연합뉴스) 김다은 기자 = 행정안전부는 3일 회의를 열었다.')).toBeNull();
    expect(furnitureKind('SEOUL, Dec. 10 (Yonhap) -- The government said Tuesday it will expand support.')).toBeNull();
    expect(furnitureKind('ผู้ว่าราชการจังหวัดสั่งการให้ทุกอำเภอเฝ้าระวังพื้นที่เสี่ยง')).toBeNull();
    // Labels that also open ordinary sentences.
    expect(furnitureKind('แหล่งข่าว ระบุว่า ที่ประชุมจะสรุปผลภายในสัปดาห์นี้')).toBeNull();
    expect(furnitureKind('วันที่ 12 ม.ค. นายกฯ ลงพื้นที่ตรวจน้ำท่วมที่เชียงราย')).toBeNull();
    expect(furnitureKind('문의 전화가 하루 2천 건을 넘었다고 밝혔다.')).toBeNull();
    expect(furnitureKind('수정 예산안은 다음 주 국회에 제출된다.')).toBeNull();
  });

  it('recognises captions with credits in the three languages', () => {
    expect(isCaption('A night bus in central Seoul. (Yonhap)')).toBe(true);
    expect(isCaption('Workers load rice at a mill. REUTERS/Jane Doe')).toBe(true);
    expect(isCaption('회의 모습 [사진=행정안전부 제공]')).toBe(true);
    expect(isCaption('ผู้แทนทั้งสองประเทศร่วมประชุม - ภาพ: ทีมข่าว')).toBe(true);
    expect(isCaption('The ministry said photos of the event would be published later.')).toBe(false);
  });

  it('extracts byline names', () => {
    expect(bylineNames('By Kim Min-ji and Lee Ho')).toEqual(['Kim Min-ji', 'Lee Ho']);
    expect(bylineNames('Jun Ji-hye jjh@example.com')).toEqual(['Jun Ji-hye']);
    expect(bylineNames('홍길동 기자')).toEqual(['홍길동']);
    expect(bylineNames('The ministry said on Monday it would expand the programme.')).toBeNull();
  });

  it('measures UI coverage on whole words for Latin script', () => {
    expect(uiCoverage('Share')).toBe(1);
    // "ad" must not match inside "Ministry of Land".
    expect(uiCoverage('Ministry of Land')).toBe(0);
  });
});

describe('site-name removal', () => {
  it.each([
    ['행안부, 협력 확대 < 정치 < 기사본문 - 가상일보', '가상일보', '행안부, 협력 확대'],
    ['Rice prices ease as harvest arrives | The Example Times', 'The Example Times', 'Rice prices ease as harvest arrives'],
    ['Example Times :: Seoul - Busan rail link opens ahead of schedule', 'Example Times', 'Seoul - Busan rail link opens ahead of schedule'],
    ['No separator here', null, 'No separator here'],
  ])('%s', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });
});
