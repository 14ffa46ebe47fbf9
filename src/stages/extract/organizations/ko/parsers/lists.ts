/**
 * Parser: the members of a list closed by "등" and a noun for companies or bodies: "SK에코플랜트와
 * 고려아연 등 대기업도", "OO·OO 등 업체". When one member is a company or body the rules know,
 * or the closing noun can only mean companies ("대기업", "스타트업"), every member is one.
 */
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSpaceGap } from '../../../persons/ko/korean/hangul.js';
import { particleSplits } from '../../../persons/ko/korean/particles.js';
import { COUNTRIES, KOREAN_CITIES, KOREAN_PROVINCES } from '../../../persons/ko/korean/places.js';
import { NOT_NAMES } from '../../../persons/ko/data/stopwords.js';
import { isTitleWord, titleInToken } from '../../../persons/ko/titles.js';
import { APPOSITION_CUES, LATIN_NOT_COMPANY, LIST_CLOSING_CUES } from '../data/cues.js';
import { latinCompany } from './companies.js';
import { orgInToken } from './orgWords.js';
import { matchSuffixRule, startsWithPlace } from '../recognize.js';
import type { OrgCandidate } from '../types.js';

const CLOSING: ReadonlySet<string> = new Set(LIST_CLOSING_CUES);
/** Closing nouns that name companies whatever the members are. */
const COMPANY_ONLY: ReadonlySet<string> = new Set(['대기업', '중견기업', '스타트업', '증권사', '건설사', '제약사', '완성차업체', '빅테크']);
const GENERIC: ReadonlySet<string> = new Set([...APPOSITION_CUES, ...LIST_CLOSING_CUES]);
const MEMBER_RE = /^[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}$/;
const LINK_PARTICLES = ['와', '과'];
const LIST_GAP_RE = /^\s*[·,]\s*$/;
const MAX_MEMBERS = 6;

function isMember(word: string): boolean {
  return (
    MEMBER_RE.test(word) &&
    !NOT_NAMES.has(word) &&
    !GENERIC.has(word) &&
    !isTitleWord(word) &&
    !COUNTRIES.has(word) &&
    !KOREAN_CITIES.has(word) &&
    !KOREAN_PROVINCES.has(word)
  );
}

/** "이재용과 정의선 등 대기업 총수": people of the companies follow, the members are people. */
const PEOPLE_AFTER: ReadonlySet<string> = new Set(['총수', '임원', '직원', '임직원', '근로자', '노동자', '관계자', '오너', '경영진', '출신']);

function peopleFollow(token: Token | undefined): boolean {
  if (!token || !isSpaceGap(token.gap)) return false;
  return titleInToken(token.text) !== null || particleSplits(token.text).some((s) => PEOPLE_AFTER.has(s.stem));
}

/**
 * "OO·OO 등 외국계 기업들도", "OO·OO 등 소재 기업": one modifier word between "등" and a company
 * noun makes the noun a kind of company, and the members its companies.
 */
const KIND_OF_COMPANY: ReadonlySet<string> = new Set(['기업', '기업들', '업체', '업체들', '회사', '회사들', '기업체']);
/** Industries and products listed like companies ("반도체·배터리 등 첨단 기업"): no names. */
const INDUSTRY_WORDS: ReadonlySet<string> = new Set([
  '반도체', '배터리', '이차전지', '디스플레이', '조선', '철강', '석유화학', '화학', '바이오', '자동차', '가전', '화장품',
  '식품', '섬유', '기계', '부품', '소재', '장비', '플랫폼', '게임', '콘텐츠', '에너지', '건설', '유통', '물류', '금융',
  '제약', '의료기기', '로봇', '방산', '항공', '우주', '원전', '수소', '전자', '통신', '소프트웨어', '농업', '수산',
]);
function kindOfCompany(tokens: readonly Token[], k: number): boolean {
  const modifier = tokens[k + 1];
  const noun = tokens[k + 2];
  if (!modifier || !noun || !isSpaceGap(noun.gap) || particleSplits(modifier.text).length > 1) return false;
  if (!/^[가-힣]{2,5}$/.test(modifier.text)) return false;
  return particleSplits(noun.text).some((s) => KIND_OF_COMPANY.has(s.stem)) && !peopleFollow(tokens[k + 3]);
}

const known = (word: string): boolean => latinCompany(word) || orgInToken(word)?.particle === '';

export function parseLists(tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.text !== '등' || !isSpaceGap(tokens[k]!.gap)) continue;
    const cue = tokens[k + 1]!;
    if (!isSpaceGap(cue.gap)) continue;
    const closingSplit = particleSplits(cue.text).find((s) => CLOSING.has(s.stem));
    let closing = closingSplit?.stem;
    // "등 대기업 총수": people of the companies follow a bare closing noun; after "구단들은" the
    // next word starts a new phrase.
    if (closingSplit && closingSplit.particle === '' && peopleFollow(tokens[k + 2])) continue;
    const kind = !closing && kindOfCompany(tokens, k);
    if (!closing && !kind) continue;
    if (kind) closing = '대기업'; // the modifier names a kind of company: members are companies
    const members: { name: string; start: number }[] = [];
    let j = k - 1;
    const last = tokens[j]!;
    if (!isMember(last.text)) continue;
    members.push({ name: last.text, start: last.start });
    // Walk left: "A와 B", "A·B", "A, B".
    while (j > 0 && members.length < MAX_MEMBERS) {
      const prev = tokens[j - 1]!;
      const gap = tokens[j]!.gap;
      let name: string | null = null;
      if (isSpaceGap(gap)) {
        const link = LINK_PARTICLES.find((p) => prev.text.endsWith(p) && prev.text.length > p.length);
        if (link) name = prev.text.slice(0, -link.length);
      } else if (LIST_GAP_RE.test(gap)) {
        name = prev.text;
      }
      if (!name || !isMember(name)) break;
      members.push({ name, start: prev.start });
      j--;
    }
    if (kind && (members.length < 2 || members.some((m) => INDUSTRY_WORDS.has(m.name) || m.name.length < 3))) continue;
    if (members.length < 2 && !COMPANY_ONLY.has(closing!)) continue;
    if (!COMPANY_ONLY.has(closing!) && !members.some((m) => known(m.name))) continue;
    for (const m of members) if (!known(m.name)) out.push({ name: m.name, start: m.start, end: m.start + m.name.length });
  }
  return out;
}

