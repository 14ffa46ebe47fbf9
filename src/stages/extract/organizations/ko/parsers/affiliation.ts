/**
 * Parser: the body a person heads, named next to the person: "두산에너빌리티 박지훈 사장",
 * "박지훈 두산에너빌리티 사장", "씨로보틱스 김하린 대표". The word beside a Korean name and an
 * executive title is the organization, when it is a bare word (no particle), not a common noun,
 * place, title or unit of an organization ("기계공학부 교수" names a department, not a body).
 */
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSpaceGap } from '../../../persons/ko/korean/hangul.js';
import { particleSplits } from '../../../persons/ko/korean/particles.js';
import { COUNTRIES, KOREAN_CITIES, KOREAN_PROVINCES } from '../../../persons/ko/korean/places.js';
import { NOT_NAMES } from '../../../persons/ko/data/stopwords.js';
import { BETWEEN_NAME_AND_TITLE } from '../../../persons/ko/data/titles.js';
import { isTypicalName, personName } from '../../../persons/ko/name.js';
import { isTitleWord, titleInToken } from '../../../persons/ko/titles.js';
import { APPOSITION_CUES, LIST_CLOSING_CUES, SECTOR_END_RE } from '../data/cues.js';
import { latinCompany } from './companies.js';
import type { OrgCandidate } from '../types.js';

/** Titles of people who head a body (not of people who merely belong to one, like 교수). */
const HEAD_TITLES: ReadonlySet<string> = new Set([
  '대표', '대표이사', '공동대표', '회장', '부회장', '사장', '부사장', '이사장', '전무', '상무', '최고경영자', '창업자',
  '총장', '원장', '의장', '이사', '소장', '청장', '관장', 'CEO',
  // heads of associations, NGOs, unions and committees: "OO운동연합 홍길동 사무국장"
  '사무국장', '사무총장', '위원장', '집행위원장', '상임대표', '지회장', '지부장', '본부장', '센터장', '조합장',
  // spokespeople speak for the body named before them: "OO당 홍길동 대변인", "OO부 홍길동 대변인"
  '대변인', '수석대변인', '부대변인', '공동대변인',
]);
/**
 * "OO 관계자는": a spokesperson cue. The bare word before it is the body they speak for, unless
 * it is a sector or an authority in general ("업계", "금융당국", "지자체").
 */
const SPOKESPERSON_WORDS: ReadonlySet<string> = new Set(['관계자', '관계자들']);

/**
 * Kinds of body: "대학병원 관계자", "투자은행 관계자", "관리사무소 관계자", "제약회사 관계자" speak
 * for some body of that kind, not a named one. (Named ones with these endings — "우리은행" — are
 * read by the suffix rules, not here.)
 */
const KIND_TAILS: readonly string[] = [
  ...APPOSITION_CUES, ...LIST_CLOSING_CUES, '병원', '사무소', '업소', '은행', '학교', '조합', '센터', '현장', '공장',
  '매장', '본사', '지점', '영업점', '대리점', '협력업체', '하청업체', '원청', '행사장', '주최측',
];
const isKindOfBody = (word: string): boolean => KIND_TAILS.some((k) => word.endsWith(k));
/**
 * Roles in a party or a parliamentary group: the bare word before "OOO 의원" or before "간사인
 * OOO" is the party ("OO당 홍길동 의원", "OO 원내대표 홍길동").
 */
