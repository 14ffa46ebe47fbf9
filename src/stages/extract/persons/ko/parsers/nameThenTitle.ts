/**
 * Parser: a name followed by its title or honorific, "홍길동 장관은", "오세준 산업부 장관",
 * "이준호 기계공학부 교수", "박순자(78) 씨", "홍길동 전 장관", "백지안·성도겸 의원".
 * Between the name and the title may stand up to three words that qualify the title:
 * organizations, units, countries, "전"/"신임", and at most one unknown bare word (the name of a
 * body no rule knows: "장원석 코이카 이사장"). A short bracket after the name (age, department)
 * is skipped.
 *
 * The name word carries no particle (the title after it does). A reporter's name before "기자 ="
 * or an e-mail is a byline, and a name before a phone number is a contact line: both skipped.
 */
import { latinCompany } from '../../../organizations/ko/parsers/companies.js';
import { orgInToken } from '../../../organizations/ko/parsers/orgWords.js';
import { followedByPhone } from '../contact.js';
import { NOT_NAMES } from '../data/stopwords.js';
import { ADMINISTRATION_WORDS, BETWEEN_NAME_AND_TITLE, BYLINE_TITLES } from '../data/titles.js';
import type { Token } from '../korean/hangul.js';
import { isSpaceGap } from '../korean/hangul.js';
import { particleSplits } from '../korean/particles.js';
import { COUNTRIES } from '../korean/places.js';
import { isTypicalName, personName } from '../name.js';
import { titleInToken } from '../titles.js';
import type { PersonCandidate } from '../types.js';
import type { KoreanDocContext } from '../../../organizations/ko/context.js';

const NO_CONTEXT: KoreanDocContext = { cities: new Set(), shortForms: new Set() };
const MAYOR_RE = /^([가-힣]{2}시)장$/;

/**
 * The title a token holds, also the mayor of a city the document shows acting ("당진시장은" when
 * "당진시" acts in the text; "주식시장" is no title, no "주식시" acts anywhere).
 */
function titleWithContext(word: string, context: KoreanDocContext): { title: string; particle: string } | null {
  const title = titleInToken(word);
  if (title || context.cities.size === 0) return title;
  for (const split of particleSplits(word)) {
    const m = MAYOR_RE.exec(split.stem);
    if (m && context.cities.has(m[1]!)) return { title: split.stem, particle: split.particle };
  }
  return null;
}

const MAX_BETWEEN = 3;
const MAX_BRACKET_WORDS = 4;
const MAX_LISTED = 6;
const LIST_GAP_RE = /^\s*[·,]\s*$/;
const BARE_WORD_RE = /^(?:[가-힣]{2,10}|[A-Za-z][A-Za-z0-9&\-]{1,15})$/;

/** A word with no particle that is not a common noun: possibly a body's name. */
function isBareWord(word: string): boolean {
  return BARE_WORD_RE.test(word) && particleSplits(word).length === 1 && !NOT_NAMES.has(word) && personName(word) === null;
}
/** "(78)", "(78세)", "(여·78)": an age between name and honorific. */
const AGE_GAP_RE = /^\s*\([^()]{1,8}\)\s*$/;
/** Units of an organization that can precede a title without being organizations themselves. */
const UNIT_END_RE = /(?:부|과|실|국|팀|단|처|청|원|센터|본부|학과|대학|연구소|위원회)$/;
const LATIN_RE = /^[A-Za-z][A-Za-z0-9&\-]*$/;

/** May `word` stand between a name and its title? */
export function qualifiesTitle(word: string, context: KoreanDocContext = NO_CONTEXT): boolean {
  if (BETWEEN_NAME_AND_TITLE.has(word) || ADMINISTRATION_WORDS.has(word) || COUNTRIES.has(word) || LATIN_RE.test(word)) return true;
  if (context.shortForms.has(word)) return true; // the short form of a body named in brackets
  if (word.startsWith('주') && COUNTRIES.has(word.slice(1))) return true; // "주태국"
  const org = orgInToken(word);
  if (org && org.particle === '') return true;
  if (latinCompany(word)) return true;
  // "주심인 문태원 재판관": a word ending like a unit ("…원") that is a person's name is no unit.
  return UNIT_END_RE.test(word) && /^[가-힣]{2,12}$/.test(word) && !isPlainName(word);
}

/** A common noun from the stop list with a particle glued on ("당국은", "정부가"). */
function nounWithParticle(word: string): boolean {
  return particleSplits(word).some((s) => s.particle !== '' && NOT_NAMES.has(s.stem));
}