/** A stem this long at least before a type word whose place requirement a list waives. */
const MIN_RELAXED_STEM = 3;
const MAX_SERIES = 8;

/** The member a token holds inside a series: "A와" → A, "A," → A; the last one may carry any particle. */
function seriesStems(token: Token, last: boolean): string[] {
  if (!last) {
    const link = LINK_PARTICLES.find((p) => token.text.endsWith(p) && token.text.length > p.length);
    return link ? [token.text, token.text.slice(0, -link.length)] : [token.text];
  }
  return particleSplits(token.text).map((s) => s.stem);
}

/** A name opened by a place word, long enough to be no common noun ("한국벤처투자", not "한국어"). */
const PLACE_NAMED_RE = /^[가-힣]{5,12}$/;
function isPlaceNamedBody(stem: string): boolean {
  return PLACE_NAMED_RE.test(stem) && startsWithPlace(stem) && isMember(stem) && !INDUSTRY_WORDS.has(stem);
}

/** "OO(XX)와 B": the particle alone after a bracket links the bracketed body to the next member. */
const bracketLink = (token: Token): boolean => token.gap.startsWith(')') && LINK_PARTICLES.includes(token.text);
/** An acronym member: "KAIST" in "ETRI(…)와 KAIST, 한국재료연구원 등". */
const ACRONYM_RE = /^[A-Z][A-Z0-9&]{1,7}$/;

/** Is this token joined to the next one as a list member ("A, B", "A·B", "A와 B")? */
function joinsNext(token: Token, next: Token | undefined): boolean {
  if (!next) return false;
  if (bracketLink(token) && isSpaceGap(next.gap)) return true;
  if (LIST_GAP_RE.test(next.gap)) return true;
  return isSpaceGap(next.gap) && LINK_PARTICLES.some((p) => token.text.endsWith(p) && token.text.length > p.length);
}

/**
 * Parser: a series of bodies, "금융감독원, 한국거래소, 예금보험공사 등이": when at least two members
 * are organizations the rules know, a member that ends in an organization-type word whose place
 * requirement alone refused it ("OO공사" with no place word, "OO연구소" with a short stem) is one too,
 * and so is a long member opened by a place word the way public bodies are named ("한국벤처투자"
 * among funders).
 */
export function parseOrgSeries(tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    let end = i;
    while (end + 1 < tokens.length && end - i + 1 < MAX_SERIES && joinsNext(tokens[end]!, tokens[end + 1])) end++;
    if (end > i) {
      let knownCount = 0;
      const unknown: { stem: string; token: Token }[] = [];
      const acronyms: { stem: string; token: Token }[] = [];
      for (let k = i; k <= end; k++) {
        const token = tokens[k]!;
        if (bracketLink(token)) {
          // "OO연구원(KIST)과", "KIST(OO연구원)과": the bracketed pair is one known body.
          const inside = tokens[k - 1];
          const outside = inside?.gap.endsWith('(') ? tokens[k - 2] : undefined;
          if ([inside, outside].some((w) => w !== undefined && orgInToken(w.text)?.particle === '')) knownCount++;
          continue;
        }
        const stems = seriesStems(token, k === end);
        const acronym = stems.find((st) => ACRONYM_RE.test(st) && !LATIN_NOT_COMPANY.has(st));
        if (acronym && !stems.some((st) => orgInToken(st) !== null)) {
          acronyms.push({ stem: acronym, token });
          continue;
        }
        if (stems.some((st) => orgInToken(st)?.particle === '' || latinCompany(st))) {
          knownCount++;
          continue;
        }
        const relaxed = stems.find((st) => {
          const org = matchSuffixRule(st, true);
          return org !== null && org.stem.length >= MIN_RELAXED_STEM && !org.local && !org.building;
        });
        const placeNamed = relaxed ?? stems.find(isPlaceNamedBody);
        if (placeNamed) unknown.push({ stem: placeNamed, token });
      }
      if (knownCount >= 2) for (const u of unknown) out.push({ name: u.stem, start: u.token.start, end: u.token.start + u.stem.length });
      // An acronym listed among bodies the rules know is one of them ("OO연구원과 KAIST, OO연구원").
      if (knownCount >= 2 && acronyms.length <= knownCount) {
        for (const a of acronyms) out.push({ name: a.stem, start: a.token.start, end: a.token.start + a.stem.length });
      }
    }
    i = end + 1;
  }
  return out;
}
