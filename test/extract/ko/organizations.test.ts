import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../src/stages/extract/organizations/ko/index.js';
import { tokenize } from '../../../src/stages/extract/persons/ko/korean/hangul.js';
import { matchSuffixRule, recognizeOrgWord } from '../../../src/stages/extract/organizations/ko/recognize.js';
import { parseOrgWords } from '../../../src/stages/extract/organizations/ko/parsers/orgWords.js';
import { parseShortFormPairs } from '../../../src/stages/extract/organizations/ko/parsers/brackets.js';
import { parseDatelines } from '../../../src/stages/extract/organizations/ko/parsers/dateline.js';
import { parseAppositions, parseLatinCompanies } from '../../../src/stages/extract/organizations/ko/parsers/companies.js';
import { parseAffiliations } from '../../../src/stages/extract/organizations/ko/parsers/affiliation.js';
import { abbreviates } from '../../../src/stages/extract/organizations/ko/refiners/resolve.js';
import { expectSlicesMatch, whole } from './helpers.js';

const names = (found: { name: string }[]): string[] => found.map((o) => o.name);
const orgs = (text: string) => findOrganizations(text, whole(text));

describe('recognizer: suffixes and blockers', () => {
  it('accepts organization-type endings', () => {
    for (const w of ['행정안전부', '한국국제협력단', '서울특별시', '삼성전자', '한국해양교통안전공단', '경기도청', '대한상공회의소']) {
      expect(recognizeOrgWord(w), w).not.toBeNull();
    }
  });
  it('refuses common nouns ending the same way', () => {
    for (const w of ['정부', '내부', '일부', '학부모', '간부', '기부', '여부', '추가신청', '공무원', '재정지원', '48억원', '수천억원', '가구당', '주민센터', '기계공학부', '네이처', '벤처']) {
      expect(matchSuffixRule(w), w).toBeNull();
    }
  });
  it('needs a place word before 공사 ("한국도로공사", not "보수공사")', () => {
    expect(matchSuffixRule('한국도로공사')).not.toBeNull();
    expect(matchSuffixRule('보수공사')).toBeNull();
  });
});

describe('parser: organization words', () => {
  const run = (text: string) => parseOrgWords(tokenize(text, whole(text)));
  it('strips particles and keeps a country word glued before the name', () => {
    const text = '외교부는 베트남 보건부와 협약을 맺었다.';
    const found = run(text);
    expect(names(found)).toEqual(['외교부', '베트남 보건부']);
    for (const o of found) expect(text.slice(o.start, o.end)).toBe(o.name);
  });
  it('keeps a foreign city or state glued before the name, and "한·"', () => {
    expect(names(run('하노이시 인민위원회와 한·아세안센터가 협약했다.'))).toEqual(['하노이시 인민위원회', '한·아세안센터']);
    expect(names(run('지난주 교육부는 발표했다.'))).toEqual(['교육부']);
  });
  it('knows Japanese ministries, districts acting, and city universities', () => {
    expect(names(run('일본 외무성은 항의했다. 강남구는 예산을 늘렸다. 인구는 줄었다. 서울대 연구진')))
      .toEqual(['일본 외무성', '강남구', '서울대']);
  });
  it('counts a city only when it acts', () => {
    expect(names(run('부산광역시는 대책을 내놓았다.'))).toEqual(['부산광역시']);
    expect(names(run('부산광역시에서 열린 행사'))).toEqual([]);
  });
  it('drops a unit right after its organization', () => {
    expect(names(run('한국은행 경제연구소 관계자와 세종대학교 국제교류센터 직원'))).toEqual(['한국은행', '세종대학교']);
  });
  it('ignores a regional grouping used as a market', () => {
    expect(names(run('아세안 시장 공략'))).toEqual([]);
  });
});

describe('parser: dateline, companies', () => {
  it('takes the agency from a wire dateline', () => {
    const text = '(광주=뉴시스) 홍길동 기자 = 내용';
    const [o] = parseDatelines(text, whole(text));
    expect(o?.name).toBe('뉴시스');
    expect(text.slice(o!.start, o!.end)).toBe('뉴시스');
  });
  it('reads Latin-prefixed company names, not technical terms', () => {
    const text = 'KT와 CJ제일제당이 AI교과서를 도입했다.';
    expect(names(parseLatinCompanies(text, tokenize(text, whole(text))))).toEqual(['CJ제일제당']);
  });
  it('takes the name after an apposition cue, not a count', () => {
    const text = '의료 스타트업 메디노바가 투자를 받았다. 국내외 기업 120곳이 참가했다.';
    expect(names(parseAppositions(text, tokenize(text, whole(text))))).toEqual(['메디노바']);
  });
  it('takes an unknown long form tied to its short form, but not a term', () => {
    const text = '한국수력원자력(한수원)과 전기자동차(전기차) 보급';
    expect(parseShortFormPairs(text, tokenize(text, whole(text)))).toMatchObject([{ name: '한국수력원자력', aliases: ['한수원'] }]);
  });
});

