/**
 * Parsers for company names that carry no organization-type suffix:
 * - Latin capitals glued to a Hangul word: "SK하이닉스", "LS전선" (not "AI교과서");
 * - a Korean place glued to a Latin acronym: "순천YMCA";
 * - apposition after a cue noun: "해양로봇 전문기업 씨로보틱스", "스타트업 OOO", "합작법인 'OOO'", with the other
 *   members of a list the cue introduces ("계열사 A와 B가");
 * - the parent before a group cue: "OOO 계열사 A";
 * - company markers: "(주)씨로보틱스", "주식회사 씨로보틱스";
 * - the body a head in brackets heads: "OOO(대표 홍길동)은";
 * - the topic of a filing: "OOO은 … 공시했다";
 * - the partner of an agreement: "OOO와 업무협약을 맺었다", "OOO와 손잡고".
 */
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSpaceGap } from '../../../persons/ko/korean/hangul.js';
import { COPULA_FORMS, particleSplits, stripAnyParticle } from '../../../persons/ko/korean/particles.js';
import { COUNTRIES, KOREAN_CITIES, KOREAN_PROVINCES } from '../../../persons/ko/korean/places.js';
import { NOT_NAMES } from '../../../persons/ko/data/stopwords.js';
import { isTitleWord, titleInToken, titleOf } from '../../../persons/ko/titles.js';
import { isTypicalName, personName } from '../../../persons/ko/name.js';
import {
  AGREEMENT_NOUNS,
  APPOSITION_CUES,
  BOUND_NOUNS,
  BRACKET_HEAD_TITLES,
  CHAIN_TRADES,
  COPULA_ONLY_CUES,
  DISCLOSURE_VERBS,
  EARNINGS_ITEMS,
  GROUP_MEMBER_CUES,
  LATIN_NOT_COMPANY,
  LATIN_PREFIX_NOT_COMPANY_TAIL,
  NOT_FILERS,
  SECTOR_END_RE,
  SIGNING_VERB_RE,
  TEAMING_VERB_RE,
  SUBORDINATE_CUES,
  SUBORDINATE_GENERIC,
  VENUE_ENDINGS,
} from '../data/cues.js';
import { longestSuffix, recognizeOrgWord } from '../recognize.js';
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
  if (bare !== word && ((CUES.has(bare) && !GENERIC_CUES.has(bare)) || COPULA_ONLY_CUES.has(bare))) return true;
  return COMPOUND_CUE_RE.test(bare) && !NOT_TRADE_CUES.has(bare);
}
/** Cue nouns so generic that only a modifier before them makes them introduce a name. */
/** The cue of a retail or restaurant chain, naming one only after a trade in CHAIN_TRADES. */
const CHAIN_CUE = '체인';
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
  // "V리그가": the tail is judged without its particle too.
  const notCompany = LATIN_PREFIX_NOT_COMPANY_TAIL.has(tail) || LATIN_PREFIX_NOT_COMPANY_TAIL.has(bareTail);
  return !LATIN_NOT_COMPANY.has(m[1]!) && !notCompany && !isTitleWord(tail);
}

const COPULAS: ReadonlySet<string> = new Set(COPULA_FORMS);
/** A space after the word: the clause goes on, so a copula ending ("…자", "…다") is unlikely. */
const CLAUSE_GOES_ON_RE = /^[ \t\u00a0]/;

/** "순천YMCA", "부산MBC": a Korean place glued to a body's Latin acronym, the local chapter or station. */
const PLACE_ACRONYM_RE = /^([가-힣]{2,4})([A-Z]{2,6})$/;
function placeAcronym(word: string): boolean {
  const m = PLACE_ACRONYM_RE.exec(word);
  return m !== null && (KOREAN_CITIES.has(m[1]!) || KOREAN_PROVINCES.has(m[1]!)) && !LATIN_NOT_COMPANY.has(m[2]!);
}

export function parseLatinCompanies(text: string, tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of tokens) {
    // "DB금융투자 이채린 연구원": a name ending like a copula ("…자") is read whole when the
    // clause goes on after it; "…의 최대 고객은 SK하이닉스다." keeps the split.
    const whole = latinCompany(t.text) && CLAUSE_GOES_ON_RE.test(text.slice(t.end, t.end + 1));
    for (const split of particleSplits(t.text)) {
      if (whole && COPULAS.has(split.particle)) continue;
      if (latinCompany(split.stem) || placeAcronym(split.stem)) {
        out.push({ name: split.stem, start: t.start, end: t.start + split.stem.length });
        break;
      }
    }
  }
  return out;
}

