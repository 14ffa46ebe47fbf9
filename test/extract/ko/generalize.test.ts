/**
 * Rules added so the Korean person and organization extraction generalizes to layouts it had not
 * seen: company titles written as Latin acronyms, long Vietnamese names, counties, field offices,
 * bodies under a ministry, branches named with their body, parties without a type word, tail
 * short forms. Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../src/stages/extract/persons/ko/index.js';
import { findOrganizations } from '../../../src/stages/extract/organizations/ko/index.js';
import { matchSuffixRule, recognizeOrgWord } from '../../../src/stages/extract/organizations/ko/recognize.js';
import { latinCompany } from '../../../src/stages/extract/organizations/ko/parsers/companies.js';
import { abbreviates } from '../../../src/stages/extract/organizations/ko/refiners/resolve.js';
import { titleOf } from '../../../src/stages/extract/persons/ko/titles.js';
import { expectSlicesMatch, whole } from './helpers.js';

const names = (found: { name: string }[]): string[] => found.map((o) => o.name);
const persons = (text: string) => findPersons(text, whole(text));
const orgs = (text: string) => findOrganizations(text, whole(text));

describe('persons: new cues', () => {
  it('takes company titles written as Latin acronyms or spelled out', () => {
    expect(titleOf('CFO')).toBe('CFO');
    expect(titleOf('최고재무책임자')).toBe('최고재무책임자');
    const text = '박서준 CFO(최고재무책임자)는 투자 계획을 설명했다.';
    expect(names(persons(text))).toEqual(['박서준']);
  });
  it('knows research ranks such as 박사후연구원 and 박사과정', () => {
    expect(titleOf('박사후연구원')).toBe('박사후연구원');
    expect(titleOf('박사과정')).toBe('박사과정');
  });
  it('reads a romanized gloss with an apostrophe or inner capital', () => {
    const text = "하버드대 박사후연구원 매튜 오닐(Matthew O'Neill) 박사가 공동 저자로 참여했다.";
    const found = persons(text);
    expect(names(found)).toEqual(['매튜 오닐']);
    expect(found[0]!.aliases).toContain("Matthew O'Neill");
    expect(names(persons('연구를 이끈 로버트 맥도널드(Robert McDonald) 교수는 말했다.'))).toEqual(['로버트 맥도널드']);
  });
  it('takes a four-word name only when most of its words are one syllable', () => {
    expect(names(persons('베트남 재무부 응우옌 반 탄 롱 차관은 협력을 약속했다.'))).toEqual(['응우옌 반 탄 롱']);
    // Four long words: the extent is unclear, no name.
    expect(names(persons('베트남 재무부 마리아 소피아 엘레나 로드리게스 차관은 말했다.'))).toEqual([]);
  });
  it('finds a foreign name after a body whose acronym is in brackets', () => {
    const text = '인도네시아 보건사회보장청(BPJS) 알리 가프론 청장은 제도 개편을 소개했다.';
    expect(names(persons(text))).toEqual(['알리 가프론']);
  });
});

describe('organizations: new type words', () => {
  it('counts a county when it acts, not a group or a country’s forces', () => {
    expect(names(orgs('양평군은 주민 설명회를 열었다.'))).toEqual(['양평군']);
    expect(names(orgs('양평군에서 축제가 열렸다.'))).toEqual([]);
    expect(names(orgs('제품군은 다양하다. 중국군은 훈련을 했다. 고위험군은 접종 대상이다.'))).toEqual([]);
  });
  it('knows field offices of the state and national federations', () => {
    for (const w of ['낙동강홍수통제소', '인천공항검역소', '서울지방조달사무소', '수협중앙회']) expect(recognizeOrgWord(w), w).not.toBeNull();
    for (const w of ['관리사무소', '중개사무소', '매표소', '산지유통센터']) expect(matchSuffixRule(w), w).toBeNull();
  });
  it('lets a long name through a blocker meant for the bare word', () => {
    expect(matchSuffixRule('충청남도교육청')).not.toBeNull();
    expect(matchSuffixRule('도교육청')).toBeNull();
    expect(matchSuffixRule('에너지부')).not.toBeNull();
    expect(matchSuffixRule('충남지부')).toBeNull(); // a branch word alone is still blocked
  });
  it('names a foreign ministry with its acronym', () => {
    const found = orgs('캐나다 에너지부(NRCan)는 예산을 배정했다.');
    expect(names(found)).toEqual(['캐나다 에너지부']);
    expect(found[0]!.aliases).toContain('NRCan');
  });
  it('refuses technical terms and short generic stems before a type word', () => {
    for (const w of ['R&D센터', 'AI센터', '식품연구소', '기술연구소']) expect(matchSuffixRule(w), w).toBeNull();
    expect(matchSuffixRule('세종연구소')).not.toBeNull();
    expect(matchSuffixRule('EU집행위원회')).not.toBeNull();
  });
  it('does not take a company’s building or site for the company', () => {
    expect(latinCompany('LG사이언스파크')).toBe(false);
    expect(latinCompany('KT타워와')).toBe(false);
    expect(latinCompany('SK하이닉스')).toBe(true);
    expect(names(orgs('연구진은 LG사이언스파크에서 시험했다.'))).toEqual([]);
  });
  it('ties a hyphenated Latin short name in brackets to its body', () => {
    const found = orgs('한국공항공사(K-airport)는 노선을 늘렸다.');
    expect(found[0]!.aliases).toContain('K-airport');
  });
});

describe('organizations: new context cues', () => {
  it('takes the body named after "산하" under an organization', () => {
    const text = '환경부 산하 국립생물자원관은 조사 결과를 내놓았다.';
    expect(names(orgs(text))).toEqual(['환경부', '국립생물자원관']);
    expect(names(orgs('환경부 산하 공공기관은 모두 참여했다.'))).toEqual(['환경부']);
  });
  it('names a secretariat, branch or graduate school with its body', () => {
    const text = '국회 사무처는 일정을 공개했고 한국전력공사 경기본부와 연세대학교 행정대학원 교수진이 참석했다.';
    const found = orgs(text);
    expect(names(found)).toEqual(['국회 사무처', '한국전력공사 경기본부', '연세대학교 행정대학원']);
    expectSlicesMatch(text, found);
  });
  it('names a county’s support centre with the county, even when the county is a place alone', () => {
    expect(names(orgs('양평군 먹거리지원센터 김은별 센터장은 말했다.'))).toEqual(['양평군 먹거리지원센터']);
  });
  it('takes the party before a legislator or a party role', () => {
    const text = '새로운미래 간사인 김도윤 의원은 반대했다. 정의연대 박하늘 의원도 같은 입장이었다. 새로운미래는 성명을 냈다.';
    const found = orgs(text);
    expect(names(found)).toEqual(['새로운미래', '정의연대']);
    expect(found[0]!.mentions).toHaveLength(2);
  });
  it('does not take a legislator’s standing or district for a party', () => {
    expect(names(orgs('초선 김도윤 의원과 여당 간사인 박하늘 의원, 분당갑 이서준 의원이 만났다.'))).toEqual([]);
  });
  it('takes the body before a head of office ("소장", "청장")', () => {
    expect(names(orgs('한빛모빌리티 김태호 소장은 말했다.'))).toEqual(['한빛모빌리티']);
  });
});

describe('organizations: tail short forms', () => {
  it('a tail of the name with its type word abbreviates it', () => {
    expect(abbreviates('민주당', '미래민주당')).toBe(true);
    expect(abbreviates('연금공단', '국민연금공단')).toBe(true);
    expect(abbreviates('건보공단', '국민건강보험공단')).toBe(true);
    expect(abbreviates('주당', '미래민주당')).toBe(false);
  });
  it('joins a later tail short form to the full name', () => {
    const text = '미래민주당은 법안을 냈다. 민주당은 표결을 요구했다. 국민연금공단과 연금공단 노조가 만났다.';
    const found = orgs(text);
    expect(found.find((o) => o.name === '미래민주당')?.aliases).toContain('민주당');
    expect(found.find((o) => o.name === '국민연금공단')?.aliases).toContain('연금공단');
    expect(names(found)).not.toContain('민주당');
    expectSlicesMatch(text, found);
  });
});

/*
 * Rules added for organizations and people of kinds the first fixtures did not show: courts and
 * prosecution, public corporations with short forms, hospitals and research institutes, startups
 * and unions, cities outside the city table. Every sentence is written for the test.
 */
