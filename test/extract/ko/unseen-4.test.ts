/**
 * Korean extraction rules added with the fourth round of unseen-layout fixtures (a press-release
 * distribution page, an economic daily's mobile page, an association webzine). Each test fails
 * without its rule. Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../src/stages/extract/persons/ko/index.js';
import { findOrganizations } from '../../../src/stages/extract/organizations/ko/index.js';
import { whole } from './helpers.js';

const names = (found: { name: string }[]): string[] => found.map((o) => o.name);
const persons = (text: string) => findPersons(text, whole(text));
const orgs = (text: string) => names(findOrganizations(text, whole(text)));

describe('organizations', () => {
  it('takes the service named in a press-release distribution dateline', () => {
    expect(orgs('부산--(와이어링크) 2025년 03월 02일 -- 해양 스타트업 바다온이 새 서비스를 내놓는다고 2일 밝혔다.')).toContain('와이어링크');
  });
  it('keeps a country-prefixed ministry apart from the Korean ministry it shares a short form with', () => {
    const found = findOrganizations(
      '산업통상자원부는 베트남 산업부와 함께 상담회를 연다. 산업통상자원부 관계자는 협력을 강조했다.',
      whole('산업통상자원부는 베트남 산업부와 함께 상담회를 연다. 산업통상자원부 관계자는 협력을 강조했다.'),
    );
    const ours = found.find((o) => o.name === '산업통상자원부');
    expect(ours?.aliases ?? []).not.toContain('베트남 산업부');
    expect(names(found)).toContain('베트남 산업부');
  });
  it('reads the name after a retail chain and its trade as a company', () => {
    expect(orgs('말레이시아의 커피 체인 루마카파는 다음 달 서울에 1호점을 연다.')).toContain('루마카파');
  });
  it('does not read the word after a supply chain as a company', () => {
    expect(orgs('업계는 글로벌 공급 체인 다변화를 서두르고 있다.')).toEqual([]);
  });
});

describe('persons', () => {
  it('takes a two-word foreign name with an age in brackets before a shop-floor title', () => {
    const found = persons('10년째 일하는 뚜안 레반(41) 반장은 "후배들을 가르치는 게 보람"이라고 말했다. 뚜안 씨는 내년에 귀국한다.');
    expect(names(found)).toEqual(['뚜안 레반']);
    expect(found[0]!.aliases).toContain('뚜안');
  });
  it('does not join a common noun to a Korean name with an age', () => {
    expect(names(persons('마을 주민 고은솔(52) 반장은 웃었다.'))).toEqual(['고은솔']);
  });
});