const QUOTED_GAP_RE = /^[ \t\u00a0]{1,3}['‘"“]$/;
const CLOSING_QUOTES = "'’\"”";

/** Legal-form markers written as a word before the name: "주식회사 새빛", "재단법인 행복나눔". */
const MARKER_WORDS: ReadonlySet<string> = new Set(['주식회사', '재단법인', '사단법인', '유한회사', '합자회사']);
/** Markers glued before the name: "(주)새빛", "㈜새빛", "(사)한국OO협회", "(재)OO재단". */
const GLUED_MARKERS: readonly string[] = ['(주)', '㈜', '(사)', '(재)', '(유)'];
/** After a legal-form marker a name of two syllables is enough ("주식회사 새빛은"). */
const MARKED_NAME_RE = /^[가-힣A-Za-z][가-힣A-Za-z0-9&]{1,14}$/;

/**
 * A name-like word (particle split off) right after a cue, or null. A split with a plain case
 * particle goes first: "지주회사 에코프로도" is 에코프로 + 도, not 에코프 + 로도.
 */
function appositiveName(word: string, nameRe: RegExp = NAME_RE): string | null {
  const splits = particleSplits(word);
  const ordered = [...splits.filter((sp) => sp.particle !== '' && MEMBER_PARTICLES.has(sp.particle)), ...splits];
  for (const split of ordered) {
    const stem = split.stem;
    // "업체 관계자는": a common noun with its particle is no name, whatever the unsplit word looks like.
    if (NOT_NAMES.has(stem) || isTitleWord(stem) || CUES.has(stem) || cueWord(stem)) return null;
    // "플랫폼 기업 중에서는": a bound noun with its particle.
    if (split.particle !== '' && BOUND_NOUNS.has(stem)) return null;
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
    // "합작법인 '나래시암'을": the name may stand in quotes.
    const quoted = QUOTED_GAP_RE.test(next.gap);
    if (!(isSpaceGap(next.gap) || quoted) || !(cueWord(cue.text) || marker)) continue;
    // "편의점 체인 X": a chain only after its trade.
    if (cue.text === CHAIN_CUE && !(isSpaceGap(cue.gap) && CHAIN_TRADES.has(tokens[i - 1]?.text ?? ''))) continue;
    // "전문기업 X" yes; a bare generic cue only after a modifier word ("해양로봇 기업 X").
    if (GENERIC_CUES.has(cue.text)) {
      const before = tokens[i - 1];
      if (!before || !isSpaceGap(cue.gap) || particleSplits(before.text).length > 1) continue;
    }
    // The tokenizer keeps an inner apostrophe ("나래시암'을"): the quoted name ends at it.
    const word = quoted ? next.text.split(/['’]/)[0]! : next.text;
    const name = appositiveName(word, marker ? MARKED_NAME_RE : NAME_RE);
    if (!name || recognizeOrgWord(name)) continue;
    if (quoted && !CLOSING_QUOTES.includes(text[next.start + name.length] ?? '')) continue;
    // "해당 업체 한정우 대표는": a person named by the title after, not a company.
    if (name === next.text && personBeforeTitle(name, tokens[i + 2])) continue;
    out.push({ name, start: next.start, end: next.start + name.length });
    out.push(...listedAfter(tokens, i + 1));
    // "카카오 계열사 카카오페이": the bare word before a group cue is the parent when the member
    // carries its name, as group members do ("삼성 계열사 삼성SDI"); "비금융 계열사 A" has none.
    const parent = tokens[i - 1];
    // The member's name vouches that an ending like a particle is the parent's own ("에코프로 계열사 에코프로비엠").
    if (GROUP_MEMBER_CUES.has(cue.text) && parent && isSpaceGap(cue.gap) && name.startsWith(parent.text) && isCompanyWord(parent.text, false, true)) {
      out.push({ name: parent.text, start: parent.start, end: parent.end });
    }
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

const MAX_LISTED = 4;
const LIST_GAP_RE = /^\s*[·,]\s*$/;
/** Punctuation that closes a phrase: "…B)", "…B." */
const END_GAP_RE = /^\s*[.)\]"'”’]/;
const LINKS = ['와', '과'];
/** Case particles a listed company takes; copula and verb endings ("협력했다") make no member. */
const MEMBER_PARTICLES: ReadonlySet<string> = new Set([
  '', '은', '는', '이', '가', '을', '를', '의', '와', '과', '도', '에', '에서', '에서는', '로', '으로', '와의', '과의', '측은', '측이',
]);

/**
 * "계열사 A와 B가", "스타트업 A·B": the members listed after the one right behind a cue, when
 * each is joined by "와/과" or a list mark, is itself name-like and ends its phrase (a particle,
 * a list mark or punctuation after it).
 */
function listedAfter(tokens: readonly Token[], first: number): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let k = first; k + 1 < tokens.length && k < first + MAX_LISTED; k++) {
    const cur = tokens[k]!;
    const next = tokens[k + 1]!;
    const linked = isSpaceGap(next.gap) && LINKS.some((p) => cur.text.endsWith(p) && cur.text.length > p.length + 2);
    if (!linked && !LIST_GAP_RE.test(next.gap)) break;
    const split = particleSplits(next.text).find((sp) => MEMBER_PARTICLES.has(sp.particle) && appositiveName(sp.stem) === sp.stem);
    const name = split?.stem;
    if (!name || recognizeOrgWord(name) || personName(name)) break;
    // "A와 진단키트 기업 B": a bare word with more words after it modifies them; it is no member.
    const after = tokens[k + 2];
    if (split.particle === '' && after && !LIST_GAP_RE.test(after.gap) && !END_GAP_RE.test(after.gap)) break;
    if (name === next.text && personBeforeTitle(name, tokens[k + 2])) break;
    out.push({ name, start: next.start, end: next.start + name.length });
  }
  return out;
}

/**
 * A bare word that may name a company: no particle, no common noun or place, and not an
 * organization-type word alone ("거래소", "협회"). Unless a bracket naming the body's head vouches
 * for it, a word shaped like a person's name ("한결팜") is left to the person rules. `whole`: the
 * caller knows the word is whole, so an ending like a particle is part of the name.
 */
function isCompanyWord(word: string, vouched = false, whole = false): boolean {
  return (
    NAME_RE.test(word) &&
    longestSuffix(word)?.suffix !== word &&
    (whole || particleSplits(word).length === 1) &&
    !NOT_NAMES.has(word) &&
    !cueWord(word) &&
    !isTitleWord(word) &&
    !COUNTRIES.has(word) &&
    !KOREAN_CITIES.has(word) &&
    !KOREAN_PROVINCES.has(word) &&
    (vouched || personName(word) === null)
  );
}

/** "(대표 홍길동)" right after a word: the head's title and a typical name fill the bracket. */
const BRACKET_HEAD_RE = /^\(\s*([가-힣A-Z]{2,6})\s+([가-힣]{2,4})\s*\)/;

/** Parser: "OOO(대표 홍길동)은": the word before a bracket naming its head is a body. */
export function parseBracketHeads(text: string, tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of tokens) {
    if (text[t.end] !== '(') continue;
    const m = BRACKET_HEAD_RE.exec(text.slice(t.end, t.end + 20));
    if (!m || !BRACKET_HEAD_TITLES.has(titleOf(m[1]!) ?? '')) continue;
    const person = personName(m[2]!);
    if (!person || !isTypicalName(person)) continue;
    if (!isCompanyWord(t.text, true) || recognizeOrgWord(t.text)) continue;
    out.push({ name: t.text, start: t.start, end: t.end });
  }
  return out;
}

/** Where a sentence ends inside a paragraph. */
const SENTENCE_END_RE = /[.!?]["'”’)]?\s+$/;
const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['은', '는', '이', '가', '도']);
const VERBS: ReadonlySet<string> = new Set(DISCLOSURE_VERBS);
const MAX_SENTENCE_WORDS = 40;
/** An amount of money: "246억원을", "1조2천억원으로". */
const AMOUNT_RE = /^[0-9][0-9,.]*(?:조|억|천만|백만|만)?(?:[0-9][0-9,.]*(?:억|천만|만))?원/;
/** "게임업계에서는 OOO이 …": an industry opening the sentence before its topic, one of its companies. */
const INDUSTRY_OPENING_RE = /[가-힣]업계(?:에서는|에선|에서도)$/;

/** Does an earnings item with an amount ("영업이익 3120억원으로") stand at token `k`? */
function earningsAt(tokens: readonly Token[], k: number): boolean {
  const amount = tokens[k + 1];
  return EARNINGS_ITEMS.has(tokens[k]!.text) && amount !== undefined && isSpaceGap(amount.gap) && AMOUNT_RE.test(amount.text);
}

/** Does token `k` open its sentence? */
function opensSentence(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.gap === '\n' || SENTENCE_END_RE.test(text.slice(Math.max(0, t.start - 4), t.start));
}

/** Does token `i` follow an industry word opening its sentence ("게임업계에서는 OOO이")? */
function afterIndustryOpening(text: string, tokens: readonly Token[], i: number): boolean {
  return i > 0 && isSpaceGap(tokens[i]!.gap) && INDUSTRY_OPENING_RE.test(tokens[i - 1]!.text) && opensSentence(text, tokens, i - 1);
}

/**
 * Parser: the topic opening a sentence that ends in a filing verb is a listed company: "OOO은
 * 2분기 영업손실 246억원을 냈다고 31일 공시했다". So is the topic after an industry opening the
 * sentence when the sentence states earnings with an amount: "게임업계에서는 OOO이 영업이익
 * 3120억원으로 …" (earnings alone are no cue: business segments report them too, "메모리반도체는
 * 영업이익 3조원"). Only a name-like word no rule knows.
 */
export function parseDisclosures(text: string, tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const industry = afterIndustryOpening(text, tokens, i);
    if (!industry && !opensSentence(text, tokens, i)) continue;
    const split = particleSplits(t.text).find((s) => TOPIC_PARTICLES.has(s.particle) && isCompanyWord(s.stem));
    if (!split || NOT_FILERS.has(split.stem) || recognizeOrgWord(split.stem) || latinCompany(split.stem)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + MAX_SENTENCE_WORDS; k++) {
      const w = tokens[k]!;
      if (w.gap === '\n' || SENTENCE_END_RE.test(w.gap)) break;
      if (VERBS.has(w.text) || (industry && earningsAt(tokens, k))) {
        out.push({ name: split.stem, start: t.start, end: t.start + split.stem.length });
        break;
      }
    }
  }
  return out;
}