describe('organizations: courts, police and prosecution', () => {
  it('refuses numbered and named divisions and the panel itself', () => {
    for (const w of ['형사13부', '민사2부', '재판부', '강력범죄수사부', '형사부']) expect(matchSuffixRule(w), w).toBeNull();
    const text = '수원지방법원 형사11부(재판장 남궁서진 부장판사)는 선고했다. 재판부는 이유를 밝혔다.';
    expect(names(orgs(text))).toEqual(['수원지방법원']);
    expect(names(persons(text))).toEqual(['남궁서진']);
  });
  it('knows short court and prosecution names and ties them to the full name', () => {
    for (const w of ['서울중앙지법', '수원지검', '대전고법', '광주고검']) expect(recognizeOrgWord(w), w).not.toBeNull();
    const found = orgs('대구지방검찰청(대구지검) 형사2부(부장검사 연하람)는 기소했다. 대구지검은 항소했다.');
    expect(names(found)).toEqual(['대구지방검찰청']);
    expect(found[0]!.aliases).toContain('대구지검');
    expect(names(persons('대구지방검찰청 형사2부(부장검사 연하람)는 기소했다.'))).toEqual(['연하람']);
  });
  it('takes the head of a police squad ("형사기동대장") but not a register ("토지대장")', () => {
    expect(titleOf('형사기동대장')).toBe('형사기동대장');
    expect(titleOf('토지대장')).toBeNull();
    expect(titleOf('건축물대장')).toBeNull();
    expect(names(persons('수사를 맡은 표지안 광역수사대장은 말했다.'))).toEqual(['표지안']);
    expect(names(persons('수사를 맡은 표지안 형사기동대장은 말했다.'))).toEqual(['표지안']);
  });
  it('names a law firm with its legal form', () => {
    expect(names(orgs('법무법인 한길의 우태오 변호사는 말했다.'))).toEqual(['법무법인 한길']);
  });
});