const PARTY_TITLES: ReadonlySet<string> = new Set(['의원', '국회의원', '간사', '원내대표', '원내대변인', '최고위원', '정책위의장']);
/** Roles that stand between the party and the name: "OO 간사인 홍길동 의원". */
const PARTY_ROLES_BEFORE_NAME: ReadonlySet<string> = new Set(['간사', '원내대표', '원내대변인', '최고위원', '정책위의장', '대표']);
/** An electoral district: "강남갑", "분당병". */
const DISTRICT_RE = /^[가-힣]{2,6}[갑병정]$/;
/** Words before a legislator that are no party: "초선", "여당", "지역구". */
const NOT_PARTIES: ReadonlySet<string> = new Set([
  '여당', '야당', '여야', '제1야당', '집권당', '집권여당', '원내', '초선', '재선', '삼선', '다선', '중진', '무소속',
  '지역구', '비례대표', '소속', '해당', '상임위', '동료', '같은', '당시', '국회', '시의회', '도의회', '구의회',
]);
const WORD_RE = /^(?:[가-힣]{3,12}|[A-Za-z][A-Za-z0-9&\-]*[가-힣]{0,10})$/;
/** Units and generic bodies: "기계공학부", "연구팀", "스타트업". */
const UNIT_END_RE = /(?:부|과|실|국|팀|단|처|청|센터|본부|부문|학과|연구실|사업부|지사|지점|공장|법인)$/;
const MIXED_RE = /^[A-Za-z].*[가-힣]$/;
const GENERIC: ReadonlySet<string> = new Set([...APPOSITION_CUES, '스타트업', '중소기업', '대기업', '중견기업', '공기업', '벤처', '협동조합']);
/** Endings of verbs, adnominals and particles: "설립한", "참석했던", "관계사의". */
const NON_NAME_ENDING_RE = /(?:은|는|을|를|의|에|와|과|로|도|만|한|된|던|할|될|며|고|서|해|게|지|다|음|면|니|들|적|측|간|별|등|및)$/;

/**
 * `particleFree`: the word carries no particle-like ending. Before "관계자" a particle would be
 * ungrammatical, so there a name ending like one ("나이스신용평가") is read whole.
 */
function isAffiliation(word: string, particleFree = true): boolean {
  return (
    WORD_RE.test(word) &&
    (!particleFree || particleSplits(word).length === 1) &&
    !NON_NAME_ENDING_RE.test(word) &&
    !NOT_NAMES.has(word) &&
    !GENERIC.has(word) &&
    !COUNTRIES.has(word) &&
    !KOREAN_CITIES.has(word) &&
    !KOREAN_PROVINCES.has(word) &&
    !BETWEEN_NAME_AND_TITLE.has(word) &&
    !UNIT_END_RE.test(word) &&
    !isTitleWord(word) &&
    (!MIXED_RE.test(word) || latinCompany(word)) &&
    personName(word) === null
  );
}

function headTitle(token: Token | undefined, titles: ReadonlySet<string> = HEAD_TITLES): boolean {
  if (!token || !isSpaceGap(token.gap)) return false;
  const t = titleInToken(token.text);
  return t !== null && titles.has(t.title);
}

/** "간사", "간사인", "원내대표": a party role with no particle but the copula. */
function partyRoleBeforeName(token: Token | undefined): boolean {
  if (!token || !isSpaceGap(token.gap)) return false;
  const t = titleInToken(token.text);
  return t !== null && PARTY_ROLES_BEFORE_NAME.has(t.title) && (t.particle === '' || t.particle === '인');
}

const koreanName = (token: Token | undefined): boolean => {
  const n = token ? personName(token.text) : null;
  return n !== null && !n.rare && isTypicalName(n);
};

export function parseAffiliations(tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const beforeSpokesperson = next !== undefined && isSpaceGap(next.gap) && particleSplits(next.text).some((s) => SPOKESPERSON_WORDS.has(s.stem));
    if (!isAffiliation(t.text, !beforeSpokesperson)) continue;
    const prev = tokens[i - 1];
    // "X 박지훈 사장"
    const before = next && isSpaceGap(next.gap) && koreanName(next) && headTitle(tokens[i + 2]);
    // "박지훈 X 사장"
    const between = prev && isSpaceGap(t.gap) && koreanName(prev) && headTitle(next);
    // "X 박지훈 의원", "X 간사인 박지훈 의원": the party.
    const party =
      !NOT_PARTIES.has(t.text) &&
      !DISTRICT_RE.test(t.text) &&
      next !== undefined &&
      isSpaceGap(next.gap) &&
      ((koreanName(next) && headTitle(tokens[i + 2], PARTY_TITLES)) ||
        (partyRoleBeforeName(next) && koreanName(tokens[i + 2]) && isSpaceGap(tokens[i + 2]!.gap)));
    // "X 관계자는": the body a spokesperson speaks for.
    const spokesperson = beforeSpokesperson && !SECTOR_END_RE.test(t.text) && !isKindOfBody(t.text);
    if (before || between || party || spokesperson) out.push({ name: t.text, start: t.start, end: t.end });
  }
  return out;
}
