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
import { APPOSITION_CUES } from '../data/cues.js';
import { latinCompany } from './companies.js';
import type { OrgCandidate } from '../types.js';

/** Titles of people who head a body (not of people who merely belong to one, like 교수). */
const HEAD_TITLES: ReadonlySet<string> = new Set([
  '대표', '대표이사', '공동대표', '회장', '부회장', '사장', '부사장', '이사장', '전무', '상무', '최고경영자', '창업자',
  '총장', '원장', '의장', '이사',
]);
const WORD_RE = /^(?:[가-힣]{3,12}|[A-Za-z][A-Za-z0-9&\-]*[가-힣]{0,10})$/;
/** Units and generic bodies: "기계공학부", "연구팀", "스타트업". */
const UNIT_END_RE = /(?:부|과|실|국|팀|단|처|청|센터|본부|부문|학과|연구실|사업부|지사|지점|공장|법인)$/;
const MIXED_RE = /^[A-Za-z].*[가-힣]$/;
const GENERIC: ReadonlySet<string> = new Set([...APPOSITION_CUES, '스타트업', '중소기업', '대기업', '중견기업', '공기업', '벤처', '협동조합']);
/** Endings of verbs, adnominals and particles: "설립한", "참석했던", "관계사의". */
const NON_NAME_ENDING_RE = /(?:은|는|을|를|의|에|와|과|로|도|만|한|된|던|할|될|며|고|서|해|게|지|다|음|면|니|들|적|측|간|별|등|및)$/;

function isAffiliation(word: string): boolean {
  return (
    WORD_RE.test(word) &&
    particleSplits(word).length === 1 &&
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

function headTitle(token: Token | undefined): boolean {
  if (!token || !isSpaceGap(token.gap)) return false;
  const t = titleInToken(token.text);
  return t !== null && HEAD_TITLES.has(t.title);
}

const koreanName = (token: Token | undefined): boolean => {
  const n = token ? personName(token.text) : null;
  return n !== null && !n.rare && isTypicalName(n);
};

export function parseAffiliations(tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isAffiliation(t.text)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    // "X 박지훈 사장"
    const before = next && isSpaceGap(next.gap) && koreanName(next) && headTitle(tokens[i + 2]);
    // "박지훈 X 사장"
    const between = prev && isSpaceGap(t.gap) && koreanName(prev) && headTitle(next);
    if (before || between) out.push({ name: t.text, start: t.start, end: t.end });
  }
  return out;
}
