/**
 * Parsers for company names that carry no organization-type suffix:
 * - Latin capitals glued to a Hangul word: "SK하이닉스", "LS전선" (not "AI교과서");
 * - apposition after a cue noun: "해양로봇 전문기업 씨로보틱스", "스타트업 OOO";
 * - company markers: "(주)씨로보틱스", "주식회사 씨로보틱스".
 */
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSpaceGap } from '../../../persons/ko/korean/hangul.js';
import { particleSplits, stripAnyParticle } from '../../../persons/ko/korean/particles.js';
import { NOT_NAMES } from '../../../persons/ko/data/stopwords.js';
import { isTitleWord, titleInToken } from '../../../persons/ko/titles.js';
import { isTypicalName, personName } from '../../../persons/ko/name.js';
import {
  APPOSITION_CUES,
  LATIN_NOT_COMPANY,
  LATIN_PREFIX_NOT_COMPANY_TAIL,
  SUBORDINATE_CUES,
  SUBORDINATE_GENERIC,
  VENUE_ENDINGS,
} from '../data/cues.js';
import { recognizeOrgWord } from '../recognize.js';
import { orgInToken } from './orgWords.js';
import type { OrgCandidate } from '../types.js';

const LATIN_HANGUL_RE = /^([A-Z][A-Z0-9&]{0,4})([가-힣]{2,})$/;
const NAME_RE = /^[가-힣A-Za-z][가-힣A-Za-z0-9&]{2,14}$/;
const CUES: ReadonlySet<string> = new Set(APPOSITION_CUES);
/**
 * A trade glued to a generic cue introduces a company as well as the cue alone: "유통기업 OOO",
 * "물류업체 OOO", "식품회사 OOO". Sizes and roles of companies are no trade ("중소기업 제품",
 * "수출기업 지원"): they stay out.
 */
const COMPOUND_CUE_RE = /^[가-힣]{2,4}(?:기업|업체|회사)$/;
const NOT_TRADE_CUES: ReadonlySet<string> = new Set([
  '중소기업', '대기업', '중견기업', '공기업', '대형기업', '외국기업', '국내기업', '해외기업', '상장기업', '수출기업',
  '참여기업', '협력기업', '입주기업', '지역기업', '관련기업', '선도기업', '혁신기업', '우수기업', '유망기업', '대상기업',
  '수혜기업', '신청기업', '선정기업', '창업기업', '글로벌기업', '한국기업', '외국계기업', '다국적기업', '민간기업',
  '관련업체', '협력업체', '하청업체', '납품업체', '참여업체', '지역업체', '국내업체', '해외업체', '해당업체', '대상업체',
  '모회사', '자회사', '지주회사', '관련회사', '해당회사', '다른회사', '금융회사', '보험회사', '증권회사', '카드회사',
  '금융기업', '금융업체', '대부업체', '통신회사', '통신업체',
]);
/** "NGO인 OOO", "스타트업인 OOO": the cue with the copula before the name. */
function cueWord(word: string): boolean {
  if (CUES.has(word)) return true;
  const bare = word.endsWith('인') ? word.slice(0, -1) : word;
  if (bare !== word && CUES.has(bare) && !GENERIC_CUES.has(bare)) return true;
  return COMPOUND_CUE_RE.test(bare) && !NOT_TRADE_CUES.has(bare);
}
/** Cue nouns so generic that only a modifier before them makes them introduce a name. */
const GENERIC_CUES: ReadonlySet<string> = new Set(['기업', '업체', '회사', '기관', '단체', '법인']);

/** Capitals joined by an ampersand: "KT&G", "AT&T", "P&G" (not "R&D", "M&A"). */
const AMPERSAND_RE = /^[A-Z]{1,3}&[A-Z]{1,3}$/;
/** A plural or particle glued to Latin letters: "NGO들의", "CEO들은" (no company). */
const PLURAL_TAIL_RE = /^들/;

export function latinCompany(word: string): boolean {
  if (AMPERSAND_RE.test(word)) return !LATIN_NOT_COMPANY.has(word);
  const m = LATIN_HANGUL_RE.exec(word);
  if (!m) return false;
  const tail = m[2]!;
  if (PLURAL_TAIL_RE.test(tail)) return false;
  // "OO타워", "OO파크": a company's building or site, not the company.
  const bareTail = stripAnyParticle(tail);
  if (VENUE_ENDINGS.some((v) => tail.endsWith(v) || bareTail.endsWith(v))) return false;
  return !LATIN_NOT_COMPANY.has(m[1]!) && !LATIN_PREFIX_NOT_COMPANY_TAIL.has(tail) && !isTitleWord(tail);
}

