/**
 * Parser: a transliterated foreign name before a country word and a title, the way Korean news
 * introduces foreign officials: "쁘라팟 찬타웡 태국 교육부 장관", "솜차이 분나크 태국 내무부
 * 차관보", "트럼프 미국 대통령". Such names start with no Korean surname, so the country word is
 * the cue; the name is the one to three words before it, stopping at anything that is not a bare
 * name word (a word with a particle or a verb ending, a common noun, a title).
 */
import type { Token } from '../korean/hangul.js';
import { isSpaceGap } from '../korean/hangul.js';
import { COUNTRIES, KOREAN_CITIES } from '../korean/places.js';
import { NOT_NAMES } from '../data/stopwords.js';
import { BETWEEN_NAME_AND_TITLE, ORIGIN_WORDS } from '../data/titles.js';
import { isTitleWord, titleInToken, titleOf } from '../titles.js';
import { isPlaceWord, orgInToken } from '../../../organizations/ko/parsers/orgWords.js';
import { isLatinAcronym } from '../../../organizations/ko/parsers/brackets.js';
import { latinCompany } from '../../../organizations/ko/parsers/companies.js';
import { longestSuffix } from '../../../organizations/ko/recognize.js';
import type { PersonCandidate } from '../types.js';

const MAX_NAME_WORDS = 3;
const NO_ORGS: ReadonlySet<string> = new Set();
/**
 * Vietnamese names run to four words, most of them one syllable ("응우옌 티 투 하"): a fourth word
 * is taken only when at least this many of the words are one-syllable.
 */
const MAX_NAME_WORDS_SHORT = 4;
const MIN_SHORT_FOR_FOUR = 2;
/** A gap ending in a closing bracket or quote: the next word is glued to it (a particle). */
const GLUED_AFTER_CLOSE_RE = /[)\]"'’”」』]$/;
/** One-syllable words that open a phrase: "또 미국 대통령", "그 태국 총리", "각 부처 장관". */
const ONE_SYLLABLE_WORDS: ReadonlySet<string> = new Set(['또', '그', '이', '저', '각', '전', '현', '및', '더', '등', '한', '두', '세', '네', '새', '옛', '본', '동', '모', '故', '고', '약', '총', '양', '타', '당', '귀', '同']);
const MAX_QUALIFIERS = 3;
/** An age in brackets: "(38)". */
const AGE_RE = /^[1-9][0-9]?$/;
const NAME_WORD_RE = /^[가-힣]{2,6}$/;
/** A romanized name word: "Daniel", "Boo-kyum", "O'Connor", "McDonald", "D’Souza". */
const LATIN_NAME_WORD_RE = /^(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)?$/;
/**
 * Endings that mark an ordinary word rather than a name: particles and the endings of verbs and
 * adnominal forms ("이끄는", "방한한", "참석했던", "열리며"). Not "다", "니", "고", "지", "만": verbs
 * ending so are followed by punctuation or are rare here, and names end in them ("기시다",
 * "토니", "디에고", "루이지", "라흐만").
 */
const NON_NAME_ENDING_RE = /(?:은|는|을|를|의|에|에서|와|과|로|으로|에게|도|한|된|던|할|될|며|해|게|음|면|께|들|적|측|간|별|등|및|인)$/;

/**
 * "쁘라이와 씨(32)": an honorific with the person's age in brackets after it names one person, so
 * a single word is enough, and its ending is no particle (none stands before 씨).
 */
const AGED_HONORIFIC = '씨';
const AGE_AFTER_RE = /^\([1-9][0-9]?\)/;
function agedHonorific(text: string, title: Token, honorific: string): boolean {
  return honorific === AGED_HONORIFIC && title.text === AGED_HONORIFIC && AGE_AFTER_RE.test(text.slice(title.end, title.end + 4));
}
const looseNameWord = (word: string): boolean =>
  NAME_WORD_RE.test(word) && !NOT_NAMES.has(word) && titleInToken(word) === null && !COUNTRIES.has(word) && orgInToken(word) === null;

