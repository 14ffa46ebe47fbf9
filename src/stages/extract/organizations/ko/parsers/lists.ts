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
import { APPOSITION_CUES, LIST_CLOSING_CUES } from '../data/cues.js';
import { latinCompany } from './companies.js';
import { orgInToken } from './orgWords.js';
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

const known = (word: string): boolean => latinCompany(word) || orgInToken(word)?.particle === '';

export function parseLists(tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tokens[k]!.text !== '등' || !isSpaceGap(tokens[k]!.gap)) continue;
    const cue = tokens[k + 1]!;
    if (!isSpaceGap(cue.gap)) continue;
    const closing = particleSplits(cue.text).find((s) => CLOSING.has(s.stem))?.stem;
    if (!closing || peopleFollow(tokens[k + 2])) continue;
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
    if (members.length < 2 && !COMPANY_ONLY.has(closing)) continue;
    if (!COMPANY_ONLY.has(closing) && !members.some((m) => known(m.name))) continue;
    for (const m of members) if (!known(m.name)) out.push({ name: m.name, start: m.start, end: m.start + m.name.length });
  }
  return out;
}