export function parseLatinCompanies(tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of tokens) {
    for (const split of particleSplits(t.text)) {
      if (latinCompany(split.stem)) {
        out.push({ name: split.stem, start: t.start, end: t.start + split.stem.length });
        break;
      }
    }
  }
  return out;
}

/** Legal-form markers written as a word before the name: "주식회사 새빛", "재단법인 행복나눔". */
const MARKER_WORDS: ReadonlySet<string> = new Set(['주식회사', '재단법인', '사단법인', '유한회사', '합자회사']);
/** Markers glued before the name: "(주)새빛", "㈜새빛", "(사)한국OO협회", "(재)OO재단". */
const GLUED_MARKERS: readonly string[] = ['(주)', '㈜', '(사)', '(재)', '(유)'];
/** After a legal-form marker a name of two syllables is enough ("주식회사 새빛은"). */
const MARKED_NAME_RE = /^[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}$/;

/** A name-like word (particle split off) right after a cue, or null. */
function appositiveName(word: string, nameRe: RegExp = NAME_RE): string | null {
  for (const split of particleSplits(word)) {
    const stem = split.stem;
    // "업체 관계자는": a common noun with its particle is no name, whatever the unsplit word looks like.
    if (NOT_NAMES.has(stem) || isTitleWord(stem) || CUES.has(stem) || cueWord(stem)) return null;
    if (!nameRe.test(stem)) continue;
    return stem;
  }
  return null;
}

/**
 * The body's name after "산하": the word without its particle, four Hangul syllables at least and
 * no generic noun ("산하 공공기관은", "산하 기관장").
 */
function subordinateName(word: string): string | null {
  const stem = particleSplits(word)[0]!.stem;
  if (!/^[가-힣]{4,15}$/.test(stem)) return null;
  if (SUBORDINATE_GENERIC.has(stem) || CUES.has(stem) || NOT_NAMES.has(stem) || isTitleWord(stem)) return null;
  return stem;
}

/** A typical Korean name with a title right after it ("한정우 대표"). */
function personBeforeTitle(name: string, after: Token | undefined): boolean {
  const person = personName(name);
  return person !== null && isTypicalName(person) && after !== undefined && isSpaceGap(after.gap) && titleInToken(after.text) !== null;
}

export function parseAppositions(text: string, tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cue = tokens[i]!;
    const next = tokens[i + 1]!;
    const marker = MARKER_WORDS.has(cue.text);
    if (!isSpaceGap(next.gap) || !(cueWord(cue.text) || marker)) continue;
    // "전문기업 X" yes; a bare generic cue only after a modifier word ("해양로봇 기업 X").
    if (GENERIC_CUES.has(cue.text)) {
      const before = tokens[i - 1];
      if (!before || !isSpaceGap(cue.gap) || particleSplits(before.text).length > 1) continue;
    }
    const name = appositiveName(next.text, marker ? MARKED_NAME_RE : NAME_RE);
    if (!name || recognizeOrgWord(name)) continue;
    // "해당 업체 한정우 대표는": a person named by the title after, not a company.
    if (name === next.text && personBeforeTitle(name, tokens[i + 2])) continue;
    out.push({ name, start: next.start, end: next.start + name.length });
  }
  // "환경부 산하 OO통제소": the word after a subordinate cue that follows an organization.
  for (let i = 1; i + 1 < tokens.length; i++) {
    const cue = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!SUBORDINATE_CUES.has(cue.text) || !isSpaceGap(cue.gap) || !isSpaceGap(next.gap)) continue;
    if (orgInToken(tokens[i - 1]!.text)?.particle !== '') continue;
    const name = subordinateName(next.text);
    if (!name) continue;
    if (recognizeOrgWord(name)) continue; // the suffix rules already report it
    out.push({ name, start: next.start, end: next.start + name.length });
  }
  // "(주)씨로보틱스", "㈜씨로보틱스": the marker glued before the name.
  for (const t of tokens) {
    const before = text.slice(Math.max(0, t.start - 3), t.start);
    if (!GLUED_MARKERS.some((m) => before.endsWith(m))) continue;
    const name = appositiveName(t.text, MARKED_NAME_RE);
    if (name && !recognizeOrgWord(name)) out.push({ name, start: t.start, end: t.start + name.length });
  }
  return out;
}