describe('parser: affiliation', () => {
  it('takes the body named beside a person and an executive title', () => {
    const a = '바다솔루션 한지우 대표는 말했다.';
    const b = '한지우 바다솔루션 대표는 말했다.';
    for (const text of [a, b]) expect(names(parseAffiliations(tokenize(text, whole(text))))).toEqual(['바다솔루션']);
  });
  it('does not take departments, adverbs or generic nouns', () => {
    const text = '이준호 기계공학부 교수와 스타트업 김하나 대표, 특히 박민 사장';
    expect(parseAffiliations(tokenize(text, whole(text)))).toEqual([]);
  });
});

describe('refiners: aliases', () => {
  it('ties a bracketed acronym and its later bare uses to the long form', () => {
    const text = '한국농어촌공사(KRC)는 밝혔다. KRC는 또 말했다.';
    const [o] = orgs(text);
    expect(o).toMatchObject({ name: '한국농어촌공사', aliases: ['KRC'] });
    expect(o!.mentions).toHaveLength(3);
    expectSlicesMatch(text, [o!]);
  });
  it('takes a Hangul short form ending like the long form', () => {
    const [o] = orgs('국민건강보험공단(건보공단)은 밝혔다. 건보공단은 또 말했다.');
    expect(o).toMatchObject({ name: '국민건강보험공단', aliases: ['건보공단'] });
    expect(o!.mentions).toHaveLength(3);
  });
  it('takes several aliases from one bracket', () => {
    const [o] = orgs('한국국제협력단(KOICA·코이카)이 밝혔다. 코이카는 말했다.');
    expect(o?.aliases).toEqual(['KOICA', '코이카']);
  });
  it('derives short forms: same type word, same first syllable, syllables in order', () => {
    expect(abbreviates('행안부', '행정안전부')).toBe(true);
    expect(abbreviates('부산대', '부산대학교')).toBe(true);
    expect(abbreviates('해운조합', '한국해운조합')).toBe(true);
    expect(abbreviates('교육부', '태국 교육부')).toBe(false);
    const text = '국토교통부는 밝혔다. 국토부 관계자는 말했다. 강원특별자치도는 강원도 예산을 늘렸다.';
    const found = orgs(text);
    expect(found.map((o) => [o.name, o.aliases])).toEqual([['국토교통부', ['국토부']], ['강원특별자치도', ['강원도']]]);
    expectSlicesMatch(text, found);
  });
  it('names the entity by its fullest Korean form, even when a short form came first', () => {
    const text = '코이카 이사장이 서명했다. 한국국제협력단(KOICA·코이카)은 밝혔다. UNDP와 유엔개발계획(UNDP)';
    const found = orgs(text);
    // Alias order is not scored: sorted here.
    expect(found.map((o) => [o.name, [...o.aliases].sort()])).toEqual([
      ['한국국제협력단', ['KOICA', '코이카']],
      ['유엔개발계획', ['UNDP']],
    ]);
    expectSlicesMatch(text, found);
  });
  it('reads a bare foreign body as the country-prefixed one named before', () => {
    const found = orgs('미국 국무부는 규탄했다. 국무부 대변인은 말했다.');
    expect(found.map((o) => [o.name, o.aliases])).toEqual([['미국 국무부', ['국무부']]]);
  });
  it('keeps a country-prefixed body apart from the Korean one', () => {
    expect(names(orgs('교육부와 태국 교육부가 만났다. 교육부는 밝혔다.'))).toEqual(['교육부', '태국 교육부']);
  });
  it('links a gazetteer body written in Korean and as an acronym', () => {
    const [o] = orgs('세계보건기구는 경고했다. WHO 관계자는 말했다.');
    expect(o).toMatchObject({ name: '세계보건기구', aliases: ['WHO'] });
  });
});
