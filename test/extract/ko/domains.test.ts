/**
 * Rules added while writing documents from politics, finance, defense, culture/education and
 * labour/welfare desks: committees named after their body, spokespeople, regional branches and
 * field offices, bodies vouched for by a series, public institutions that act, trade cues, and
 * guards against the common nouns that end like organizations. Every sentence is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../src/stages/extract/persons/ko/index.js';
import { findOrganizations } from '../../../src/stages/extract/organizations/ko/index.js';
import { matchSuffixRule, recognizeOrgWord } from '../../../src/stages/extract/organizations/ko/recognize.js';
import { expectSlicesMatch, whole } from './helpers.js';

const names = (found: { name: string }[]): string[] => found.map((o) => o.name);
const persons = (text: string) => findPersons(text, whole(text));
const orgs = (text: string) => findOrganizations(text, whole(text));

describe('organizations: committees after their body', () => {
  it('reports a committee that acts or has a short form, with the body', () => {
    const text = '중앙은행 금융정책위원회(금정위)는 금리를 동결했다. 국회 보건복지위원회는 법안을 의결했다.';
    const found = orgs(text);
    expect(names(found)).toEqual(['금융정책위원회', '국회', '보건복지위원회']);
    expect(found[0]!.aliases).toEqual(['금정위']);
    expectSlicesMatch(text, found);
  });
  it('keeps a committee named once in passing only when named again', () => {
    expect(names(orgs('경기도의회 문화체육위원회 소속 의원들이 참석했다.'))).toEqual(['경기도의회']);
    const text = '국회 교육위원회에 출석했다. 교육위는 다음 주 회의를 연다.';
    const found = orgs(text);
    expect(names(found)).toEqual(['국회', '교육위원회']);
    expect(found[1]!.aliases).toEqual(['교육위']);
  });
});

describe('organizations: branches, field offices and acting institutions', () => {
  it('joins a regional branch or office with its body', () => {
    expect(names(orgs('국민연금공단 부산동부지사는 상담 창구를 열었다.'))).toEqual(['국민연금공단 부산동부지사']);
    expect(names(orgs('고용노동부 대전지청은 현장을 점검했다.'))).toEqual(['고용노동부 대전지청']);
  });
  it('reads health centres, labour federations and football clubs by their type word', () => {
    expect(recognizeOrgWord('강서구보건소')?.suffix).toBe('보건소');
    expect(recognizeOrgWord('공공노총')?.suffix).toBe('노총');
    expect(recognizeOrgWord('한빛유나이티드FC')?.suffix).toBe('FC');
  });
  it('reports museums and welfare centres when they act, not as venues', () => {
    expect(names(orgs('국립민속박물관은 특별전을 연다.'))).toEqual(['국립민속박물관']);
    expect(names(orgs('국립민속박물관에서 특별전이 열린다.'))).toEqual([]);
    expect(names(orgs('한빛종합사회복지관은 도시락을 나눈다.'))).toEqual(['한빛종합사회복지관']);
    expect(names(orgs('노인복지관은 점심을 제공한다.'))).toEqual([]);
  });
  it('accepts a member of a series of known bodies that lacks a place word', () => {
    expect(names(orgs('금융위원회와 금융감독원, 주택금융보증공사 등이 참석했다.'))).toEqual(['금융위원회', '금융감독원', '주택금융보증공사']);
    expect(names(orgs('주택금융보증공사가 참석했다.'))).toEqual([]);
  });
});

describe('organizations: cues', () => {
  it('takes the body named before a spokesperson', () => {
    expect(names(orgs('새미래당 한도윤 대변인은 논평을 냈다.'))).toEqual(['새미래당']);
    expect(names(orgs('바른개혁 오세린 수석대변인은 반박했다.'))).toEqual(['바른개혁']);
  });
  it('takes names after trade cues (publisher, club, broadcaster)', () => {
    expect(names(orgs('도록은 출판사 새벽글방이 펴낸다.'))).toEqual(['새벽글방']);
    expect(names(orgs('공영방송 KBS는 생중계한다.'))).toEqual(['KBS']);
    expect(names(orgs('K리그1 구단 한빛시티는 유소년 팀을 만든다.'))).toEqual(['한빛시티']);
  });
  it('does not take a person named after a cue for a company', () => {
    expect(names(orgs('해당 업체 한정우 대표는 사과했다.'))).toEqual([]);
  });
  it('does not take a kind of body before 관계자 for a named one', () => {
    for (const w of ['대학병원', '투자은행', '관리사무소', '제약회사', '부동산중개업소', '수사기관']) {
      expect(names(orgs(`${w} 관계자는 말했다.`)), w).toEqual([]);
    }
  });
  it('knows the official short form of the Office for Government Policy Coordination', () => {
    const found = orgs('국무조정실은 계획을 냈다. 국조실은 다음 달 보고한다.');
    expect(names(found)).toEqual(['국무조정실']);
    expect(found[0]!.aliases).toEqual(['국조실']);
  });
});

describe('organizations: common nouns that end like organizations', () => {
  it('refuses units, desks, counterparties, occupations, sugars and kinds of body', () => {
    for (const w of [
      '지휘부', '정치부', '홍보부', '발주처', '시행처', '관할청', '환경미화원', '포도당', '올리고당', '공영방송',
      '대책본부', '현장지휘본부', '징계위원회', '비상대책위원회', '고등법원', '통합관제센터', '치매안심센터', '시립도서관',
      '노사협의회', '가맹본부', '재건축조합',
    ]) {
      expect(recognizeOrgWord(w), w).toBeNull();
    }
  });
  it('still reads longer names ending in those words', () => {
    for (const w of ['중앙재난안전대책본부', '국회윤리특별위원회', '베트남노동보훈사회부']) expect(matchSuffixRule(w), w).not.toBeNull();
  });
});

describe('persons: new shapes', () => {
  it('does not take a name ending like a unit for a unit between name and title', () => {
    expect(names(persons('주심인 문태원 재판관은 보충의견을 냈다.'))).toEqual(['문태원']);
  });
  it('reads an organization glossed with an acronym between name and title', () => {
    expect(names(persons('조성빈 한국국방연구원(KIDA) 책임연구원은 평가했다.'))).toEqual(['조성빈']);
  });
  it('refuses desks, common nouns with particles and 노사정 before a title', () => {
    expect(names(persons('정치부 기자와 사회부 차장이 참석했다.'))).toEqual([]);
    expect(names(persons('당국은 시장 안정 대책을 내놨다.'))).toEqual([]);
    expect(names(persons('노사정 대표들이 모였다.'))).toEqual([]);
  });
});
