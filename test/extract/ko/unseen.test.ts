/**
 * Rules added after writing Korean documents in domains the rules had not seen (a provincial
 * press release, an earnings roundup, a hospital research story, a sports federation story).
 * Each test fails without its rule. Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../src/stages/extract/persons/ko/index.js';
import { findOrganizations } from '../../../src/stages/extract/organizations/ko/index.js';
import { matchSuffixRule, recognizeOrgWord } from '../../../src/stages/extract/organizations/ko/recognize.js';
import { latinCompany, parseLatinCompanies } from '../../../src/stages/extract/organizations/ko/parsers/companies.js';
import { personName } from '../../../src/stages/extract/persons/ko/name.js';
import { titleOf } from '../../../src/stages/extract/persons/ko/titles.js';
import { tokenize } from '../../../src/stages/extract/persons/ko/korean/hangul.js';
import { whole } from './helpers.js';

const names = (found: { name: string }[]): string[] => found.map((o) => o.name);
const persons = (text: string) => names(findPersons(text, whole(text)));
const orgs = (text: string) => names(findOrganizations(text, whole(text)));

describe('organizations: type words and guards', () => {
  it('knows regional technoparks and sports councils by their region', () => {
    expect(recognizeOrgWord('충북테크노파크')).not.toBeNull();
    expect(recognizeOrgWord('대한체육회')).not.toBeNull();
    expect(matchSuffixRule('테크노파크')).toBeNull();
    expect(matchSuffixRule('동네체육회')).toBeNull(); // no place word
  });
  it('does not read a loanword in 처 as an office', () => {
    expect(matchSuffixRule('바우처')).toBeNull();
  });
  it('does not read a league named with a Latin letter as a company, with or without particle', () => {
    expect(latinCompany('V리그')).toBe(false);
    expect(latinCompany('V리그가')).toBe(false);
    expect(orgs('K리그와 V리그가 개막했다.')).toEqual([]);
  });
  it('reads a name ending like a copula whole when the clause goes on', () => {
    const text = 'DB금융투자 이채린 연구원은 말했다. 최대 고객은 SK하이닉스다.';
    expect(names(parseLatinCompanies(text, tokenize(text, whole(text))))).toEqual(['DB금융투자', 'SK하이닉스']);
  });
});

describe('organizations: more type words', () => {
  it('knows civic groups named as a union, not alliances', () => {
    expect(recognizeOrgWord('녹색연합')).not.toBeNull();
    expect(matchSuffixRule('한미연합')).toBeNull();
    expect(orgs('한미연합 훈련이 열렸다.')).toEqual([]);
  });
  it('knows company-name endings that are no common noun, not kinds of cloud', () => {
    for (const w of ['시암텔레콤', '누리소프트', '한빛클라우드']) expect(recognizeOrgWord(w), w).not.toBeNull();
    for (const w of ['퍼블릭클라우드', '공공클라우드', '클라우드']) expect(matchSuffixRule(w), w).toBeNull();
  });
  it('knows special cities and their short form', () => {
    const found = findOrganizations('고양특례시(시장 윤재석)는 밝혔다. 고양시는 또 발표했다.', whole('고양특례시(시장 윤재석)는 밝혔다. 고양시는 또 발표했다.'));
    expect(names(found)).toEqual(['고양특례시']);
    expect(found[0]!.aliases).toContain('고양시');
    expect(orgs('수원특례시에서 행사가 열렸다.')).toEqual([]);
  });
  it('reads a Korean place glued to a Latin acronym as a local body', () => {
    expect(orgs('순천YMCA는 반발했다.')).toEqual(['순천YMCA']);
    expect(orgs('서울AI 허브에서 열렸다.')).toEqual([]);
  });
  it('takes an acronym led by a small letter as an alias', () => {
    const text = '한국농수산식품유통공사(aT)는 밝혔다.';
    expect(findOrganizations(text, whole(text))[0]!.aliases).toContain('aT');
  });
});

describe('organizations: company cues', () => {
  it('takes a quoted name after a joint-venture cue', () => {
    expect(orgs("시암텔레콤과 합작법인 '나래시암'을 세웠다.")).toEqual(['시암텔레콤', '나래시암']);
    expect(orgs("합작법인 '설립'을 추진한다. 현지법인 설립 절차를 밟는다.")).toEqual([]);
  });
  it('takes the name after a holding-company cue', () => {
    expect(orgs('지주회사 누리넷은 적자로 돌아섰다.')).toEqual(['누리넷']);
  });
  it('takes no bound noun after a cue', () => {
    expect(orgs('플랫폼 기업 중에서는 실적이 엇갈렸다.')).toEqual([]);
  });
  it('takes the other members of a list a cue introduces, not verbs or modifiers', () => {
    expect(orgs('누리온 계열사 누리온페이와 누리온뱅크가 최대 실적을 냈다.')).toEqual(['누리온', '누리온페이', '누리온뱅크']);
    expect(orgs('스타트업 한빛로보와 협력했다.')).toEqual(['한빛로보']);
    expect(orgs('바이오벤처 노바젠과 진단키트 기업 큐릭스가 뽑혔다.')).toEqual(['노바젠', '큐릭스']);
  });
  it('takes the parent before a group cue only when the member carries its name', () => {
    expect(orgs('누리온 계열사 누리온페이가 상장했다.')).toEqual(['누리온', '누리온페이']);
    expect(orgs('비금융 계열사 한빛캐피탈이 상장했다.')).toEqual(['한빛캐피탈']);
  });
  it('takes the word before a bracket naming its head', () => {
    expect(orgs('한결팜(대표 김하늘)은 신제품을 냈다.')).toEqual(['한결팜']);
    expect(orgs('공모전(대표 작품)에 냈다.')).toEqual([]);
  });
  it('takes the topic of a filing sentence, not a figure or a type word', () => {
    expect(orgs('셀바이오젠은 2분기 영업손실을 냈다고 31일 공시했다.')).toEqual(['셀바이오젠']);
    expect(orgs('영업이익은 30% 늘었다고 공시했다. 거래소는 공시했다.')).toEqual([]);
  });
  it('takes the partner of an agreement or of teaming up, not a community', () => {
    expect(orgs('진흥원은 그린웨이브와 공동연구 양해각서(MOU)를 체결했다.')).toEqual(['그린웨이브']);
    expect(orgs('회사는 셀루비오와 손잡고 개발한다.')).toEqual(['셀루비오']);
    expect(orgs('지역사회와 협약을 맺었다. 협력기업과 협약을 맺었다. 주민들과 협약을 맺었다.')).toEqual([]);
  });
  it('reads a name ending like a particle whole before 관계자', () => {
    expect(orgs('나이스신용평가 관계자는 말했다.')).toEqual(['나이스신용평가']);
  });
  it('takes a type word without its place word when an acronym follows in brackets', () => {
    const found = findOrganizations('방콕대중교통공사(MRTA)는 입찰을 열었다.', whole('방콕대중교통공사(MRTA)는 입찰을 열었다.'));
    expect(names(found)).toEqual(['방콕대중교통공사']);
    expect(found[0]!.aliases).toContain('MRTA');
    expect(orgs('보수공사(ABC)를 마쳤다.')).toEqual([]);
  });
  it('reads a short university name before its department or faculty', () => {
    expect(orgs('성균관대 약학과 최윤서 교수가 참여했다.')).toEqual(['성균관대']);
    expect(orgs('미국 존스홉킨스대 의대 교수가 참여했다.')).toEqual(['미국 존스홉킨스대']);
    expect(orgs('청년세대 연구진은 분석했다. 노인세대 교수는 말했다.')).toEqual([]);
  });
});

describe('organizations: lists, brackets and local governments', () => {
  it('reads the particle after a bracket naming the head', () => {
    expect(orgs('충청북도(도지사 윤태성)는 펀드를 만든다.')).toEqual(['충청북도']);
    expect(orgs('충청북도(청주시 소재)에서 행사가 열렸다.')).toEqual([]);
  });
  it('reads a listed local government by the particle on the last member or on 등', () => {
    expect(orgs('전라남도, 해양경찰청과 함께 배치한다.')).toEqual(['전라남도', '해양경찰청']);
    expect(orgs('신안군과 완도군의 섬에 배치한다.')).toEqual([]);
    expect(orgs('경기도, 한국도로공사 등이 참여했다.')).toEqual(['경기도', '한국도로공사']);
  });
  it('reads a unit after an acronym in brackets as part of its body', () => {
    expect(orgs('한국과학기술연구원(KIST) 뇌과학연구소는 발표했다.')).toEqual(['한국과학기술연구원']);
  });
  it('takes a long member opened by a place word in a series of known bodies', () => {
    expect(orgs('청주시, 한국벤처투자, IBK기업은행, 충북테크노파크가 출자했다.')).toContain('한국벤처투자');
    expect(orgs('한국어, 한국사, 한국전력공사, 한국은행 등을 공부했다.')).toEqual(['한국전력공사', '한국은행']);
  });
  it('closes a list of clubs with 구단 even when a title follows the particle', () => {
    expect(orgs('흥국생명·현대건설·정관장 등 구단들은 대표 선수들의 소집에 동의했다.')).toEqual(['흥국생명', '현대건설', '정관장']);
  });
  it('ties a short form to the name sharing its first syllable when a tail also fits', () => {
    const found = findOrganizations(
      '서울대학교병원과 분당서울대병원이 참여했다. 서울대병원은 밝혔다.',
      whole('서울대학교병원과 분당서울대병원이 참여했다. 서울대병원은 밝혔다.'),
    );
    expect(names(found)).toEqual(['서울대학교병원', '분당서울대병원']);
    expect(found[0]!.aliases).toContain('서울대병원');
  });
  it('counts a city whose official is named as acting', () => {
    expect(orgs('안동시는 숲을 만든다. 배성환 안동시 산림과장은 말했다.')).toEqual(['안동시']);
  });
});

describe('persons: new cues and guards', () => {
  it('skips the administration word between a name and a title', () => {
    expect(persons('이도현 도 경제부지사는 말했다.')).toEqual(['이도현']);
  });
  it('does not read a city with its type word as a name', () => {
    expect(personName('안동시')).toBeNull();
    expect(persons('배성환 안동시 산림과장은 말했다.')).toEqual(['배성환']);
  });
  it('takes a name after a title that is also a common noun only in brackets', () => {
    expect(persons('시장 기대치를 웃돌았다.')).toEqual([]);
    expect(persons('부산시(시장 홍민준)는 밝혔다.')).toEqual(['홍민준']);
  });
  it('reads personnel nouns after a title as nouns', () => {
    expect(persons('새 감독 선임이 반갑다. 코치 교체가 필요하다.')).toEqual([]);
  });
  it('takes a name with the age in brackets', () => {
    expect(persons('양효린(31·정관장)도 복귀했다. 박민수(45)는 체포됐다.')).toEqual(['양효린', '박민수']);
    expect(persons('표(1)와 정부(3)를 보라.')).toEqual([]);
  });
  it('takes a foreign name opened by a title, an origin or an affiliation after a country', () => {
    expect(persons('KIST 박사후연구원 아리프 라흐만 박사다.')).toEqual(['아리프 라흐만']);
    expect(persons('브라질 출신 마르셀루 코스타 감독을 선임했다.')).toEqual(['마르셀루 코스타']);
    expect(persons('미국 존스홉킨스대 의대 데이비드 로젠버그 교수도 참여했다.')).toEqual(['데이비드 로젠버그']);
  });
  it('takes a foreign name before a company the document names', () => {
    const text = '액셀러레이터 랩센트럴과 협약을 맺었다. 조너선 리드 랩센트럴 최고운영책임자는 말했다.';
    expect(persons(text)).toEqual(['조너선 리드']);
  });
  it('makes titles of one-syllable prefixes only for administrations, branches and societies', () => {
    expect(titleOf('정관장')).toBeNull();
    expect(titleOf('지회장')).toBe('지회장');
    expect(titleOf('협회장')).toBe('협회장');
  });
});
