/**
 * Korean organization extraction. Parsers (one per surface pattern) propose names; the resolve
 * refiner ties acronyms, short forms and later mentions to them. Rules live in ./parsers, tables
 * in ./data, the word-level recognizer (lexicon → gazetteer → suffix rules) in ./recognize.ts.
 *
 * Parsers:
 * - orgWords     suffix / lexicon / gazetteer words with their extent ("태국 교육부", "서울특별시는",
 *                a branch or secretariat named with its body: "국회 사무처")
 * - brackets     "한국국제협력단(KOICA)", "산업통상자원부(산업부)", "KOICA(한국국제협력단)", and
 *                unknown long forms tied to their short form: "한국수력원자력(한수원)", type words
 *                without their place word tied to an acronym: "방콕대중교통공사(MRTA)"
 * - dateline     "(세종=연합뉴스)"
 * - companies    "SK하이닉스", "순천YMCA", "전문기업 씨로보틱스", "(주)OOO", "환경부 산하 OOO",
 *                "OOO 계열사 A와 B", "OOO(대표 홍길동)은", "OOO은 … 공시했다", "OOO와 업무협약을 맺었다"
 * - affiliation  "두산에너빌리티 박지훈 사장", "박지훈 두산에너빌리티 사장", parties: "OOO 박지훈 의원",
 *                "OOO 간사인 박지훈 의원", spokespeople: "OOO 관계자는"
 * - branches     "한전 대전세종충남본부" (a short form from a bracket + a branch), "법무법인 세광"
 * - lists        "SK에코플랜트와 고려아연 등 대기업"; a series of known bodies vouches for a member
 *                whose type word lacked its place word ("금융감독원, 한국거래소, 예금보험공사 등")
 * - universities "성균관대 약학과 OOO 교수": a short university name before its department or faculty
 * - missions     Korea's missions abroad: "주태국 대한민국 대사관", "주호치민 총영사관"
 * Document context (./context.ts): cities shown acting ("당진시" with "당진시장"), bracket short forms.
 */
import type { OrganizationEntity, Span } from '../../../../schema/record.js';
import { tokenize, type Token } from '../../persons/ko/korean/hangul.js';
import { parseAffiliations } from './parsers/affiliation.js';
import { bracketAliases, parseShortFormPairs } from './parsers/brackets.js';
import { parseAppositions, parseBracketHeads, parseDisclosures, parseLatinCompanies, parsePartners } from './parsers/companies.js';
import { parseDatelines } from './parsers/dateline.js';
import { parseMissions } from './parsers/missions.js';
import { parseOrgWords } from './parsers/orgWords.js';
import { parseBranches } from './parsers/branches.js';
import { parseLists, parseOrgSeries } from './parsers/lists.js';
import { parseShortUniversities } from './parsers/universities.js';
import { documentContext } from './context.js';
import { resolveOrganizations } from './refiners/resolve.js';
import { dropNested } from '../../common/spans.js';
import { handoff } from '../../common/handoff.js';

/** The document's organizations; the person rules ask first, and the stage then takes their result (see handoff). */
export const findOrganizations = handoff((text, spans): OrganizationEntity[] => organizationsInTokens(text, spans, tokenize(text, spans)));

function organizationsInTokens(text: string, spans: readonly Span[], tokens: readonly Token[]): OrganizationEntity[] {
  const context = documentContext(text, tokens);
  const candidates = dropNested([
    ...parseDatelines(text, spans),
    ...parseOrgWords(tokens, context.cities, text),
    ...parseLatinCompanies(text, tokens),
    ...parseAppositions(text, tokens),
    ...parseBracketHeads(text, tokens),
    ...parseDisclosures(text, tokens),
    ...parsePartners(text, tokens),
    ...parseAffiliations(tokens),
    ...parseShortFormPairs(text, tokens),
    ...parseBranches(tokens, context.shortForms),
    ...parseLists(tokens),
    ...parseOrgSeries(tokens),
    ...parseShortUniversities(tokens),
    ...parseMissions(tokens),
  ]);
  bracketAliases(text, candidates);
  return resolveOrganizations(tokens, candidates);
}