/** "존", "빌": a first name of one syllable, only ahead of further name words. */
function isShortFirstName(word: string): boolean {
  return /^[가-힣]$/.test(word) && !BETWEEN_NAME_AND_TITLE.has(word) && !ONE_SYLLABLE_WORDS.has(word);
}

/**
 * A university, school or department no rule knows by name ("존스홉킨스대", "의대", "약학과"):
 * never a name word; between a country word and a name it is the person's affiliation.
 */
const AFFILIATION_RE = /^[가-힣]{1,10}(?:대|의대|대학|대학교|대학원|학과|학부|연구소|병원)$/;

function isNameWord(word: string): boolean {
  return (
    NAME_WORD_RE.test(word) &&
    !NON_NAME_ENDING_RE.test(word) &&
    !NOT_NAMES.has(word) &&
    !COUNTRIES.has(word) &&
    !KOREAN_CITIES.has(word) &&
    !BETWEEN_NAME_AND_TITLE.has(word) &&
    !isTitleWord(word) &&
    !AFFILIATION_RE.test(word) &&
    !ORIGIN_WORDS.has(word) &&
    orgInToken(word) === null
  );
}

/** May `word` stand between a foreign name and its title? `orgs`: the document's organizations. */
function isQualifier(word: string, orgs: ReadonlySet<string> = NO_ORGS): boolean {
  return (
    orgs.has(word) ||
    AFFILIATION_RE.test(word) ||
    isPlaceWord(word) ||
    BETWEEN_NAME_AND_TITLE.has(word) ||
    orgInToken(word)?.particle === '' ||
    isLatinAcronym(word) ||
    latinCompany(word)
  );
}

/**
 * "카밀라 에스피노사(Camila Espinosa) …": the romanized gloss in brackets ending right before
 * token `j`. Returns the index of the gloss's first word, or -1.
 */
function glossBefore(tokens: readonly Token[], j: number): number {
  const at = tokens[j];
  if (!at || !/^\)\s+$/.test(at.gap)) return -1;
  let g = j;
  while (g > 0 && j - g < 4 && LATIN_NAME_WORD_RE.test(tokens[g - 1]!.text) && (g === j || isSpaceGap(tokens[g]!.gap))) g--;
  return g < j && g < j - 1 && tokens[g]!.gap.endsWith('(') ? g : -1;
}

/** "인타웡(38) 반장": the index of the age token when token `k` follows "(38) " glued to a word, else -1. */
function ageBefore(tokens: readonly Token[], k: number): number {
  const age = tokens[k - 1];
  return age && /^\)\s+$/.test(tokens[k]!.gap) && age.gap === '(' && AGE_RE.test(age.text) ? k - 1 : -1;
}

/** "X(IAEA) 사무총장": the index of the acronym token when `j` follows "(ACRONYM) ", else -1. */
function bracketedAcronymBefore(tokens: readonly Token[], j: number): number {
  const at = tokens[j];
  const acr = tokens[j - 1];
  if (!at || !acr || !/^\)\s+$/.test(at.gap) || acr.gap !== '(' || !isLatinAcronym(acr.text)) return -1;
  return j - 1;
}

/**
 * Do qualifiers with a country word or international body end right before token `n`? A body's
 * acronym in brackets may close them: "태국 국민건강보장청(NHSO) 위라퐁 깨우마니 부청장".
 */
function internationalBefore(tokens: readonly Token[], n: number): boolean {
  for (let q = n, steps = 0; q > 0 && steps < MAX_QUALIFIERS; steps++) {
    const acronym = steps === 0 ? bracketedAcronymBefore(tokens, q) : -1;
    const at = acronym >= 0 ? acronym : q;
    if (acronym < 0 && !isSpaceGap(tokens[q]!.gap)) return false;
    if (at === 0) return false;
    const w = tokens[at - 1]!.text;
    if (!isQualifier(w)) return false;
    if (COUNTRIES.has(w) || orgInToken(w)?.org.kind === 'gazetteer') return true;
    q = at - 1;
  }
  return false;
}