/** A typical Korean name that is no organization ("문태원", not "개발원"). */
function isPlainName(word: string): boolean {
  const n = personName(word);
  return n !== null && !n.rare && isTypicalName(n);
}

/**
 * "조성빈 한국국방연구원(KIDA) 책임연구원": a Latin acronym in brackets right after a qualifying
 * word glosses it; the words on both sides still belong to one phrase.
 */
function isBracketGloss(text: string, token: Token): boolean {
  return token.gap === '(' && LATIN_RE.test(token.text) && text[token.end] === ')';
}
const AFTER_GLOSS_RE = /^\)[ \t\u00a0]{1,3}$/;

function isByline(text: string, titleToken: Token, title: string, nameToken: Token): boolean {
  if (!BYLINE_TITLES.has(title)) return false;
  const after = text.slice(titleToken.start + title.length, titleToken.start + title.length + 40);
  return /^\s*[=@(]|^\s*[\w.+-]+@/.test(after) || /\)\s*$/.test(nameToken.gap) || nameToken.gap === '\n';
}

/**
 * "박순자(78) 씨", "김수아(경영학부 3학년) 씨": a short bracket after the name (age, affiliation)
 * is skipped. Returns the index of the first token after the bracket, or -1 when there is none.
 */
function skipBracket(tokens: readonly Token[], i: number): number {
  const open = tokens[i + 1];
  if (!open || !/^\s*\($/.test(open.gap)) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_BRACKET_WORDS; k++) {
    const after = tokens[k + 1];
    if (after && /^\)\s*$/.test(after.gap)) return k + 1;
    if (after && !isSpaceGap(after.gap) && !/^[\s·.,]+$/.test(after.gap)) return -1;
  }
  return -1;
}

export function parseNameThenTitle(text: string, tokens: readonly Token[], context: KoreanDocContext = NO_CONTEXT): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const name = personName(t.text);
    // "장관과", "교육부도": a title or organization with its particle, not a name.
    if (!name || titleInToken(t.text) || orgInToken(t.text)) continue;
    // "당국은 시장 안정…": a common noun with its particle ("당국" + "은"), not a name ending in 은.
    if (nounWithParticle(t.text)) continue;
    const bracketEnd = skipBracket(tokens, i);
    const first = bracketEnd >= 0 ? bracketEnd : i + 1;
    let unknownSeen = false;
    let afterGloss = false;
    for (let j = first; j < tokens.length && j <= first + MAX_BETWEEN + (afterGloss ? 1 : 0); j++) {
      const next = tokens[j]!;
      if (j > first && isBracketGloss(text, next) && !afterGloss) {
        afterGloss = true; // the acronym of the word before: skip it
        continue;
      }
      const gapOk =
        isSpaceGap(next.gap) ||
        (afterGloss && AFTER_GLOSS_RE.test(next.gap) && tokens[j - 1]!.gap === '(') ||
        (j === first && (bracketEnd >= 0 || AGE_GAP_RE.test(next.gap)));
      if (!gapOk) break;
      const title = titleWithContext(next.text, context);
      if (title) {
        const adjacent = j === first;
        // Short or rare-surname names need the title right after them.
        if ((!isTypicalName(name) || name.rare) && !adjacent) break;
        if (name.rare && !isTypicalName(name)) break;
        if (isByline(text, next, title.title, t)) break;
        if (followedByPhone(text, next.start + title.title.length)) break; // a contact line
        out.push({ name: name.name, start: t.start, end: t.end, titles: [title.title], surname: name.surname });
        // "김철수·이영희 의원": names listed before one title share it.
        for (let k = i; k > 0 && k > i - MAX_LISTED && LIST_GAP_RE.test(tokens[k]!.gap); k--) {
          const before = tokens[k - 1]!;
          const listed = personName(before.text);
          if (!listed || listed.rare || !isTypicalName(listed)) break;
          out.push({ name: listed.name, start: before.start, end: before.end, titles: [title.title], surname: listed.surname });
        }
        i = j; // the words up to the title qualify it: none of them is a name
        break;
      }
      if (qualifiesTitle(next.text, context)) continue;
      // One unknown word may name the body ("장원석 코이카 이사장", "홍서진 서울대 경제학부 교수").
      // Not before a country word: "도널드 트럼프 미국 대통령" is one foreign name.
      const after = tokens[j + 1];
      if (!unknownSeen && isBareWord(next.text) && !(after && COUNTRIES.has(after.text))) {
        unknownSeen = true;
        continue;
      }
      break;
    }
  }
  return out;
}
