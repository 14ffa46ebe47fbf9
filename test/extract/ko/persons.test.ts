import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../src/stages/extract/persons/ko/index.js';
import { tokenize } from '../../../src/stages/extract/persons/ko/korean/hangul.js';
import { nameInToken, personName } from '../../../src/stages/extract/persons/ko/name.js';
import { parseNameThenTitle } from '../../../src/stages/extract/persons/ko/parsers/nameThenTitle.js';
import { parseTitleThenName } from '../../../src/stages/extract/persons/ko/parsers/titleThenName.js';
import { parseGluedHonorific } from '../../../src/stages/extract/persons/ko/parsers/gluedHonorific.js';
import { parseForeignNames } from '../../../src/stages/extract/persons/ko/parsers/foreignName.js';
import { parseLatinNames } from '../../../src/stages/extract/persons/ko/parsers/latinName.js';
import { titleOf } from '../../../src/stages/extract/persons/ko/titles.js';
import { expectSlicesMatch, whole } from './helpers.js';

const names = (found: { name: string }[]): string[] => found.map((p) => p.name);
const run = <T>(parse: (text: string, tokens: ReturnType<typeof tokenize>) => T[], text: string): T[] =>
  parse(text, tokenize(text, whole(text)));

describe('name shape and guards', () => {
  it('accepts surname + one or two syllables, including two-syllable surnames', () => {
    expect(personName('홍길동')?.surname).toBe('홍');
    expect(personName('남궁민수')?.surname).toBe('남궁');
    expect(personName('선우진')?.given).toBe('진');
  });
  it('refuses common nouns, places, titles and organizations that look like names', () => {
    for (const w of ['이번', '정부', '김치', '조사', '한국', '이날', '정책', '신규', '전체', '고위', '노동부', '서울시', '부총리', '설립된']) {
      expect(personName(w), w).toBeNull();
    }
  });
  it('splits particles off, preferring the typical three-syllable name', () => {
    expect(nameInToken('정하윤이')?.name.name).toBe('정하윤');
    expect(nameInToken('이하나')?.name.name).toBe('이하나');
  });
  it('knows titles written whole, with a rank modifier, or glued to their unit', () => {
    expect(titleOf('장관')).toBe('장관');
    expect(titleOf('수석연구원')).toBe('수석연구원');
    expect(titleOf('지방재정경제실장')).toBe('지방재정경제실장');
    expect(titleOf('서울시장')).toBe('서울시장');
    expect(titleOf('주식시장')).toBeNull();
    expect(titleOf('해외지사')).toBeNull();
  });
});

describe('parser: name + title', () => {
  it('takes the name before a title, with particles on the title', () => {
    const text = '홍길동 장관은 이날 회의를 주재했다.';
    const [p] = run(parseNameThenTitle, text);
    expect(p).toMatchObject({ name: '홍길동', titles: ['장관'] });
    expect(text.slice(p!.start, p!.end)).toBe('홍길동');
  });
  it('looks past an organization, "전" or a bracket between name and title', () => {
    expect(names(run(parseNameThenTitle, '민서연 국토교통부 차관은 말했다.'))).toEqual(['민서연']);
    expect(names(run(parseNameThenTitle, '한예준 전 의원이 참석했다.'))).toEqual(['한예준']);
    expect(names(run(parseNameThenTitle, '최말순(81) 씨는 웃었다.'))).toEqual(['최말순']);
    expect(names(run(parseNameThenTitle, '강지호(물리학과 2학년) 씨가 발표했다.'))).toEqual(['강지호']);
  });
  it('gives a title to every name listed before it', () => {
    expect(names(run(parseNameThenTitle, '백지안·성도겸 의원은 법안을 냈다.'))).toEqual(['성도겸', '백지안']);
  });
  it('skips anonymized people and lone two-syllable surnames', () => {
    expect(run(parseNameThenTitle, '주민 김모(52) 씨와 황보 선수')).toEqual([]);
  });
  it('skips contact lines and signatures', () => {
    expect(run(parseNameThenTitle, '과장 박상우 (044-205-2741)\n\n이도윤 기자 doyun@example.kr')).toEqual([]);
    expect(run(parseTitleThenName, '사무관 김유리 (044-205-2745)')).toEqual([]);
  });
  it('skips reporters in a dateline', () => {
    expect(run(parseNameThenTitle, '(대전=연합뉴스) 박하늘 기자 = 대전시가 밝혔다.')).toEqual([]);
  });
  it('does not read common words before titles as names', () => {
    expect(run(parseNameThenTitle, '이번 장관 회의에서 정부 대변인이 밝혔다.')).toEqual([]);
  });
});