/** Words between the partner and the agreement noun: "OOO와 공동연구 업무협약을". */
const MAX_TO_AGREEMENT = 3;
/** An agreement noun with its object particle, a bracket gloss or nothing: "협약을", "양해각서(MOU)를". */
const AGREEMENT_PARTICLES: ReadonlySet<string> = new Set(['', '을', '를', '도']);

/** Does an agreement and a signing verb, or a teaming verb, follow token `i`? */
function agreementAfter(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1];
  if (first && isSpaceGap(first.gap) && TEAMING_VERB_RE.test(first.text)) return true;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_TO_AGREEMENT; k++) {
    const t = tokens[k]!;
    if (!isSpaceGap(t.gap)) return false;
    if (!particleSplits(t.text).some((sp) => AGREEMENT_PARTICLES.has(sp.particle) && AGREEMENT_NOUNS.has(sp.stem))) continue;
    // The verb: next word, or the one after a bracketed gloss ("양해각서(MOU)를 체결했다").
    for (let v = k + 1; v < tokens.length && v <= k + 3; v++) {
      if (SIGNING_VERB_RE.test(tokens[v]!.text)) return true;
      if (isSpaceGap(tokens[v]!.gap)) return false;
    }
    return false;
  }
  return false;
}

/**
 * Parser: the partner named with "와/과" before an agreement a body signs, or before "손잡고":
 * "OOO와 업무협약을 맺었다". Only a name-like word no rule knows.
 */
export function parsePartners(text: string, tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const split = particleSplits(t.text).find((sp) => LINKS.includes(sp.particle) && isCompanyWord(sp.stem) && !SECTOR_END_RE.test(sp.stem));
    if (!split || recognizeOrgWord(split.stem) || latinCompany(split.stem) || !agreementAfter(tokens, i)) continue;
    out.push({ name: split.stem, start: t.start, end: t.start + split.stem.length });
  }
  return out;
}