/** A bare title right before token `n` ("박사후연구원 아리프 라흐만 박사"): the name starts at `n`. */
function titleBefore(tokens: readonly Token[], n: number): boolean {
  const before = tokens[n - 1];
  return before !== undefined && isSpaceGap(tokens[n]!.gap) && titleOf(before.text) !== null;
}

/**
 * "브라질 출신 ⟨name⟩": a country and an origin word right before token `n`, or with a role noun
 * between them and the name ("베트남 출신 근로자 ⟨name⟩", "인도네시아 국적의 유학생 ⟨name⟩").
 */
function originBefore(tokens: readonly Token[], n: number): boolean {
  if (!isSpaceGap(tokens[n]!.gap)) return false;
  const role = tokens[n - 1];
  const at = role && NOT_NAMES.has(role.text) && isSpaceGap(role.gap) ? n - 1 : n;
  const origin = tokens[at - 1];
  const country = tokens[at - 2];
  return origin !== undefined && country !== undefined && isSpaceGap(origin.gap) && ORIGIN_WORDS.has(origin.text) && COUNTRIES.has(country.text);
}

/**
 * "OO그룹의 ⟨name⟩": an organization with the possessive particle right before token `n`; also a
 * body's Latin acronym ("NARIT의") or a foreign body no suffix rule knows, after its country word
 * ("태국 숙련개발국의": the country and an organization-type ending vouch for it).
 */
const POSSESSIVE = '의';
function ownedBy(tokens: readonly Token[], n: number): boolean {
  const before = tokens[n - 1];
  if (!before || !isSpaceGap(tokens[n]!.gap) || !before.text.endsWith(POSSESSIVE)) return false;
  if (orgInToken(before.text)?.particle === POSSESSIVE) return true;
  const stem = before.text.slice(0, -POSSESSIVE.length);
  if (isLatinAcronym(stem)) return true;
  const country = tokens[n - 2];
  const typed = longestSuffix(stem) !== undefined || stem.endsWith(DEPARTMENT_ENDING);
  return country !== undefined && isSpaceGap(before.gap) && COUNTRIES.has(country.text) && stem.length > 2 && typed;
}
/** Foreign governments' departments ("숙련개발국", "관세국"): no suffix rule reads 국, which ends 결국, 전국. */
const DEPARTMENT_ENDING = '국';

/**
 * "…을 찾아 ⟨name⟩": a word right after an object ("방콕을", "장관을") is the verb taking it, not
 * the first word of a name.
 */
const OBJECT_END_RE = /[가-힣](?:을|를)$/;
function afterObject(tokens: readonly Token[], m: number): boolean {
  const before = tokens[m - 1];
  return before !== undefined && isSpaceGap(tokens[m]!.gap) && OBJECT_END_RE.test(before.text);
}

