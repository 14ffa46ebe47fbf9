/**
 * Organization shapes met in unseen Korean text: national committees of international bodies,
 * role lines (주최/주관/후원), acronyms in lists of bodies, ampersand company names, trade words
 * glued to a cue ("물류기업 OOO"), lists closed by a kind of company ("등 외국계 기업들"),
 * provinces before a people's committee, university foundations; and guards for venues, in-house
 * labs and Latin plurals. Every sentence here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../src/stages/extract/organizations/ko/index.js';
import { latinCompany } from '../../../src/stages/extract/organizations/ko/parsers/companies.js';
import { recognizeOrgWord } from '../../../src/stages/extract/organizations/ko/recognize.js';
import { expectSlicesMatch, whole } from './helpers.js';

const orgs = (text: string) => findOrganizations(text, whole(text));
const names = (text: string): string[] => orgs(text).map((o) => o.name);

describe('organization shapes', () => {
  it('names a national committee with its international body', () => {
    const text = '유네스코 한국위원회는 청소년 포럼을 연다고 밝혔다.';
    expect(names(text)).toEqual(['유네스코 한국위원회']);
    expectSlicesMatch(text, orgs(text));
  });
  it('reads cities and provinces listed on a role line as acting', () => {
    expect(names('※ 주최: 바다대학교 / 후원: 부산광역시·한국해양재단')).toEqual(['바다대학교', '부산광역시', '한국해양재단']);
    expect(names('행사는 부산광역시에서 열린다.')).toEqual([]);
  });
  it('takes an acronym listed among known bodies', () => {
    const text = '한국기계연구원(KIMM)과 KRISS, 한국화학연구원 등이 참여한다.';
    expect(names(text)).toContain('KRISS');
    expect(names('AI, 한국화학연구원, 한국기계연구원')).not.toContain('AI');
  });
  it('knows ampersand company names but not R&D or M&A', () => {
    expect(latinCompany('AT&T')).toBe(true);
    expect(latinCompany('R&D')).toBe(false);
    expect(latinCompany('M&A')).toBe(false);
    expect(latinCompany('NGO들의')).toBe(false);
  });
  it('takes a company after a trade glued to a cue, not after a size or role', () => {
    expect(names('현지 물류기업 한바다로지스와 계약을 맺었다.')).toEqual(['한바다로지스']);
    expect(names('금융회사 대표번호로 다시 확인해야 한다.')).toEqual([]);
    expect(names('수출기업 지원사업을 늘린다.')).toEqual([]);
  });
  it('takes an NGO introduced by its kind, with or without the copula', () => {
    expect(names('국제구호 NGO 나눔다리는 협약을 맺었다.')).toEqual(['나눔다리']);
    expect(names('교육 분야 NGO인 (사)희망책방이 맡는다.')).toEqual(['희망책방']);
  });
  it('takes the members of a list closed by a kind of company', () => {
    expect(names('발레오, 콘티넨탈 등 외국계 기업들도 공장을 늘린다.')).toEqual(['발레오', '콘티넨탈']);
    expect(names('반도체·배터리 등 첨단 기업을 유치한다.')).toEqual([]);
  });
  it('keeps a province with 성 before a people\'s committee only', () => {
    expect(names('안장성 인민위원회는 협력을 약속했다.')).toEqual(['안장성 인민위원회']);
    expect(names('가능성 위원회')).toEqual([]);
  });
  it('names a university foundation with its university, not alone', () => {
    expect(names('바다대학교 산학협력단은 협약을 맺었다.')).toEqual(['바다대학교 산학협력단']);
    expect(names('산학협력단은 협약을 맺었다.')).toEqual([]);
  });
  it('refuses venues and in-house labs named with a centre or institute word', () => {
    expect(recognizeOrgWord('프레스센터')).toBeNull();
    expect(recognizeOrgWord('기업부설연구소')).toBeNull();
    expect(names('참석자들은 기자회견 뒤 주민위원회를 꾸렸다.')).toEqual([]);
  });
});