describe('parser: title + name', () => {
  it('takes the name after a role, also inside brackets', () => {
    expect(names(run(parseTitleThenName, '국방부(장관 도현우)는 발표했다.'))).toEqual(['도현우']);
    expect(names(run(parseTitleThenName, '보건복지부 차관 임서준은 말했다.'))).toEqual(['임서준']);
  });
  it('refuses ordinary words after a role', () => {
    expect(run(parseTitleThenName, '장관 방문단은 대표 선수 명단을 받았다.')).toEqual([]);
  });
});

describe('parser: glued honorific', () => {
  it('reads "홍길동씨는"', () => {
    expect(names(run((_t, tokens) => parseGluedHonorific(tokens), '조은비씨는 말했다. 아저씨와 날씨'))).toEqual(['조은비']);
  });
});

describe('parser: foreign names', () => {
  it('takes the words before a country word and a title', () => {
    const found = run(parseForeignNames, '회담에는 마리아 로페스 칠레 외교부 장관이 참석했다.');
    expect(names(found)).toEqual(['마리아 로페스']);
  });
  it('takes a name glossed in Latin before a title', () => {
    const [p] = run(parseForeignNames, '행사에는 올리버 그랜트(Oliver Grant) OECD 국장이 왔다.');
    expect(p).toMatchObject({ name: '올리버 그랜트', aliases: ['Oliver Grant'] });
  });
  it('reads names of one-syllable words and names after the body', () => {
    expect(names(run(parseForeignNames, '응우옌 반 훙 베트남 외교부 장관이 왔다.'))).toEqual(['응우옌 반 훙']);
    expect(names(run(parseForeignNames, '영국 외무부 데이비드 장관이 왔다.'))).toEqual(['데이비드']);
    expect(names(run(parseForeignNames, '마크 루터 나토 사무총장이 왔다.'))).toEqual(['마크 루터']);
  });
  it('does not take a particle glued to a bracket as a first name', () => {
    expect(names(run(parseForeignNames, '이사장(오른쪽)과 카밀라 에스피노사 UNDP 국장이 서명했다.'))).toEqual(['카밀라 에스피노사']);
  });
  it('stops at words with particles or verb endings', () => {
    expect(names(run(parseForeignNames, '방한한 캐나다 총리는 말했다. 그러나 미국 대통령은 거부했다.'))).toEqual([]);
  });
});

describe('parser: Latin names', () => {
  it('takes a romanized name before a title', () => {
    expect(names(run(parseLatinNames, '이날 Kim Boo-kyum 장관은 말했다.'))).toEqual(['Kim Boo-kyum']);
  });
});

describe('refiner: coreference', () => {
  it('ties "정 장관" and later bare mentions to the one person with that surname', () => {
    const text = '외교부(장관 정하윤)는 밝혔다.\n\n정 장관은 "협력하겠다"고 말했다. 정하윤은 또 강조했다.';
    const [p] = findPersons(text, whole(text));
    expect(p).toMatchObject({ name: '정하윤', aliases: ['정 장관'], titles: ['장관'] });
    expect(p!.mentions).toHaveLength(3);
    expectSlicesMatch(text, [p!]);
  });
  it('ties surname + title only to a person named with that title', () => {
    const text = '윤다솜 서울시 복지실장은 말했다. 윤 대통령은 침묵했다. 윤 실장은 웃었다.';
    const [p] = findPersons(text, whole(text));
    expect(p).toMatchObject({ name: '윤다솜', aliases: ['윤 실장'] });
  });
  it('leaves "김 대표" alone when two people share the surname', () => {
    const text = '김나래 대표와 김도윤 대표가 만났다. 김 대표는 웃었다.';
    const found = findPersons(text, whole(text));
    expect(names(found)).toEqual(['김나래', '김도윤']);
    expect(found.every((p) => p.aliases.length === 0)).toBe(true);
  });
  it('ties a foreign first name + title to the full name', () => {
    const text = '아난 스리웡 태국 교육부 장관이 왔다. 아난 장관은 감사를 표했다.';
    const [p] = findPersons(text, whole(text));
    expect(p).toMatchObject({ name: '아난 스리웡', aliases: ['아난'] });
    expectSlicesMatch(text, [p!]);
  });
});
