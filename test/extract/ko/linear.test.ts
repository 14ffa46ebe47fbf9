import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../src/stages/extract/persons/ko/index.js';
import { findOrganizations } from '../../../src/stages/extract/organizations/ko/index.js';
import { doublingRatio, MAX_DOUBLING_RATIO } from '../../support/timing.js';

type Finder = typeof findPersons | typeof findOrganizations;

/** `unit` repeated to `chars` characters and to twice that. */
const halfAndFull = (unit: string, chars: number): [string, string] => {
  const half = unit.repeat(Math.ceil(chars / unit.length));
  return [half, half + half];
};

const wholeText = (find: Finder) => (t: string) => find(t, [{ start: 0, end: t.length }]);

describe('adversarial input runs in linear time', () => {
  for (const [label, find] of [
    ['persons', findPersons],
    ['organizations', findOrganizations],
  ] as const) {
    it(`${label}: doubling 1 MB of honorifics and suffix words about doubles the time`, () => {
      const unit = '김민수 장관 장관 씨 씨 장관은 이 장관 행정안전부 위원회위원회 협회협회부 한국국제협력단(KOICA) 태국 교육부 교수 연구원 ';
      expect(doublingRatio(halfAndFull(unit, 500_000), wholeText(find))).toBeLessThan(MAX_DOUBLING_RATIO);
    });
  }

  for (const [label, unit] of [
    ['list, branch, city and short-form cues', '한빛와 새솔과 고려아연·SK에코 등 대기업 한국전력공사(한전) 한전 경북본부 당진시는 당진시장 법무법인 세광의 가나다라마바사아자차카타파하공사(가나공사) '],
    ['series, committees and spokesperson cues', '금융감독원, 한국거래소, 예금보험공사, 국회 정무위원회 소속 한서윤 대변인 대학병원 관계자 조성빈 한국국방연구원(KIDA) 책임연구원 '],
    ['bracket heads, lists after cues, filings and agreements', "충청북도(도지사 윤태성)는 전라남도, 해양경찰청과 누리온 계열사 누리온페이와 누리온뱅크가 한결팜(대표 김하늘)은 그린웨이브와 업무협약을 맺었다 셀바이오젠은 공시했다. 양효린(31·정관장) 합작법인 '나래시암'을 "],
  ] as const) {
    it(`${label} stay linear`, () => {
      const inputs = halfAndFull(unit, 250_000);
      for (const find of [findPersons, findOrganizations]) expect(doublingRatio(inputs, wholeText(find))).toBeLessThan(MAX_DOUBLING_RATIO);
    });
  }

  it('a paragraph of one endless word is also linear', () => {
    const half = '위원회'.repeat(150_000);
    expect(doublingRatio([half, half + half], wholeText(findOrganizations))).toBeLessThan(MAX_DOUBLING_RATIO);
  });
});