export function parseForeignNames(text: string, tokens: readonly Token[], orgs: ReadonlySet<string> = NO_ORGS): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const title = titleInToken(tokens[k]!.text);
    if (!title) continue;
    // Walk left over the qualifiers ("태국 교육부", "UNDP", "나토").
    let j = k;
    let international = false; // a country word or an international body among them
    for (let steps = 0; j > 0 && steps < MAX_QUALIFIERS; steps++) {
      // "국제원자력기구(IAEA) 사무총장": an acronym in brackets after the body is skipped.
      const acronym = bracketedAcronymBefore(tokens, j);
      const q = acronym >= 0 ? acronym : j;
      if (acronym < 0 && !isSpaceGap(tokens[j]!.gap)) break;
      if (q === 0 || !isQualifier(tokens[q - 1]!.text, orgs)) break;
      const w = tokens[q - 1]!.text;
      if (COUNTRIES.has(w) || orgInToken(w)?.org.kind === 'gazetteer') international = true;
      j = q - 1;
    }
    // "솜차이 인타웡(38) 반장": the person's age in brackets between the name and a bare title.
    const aged = j === k ? ageBefore(tokens, k) : -1;
    if (aged >= 0) j = aged;
    const gloss = glossBefore(tokens, j);
    // A single word before "씨(32)" (see agedHonorific).
    const aged1 = j === k && gloss < 0 && agedHonorific(text, tokens[k]!, title.title);
    const nameEnd = gloss >= 0 ? gloss : j;
    let n = nameEnd;
    const joined = (m: number): boolean =>
      m === gloss ? /^\s*\($/.test(tokens[m]!.gap) : m === aged ? tokens[m]!.gap === '(' : isSpaceGap(tokens[m]!.gap);
    // Name words, right to left; one-syllable words only inside a longer name ("응우옌 반 훙",
    // "존 스미스"), never alone.
    let long = 0;
    let short = 0;
    // A romanized gloss has as many words as the name: "로버트 맥도널드(Robert McDonald)".
    const maxWords = gloss >= 0 ? Math.min(MAX_NAME_WORDS_SHORT, j - gloss) : aged1 ? 1 : MAX_NAME_WORDS_SHORT;
    while (n > 0 && nameEnd - n < maxWords && joined(n)) {
      const w = tokens[n - 1]!.text;
      const isLong = isNameWord(w) || (aged1 && n === nameEnd && looseNameWord(w));
      // A one-syllable word glued to a bracket or quote ("(오른쪽)과") is a particle, not a name.
      if (!isLong && (!isShortFirstName(w) || GLUED_AFTER_CLOSE_RE.test(tokens[n - 1]!.gap))) break;
      if (nameEnd - n > 0 && afterObject(tokens, n - 1)) break;
      // A fourth word only in a name of mostly one-syllable words ("응우옌 티 투 하").
      if (nameEnd - n === MAX_NAME_WORDS && short + (isLong ? 0 : 1) < MIN_SHORT_FOR_FOUR) break;
      if (isLong) long++;
      else short++;
      n--;
    }
    // All one-syllable words ("쩐 티 란") only when there are three of them.
    if (n === nameEnd || (long === 0 && nameEnd - n < 3)) continue;
    // The cue: a country word or international body among the qualifiers, a romanized gloss of
    // the name, or a name of two or more words before an organization ("쁘라팟 찬타웡 교육부 장관").
    const words = nameEnd - n;
    // Or the body stands before the name: "미국 상무부 러트닉 장관".
    const bodyBefore = j === k && gloss < 0 && internationalBefore(tokens, n);
    // Or the body owns the name: "시암메디컬그룹의 쁘라윗 분야쿤 부사장" (two or more name words).
    const owner = j === k && gloss < 0 && words >= 2 && ownedBy(tokens, n);
    // Or a role or an origin opens it: "KIST 박사후연구원 아리프 라흐만 박사", "브라질 출신 OOO OOO 감독".
    const opened = j === k && gloss < 0 && words >= 2 && (titleBefore(tokens, n) || originBefore(tokens, n));
    if (!(gloss >= 0 || (international && j < k) || (words >= 2 && j < k) || bodyBefore || owner || opened || aged1)) continue;
    // Still a name word before the third one: the extent is unclear, leave it (unless a gloss of
    // as many words fixes it).
    const fixedByGloss = gloss >= 0 && nameEnd - n === j - gloss;
    if (!fixedByGloss && n > 0 && isSpaceGap(tokens[n]!.gap) && isNameWord(tokens[n - 1]!.text) && !afterObject(tokens, n - 1)) continue;
    const first = tokens[n]!;
    const last = tokens[nameEnd - 1]!;
    const candidate: PersonCandidate = {
      name: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      titles: [title.title],
      foreign: true,
    };
    if (gloss >= 0) candidate.aliases = [text.slice(tokens[gloss]!.start, tokens[j - 1]!.end)];
    out.push(candidate);
  }
  return out;
}
