/**
 * Korean extraction rules of the sixth round: missions abroad, foreign names after an owner or an
 * affiliation, a single foreign name before "씨(나이)", suffix-less companies after an industry
 * opening or a shipping-line cue, well-known public institutions by their brand names, and a
 * province acting in a list. Each test fails without its rule; every sentence is written for it.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../src/stages/extract/persons/ko/index.js';
import { findOrganizations } from '../../../src/stages/extract/organizations/ko/index.js';
import { whole } from './helpers.js';

const names = (found: { name: string }[]): string[] => found.map((o) => o.name);
const persons = (text: string) => names(findPersons(text, whole(text)));
const orgs = (text: string) => names(findOrganizations(text, whole(text)));

describe('missions abroad', () => {
  it('takes an embassy written host, sending state and mission word apart', () => {
    expect(orgs('주베트남 대한민국 대사관(대사 오민호)은 하노이에서 간담회를 열었다.')).toContain('주베트남 대한민국 대사관');
  });
  it('takes an embassy without the sending state, and a consulate in a city', () => {
    expect(orgs('설명회에는 주캄보디아 대사관 관계자가 참석했다.')).toContain('주캄보디아 대사관');
    expect(orgs('주다낭 총영사관은 교민 안전 공지를 냈다.')).toContain('주다낭 총영사관');
  });
  it('takes a delegation to an international body', () => {
    expect(orgs('주유엔 대표부는 결의안 초안을 회람했다.')).toContain('주유엔 대표부');
  });
  it('reads no mission from a word merely before an embassy', () => {
    expect(orgs('그는 주로 대사관 근처에서 일했다. 매주 대사관 앞에서 집회가 열렸다.')).toEqual([]);
  });
  it('needs a country or international body before an embassy', () => {
    expect(orgs('주변에 대사관 건물이 많다. 주말에 대사관을 찾았다.')).toEqual([]);
  });
});

describe('foreign names', () => {
  it('takes a two-word name after a body named by its acronym with the possessive', () => {
    expect(persons('GISTDA의 수파콘 분통 부국장은 위성 자료를 공개했다.')).toEqual(['수파콘 분통']);
  });
  it('takes a two-word name after a foreign department with its country word', () => {
    expect(persons('라오스 관세국의 캄폰 시파썻 국장은 통관 절차를 설명했다.')).toEqual(['캄폰 시파썻']);
  });
  it('does not take a common noun before a possessive as an owner', () => {
    expect(persons('이번 결과의 핵심 내용 발표자는 말했다.')).toEqual([]);
  });
  it('takes a two-word name before a university department and its title', () => {
    expect(persons('발표를 맡은 찻차이 쁘렘차이 CMU 지질학부 교수는 단층 자료를 보여줬다.')).toEqual(['찻차이 쁘렘차이']);
  });
  it('leaves the verb taking an object out of the name before it', () => {
    expect(persons('사절단은 하노이를 방문해 응우옌 반 탄 베트남 공업부 차관과 만났다.')).toContain('응우옌 반 탄');
    const found = persons('대표단은 방콕을 찾아 솜폰 깨우캄 태국 재무부 차관과 면담했다.');
    expect(found).toContain('솜폰 깨우캄');
    expect(found).not.toContain('찾아 솜폰 깨우캄');
  });
  it('takes a single foreign name before 씨 with an age, even one ending like a particle', () => {
    expect(persons('치앙마이에서 온 대학생 쁘림와 씨(24)는 웃었다.')).toEqual(['쁘림와']);
    expect(persons('여행객 마리아 씨(31)는 다시 오겠다고 했다.')).toEqual(['마리아']);
  });
  it('takes no common noun or title word before 씨 with an age', () => {
    expect(persons('참석한 농민 대표와 씨(45)는 자리를 떴다.')).toEqual([]);
  });
  it('does not read 모임 as a name before a title', () => {
    expect(persons('지역 교사 모임 회장은 말했다.')).toEqual([]);
  });
});

describe('companies without a suffix', () => {
  it('takes the topic after an industry opening a sentence that states earnings', () => {
    expect(orgs('화장품업계에서는 라온뷰티가 영업이익 512억원으로 전년보다 30% 늘었다.')).toContain('라온뷰티');
  });
  it('takes no segment or noun reporting earnings without the industry opening', () => {
    expect(orgs('메모리사업부문은 영업이익 3조원을 냈다. 현장에서는 안전관리가 영업이익 3억원보다 중요하다.')).toEqual([]);
    expect(orgs('게임업계에서는 신작출시가 늦어졌다.')).toEqual([]);
  });
  it('splits a plain particle off a name after a company cue', () => {
    expect(orgs('지주회사 다온홀딩프로도 적자로 돌아섰다.')).toContain('다온홀딩프로');
  });
  it('takes a shipping line after "선사인"', () => {
    expect(orgs('국내 선사인 바다누리해운이 선박 두 척을 투입한다.')).toContain('바다누리해운');
  });
  it('takes nothing after bare 선사 (prehistory)', () => {
    expect(orgs('경주 선사 유적지에서 발굴이 이어졌다.')).toEqual([]);
  });
});

describe('public institutions by their brand names', () => {
  it('takes 코트라, KAIST and 한전 written alone', () => {
    expect(orgs('코트라는 자카르타에서 상담회를 열었다.')).toContain('코트라');
    expect(orgs('KAIST 연구팀은 새 촉매를 개발했다.')).toContain('KAIST');
    expect(orgs('한전 관계자는 요금 인상을 검토하지 않는다고 말했다.')).toContain('한전');
  });
  it('ties a brand name to the full name in one document', () => {
    const found = findOrganizations('코이카는 사업을 시작했다. 한국국제협력단은 2026년까지 지원한다.', whole('코이카는 사업을 시작했다. 한국국제협력단은 2026년까지 지원한다.'));
    expect(names(found)).toEqual(['한국국제협력단']);
    expect(found[0]!.aliases).toContain('코이카');
  });
  it('leaves common words with a particle alone', () => {
    expect(orgs('산은 높고 물은 맑다.')).toEqual([]);
  });
});

describe('provinces acting in a list', () => {
  it('reads the particle on the last word of a multi-word member', () => {
    expect(orgs("교육청은 지난달 전라남도, 도내 22개 시·군과 '통학 지원 협약'을 맺었다.")).toContain('전라남도');
  });
  it('keeps a province that is only a place in a list', () => {
    expect(orgs('행사는 충청남도, 천안시 동남구 일대에서 열렸다.')).toEqual([]);
  });
});

describe('suffix words', () => {
  it('reads a foreign ministry of innovation despite the "신부" ending', () => {
    expect(orgs('비용은 베트남 과학기술혁신부가 절반을 부담했다.')).toContain('베트남 과학기술혁신부');
    expect(orgs('회사 경영혁신부 관계자는 말했다.')).toEqual([]);
  });
  it('takes a foreign provincial hall only when it acts', () => {
    expect(orgs('협약식은 치앙라이주청에서 열렸다.')).toEqual([]);
  });
  it('reads kinds of insurance and training centres as no body', () => {
    expect(orgs('근로자의 농작물재해보험과 상해보험 가입을 돕는다.')).toEqual([]);
    expect(orgs('교육은 촌부리 직업훈련센터에서 열린다.')).toEqual([]);
  });
});

describe('foreign provinces', () => {
  it('takes a foreign province written with 주 when it acts', () => {
    expect(orgs('협약에 따라 나콘파놈주는 근로자를 선발해 추천한다.')).toContain('나콘파놈주');
  });
  it('leaves a foreign province that is only a place, and words ending in 주', () => {
    expect(orgs('그는 나콘파놈주에서 태어났다. 지난주에는 비가 왔다. 대주주는 지분을 팔았다.')).toEqual([]);
  });
});

describe('round six: more constructions', () => {
  it('takes a group parent whose name ends like a particle', () => {
    expect(orgs('다온프로 계열사 다온프로머티는 밝혔다.')).toEqual(['다온프로', '다온프로머티']);
  });
  it('takes no parent from a modifier before a group cue', () => {
    expect(orgs('비금융 계열사 다온페이는 밝혔다.')).toEqual(['다온페이']);
  });
  it('names an overseas trade office with its body', () => {
    expect(orgs('코트라 자카르타무역관은 상담회를 열었다.')).toEqual(['코트라 자카르타무역관']);
    expect(orgs('국내 무역관 역할이 커졌다.')).toEqual([]);
  });
  it('takes a foreign name after a country, an origin word and a role noun', () => {
    expect(persons('캄보디아 출신 근로자 속 피룸 씨는 말했다.')).toEqual(['속 피룸']);
    expect(persons('필리핀 국적의 유학생 마리셀 산토스 씨는 웃었다.')).toEqual(['마리셀 산토스']);
  });
  it('takes no common noun phrase after an origin and a role noun', () => {
    expect(persons('베트남 출신 근로자 지원 센터 소장은 말했다.')).toEqual([]);
  });
});