describe('organizations: short forms and branches', () => {
  it('takes a bracket short form that leaves out the leading words', () => {
    const a = orgs('건강보험심사평가원(심평원)은 평가를 마쳤다.');
    expect(a[0]!.aliases).toContain('심평원');
    const b = orgs('전국화학노동조합(화학노조)은 파업을 예고했다.');
    expect(names(b)).toEqual(['전국화학노동조합']);
    expect(b[0]!.aliases).toContain('화학노조');
    const c = orgs('하천정비대책위원회(대책위)는 집회를 열었다.');
    expect(c[0]!.aliases).toContain('대책위');
  });
  it('names a branch with the short form of its body, and never takes the short form for a person', () => {
    const text = '한국가스공사(가공)와 협약했다. 가공 경북본부는 밝혔다. 도민재 가공 경북본부장은 말했다.';
    expect(names(orgs(text))).toEqual(['한국가스공사', '가공 경북본부']);
    expect(names(persons('한국전력공사(한전)는 밝혔다. 한전 관계자는 말했다. 도민재 한전 경북본부장은 말했다.'))).toEqual(['도민재']);
  });
});

describe('organizations: cities, buildings and spokespeople', () => {
  it('counts a city outside the table when the document names its mayor, hall or council', () => {
    const text = '논산시는 사업을 시작했다. 백시우 논산시장은 말했다. 논산시의회도 동의했다.';
    expect(names(orgs(text))).toEqual(['논산시', '논산시의회']);
    expect(names(persons(text))).toEqual(['백시우']);
    expect(names(orgs('논산시는 사업을 시작했다.'))).toEqual([]); // no evidence
    expect(names(persons('주식시장은 흔들렸다. 오은별 주식시장 분석가는 말했다.'))).toEqual([]);
  });
  it('a city hall is a building unless it acts', () => {
    expect(names(orgs('천안시청 대회의실에서 협약식이 열렸다.'))).toEqual([]);
    expect(names(orgs('천안시청은 입장을 냈다.'))).toEqual(['천안시청']);
  });
  it('takes the body a spokesperson speaks for, not a sector or authority', () => {
    expect(names(orgs('한빛에너지솔루션 관계자는 말했다.'))).toEqual(['한빛에너지솔루션']);
    expect(names(orgs('반도체업계 관계자는 말했다. 금융당국 관계자는 밝혔다. 해당 업체 관계자는 말했다.'))).toEqual([]);
  });
  it('takes the head of an NGO or association ("사무국장", "위원장")', () => {
    expect(names(orgs('청주환경운동연합 마서진 사무국장은 지적했다.'))).toEqual(['청주환경운동연합']);
  });
});

describe('organizations: companies without a type word', () => {
  it('takes every member of a list of companies', () => {
    expect(names(orgs('시장에는 SK에코플랜트와 고려아연 등 대기업도 뛰어들었다.'))).toEqual(['SK에코플랜트', '고려아연']);
    expect(names(orgs('삼성전자와 한빛정밀 등 기업이 참여했다.'))).toEqual(['삼성전자', '한빛정밀']);
    expect(names(orgs('반도체와 배터리 등 기업이 몰렸다.'))).toEqual([]); // no known member
    expect(names(orgs('이재용과 정의선 등 대기업 총수가 모였다.'))).toEqual([]);
  });
  it('takes a name after an investor cue and after a legal-form marker', () => {
    expect(names(orgs('벤처캐피털 한빛벤처스와 투자사 새솔파트너스가 참여했다.'))).toEqual(['한빛벤처스', '새솔파트너스']);
    expect(names(orgs('주식회사 새빛은 밝혔다. 재단법인 행복나눔은 기부했다. (사)한빛회는 행사를 열었다.'))).toEqual(['새빛', '행복나눔', '한빛회']);
    expect(names(orgs('해당 업체 관계자는 말했다.'))).toEqual([]);
  });
  it('refuses common nouns ending like a company, hospital or group', () => {
    for (const w of ['유전자', '송전선', '대형병원', '거점병원', '병원그룹', '금융그룹']) expect(matchSuffixRule(w), w).toBeNull();
    for (const w of ['삼성전자', '대한전선', '서울아산병원', 'KB금융그룹', '현대자동차그룹']) expect(recognizeOrgWord(w), w).not.toBeNull();
  });
});

describe('persons: new titles and cues', () => {
  it('knows research officers and ranked judges and prosecutors', () => {
    for (const t of ['보건연구관', '부장판사', '재판장', '부장검사']) expect(titleOf(t), t).toBe(t);
    expect(names(persons('국립보건연구원 감염병연구과 나은솔 보건연구관은 말했다.'))).toEqual(['나은솔']);
    // "검사" alone is also an examination: "유전자 검사는" names nobody.
    expect(names(persons('유전자 검사는 2주가 걸린다.'))).toEqual([]);
  });
  it('finds a foreign name owned by an organization ("OO그룹의 … 부사장")', () => {
    expect(names(persons('메콩메디컬그룹의 쁘라솝 완나차이 부사장은 말했다.'))).toEqual(['쁘라솝 완나차이']);
  });
});
