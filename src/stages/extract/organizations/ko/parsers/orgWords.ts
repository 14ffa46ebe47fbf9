/**
 * Parser: words that are organizations by suffix, lexicon or gazetteer ("행정안전부는",
 * "한국국제협력단(", "유네스코와"), with the name's extent:
 * - particles are stripped ("외교부는" → "외교부");
 * - a country word glued before it stays in the name ("태국 교육부");
 * - two-word gazetteer names are taken whole ("유엔 안보리");
 * - a unit right after another organization ("해운조합 운항관리센터") is a sub-unit, not reported,
 *   unless it is a branch, secretariat, office or graduate school that stands as a body of its own:
 *   then the two words are one name ("국회 사무처", "OO공단 경기본부", "OO대학교 보건대학원");
 * - cities and provinces count only when they act as an administration: the subject or topic of
 *   the sentence, or a partner ("서울시는", "경기도와"), not a place ("서울시에서"). The particle
 *   that tells is the one after a bracket naming the head ("충청북도(도지사 OOO)는") and, in a
 *   list, the one on its last member ("전라남도, 해양경찰청과 함께" acts; "신안군과 완도군의" is a place);
 *   a foreign province written with 주 acts the same way ("우본랏차타니주는");
 * - an acronym in brackets after a body is transparent: "OO연구원(KIST) 뇌과학연구소" is a unit.
 */
import { GAZETTEER_BY_KOREAN } from '../../common/gazetteer.js';
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSpaceGap } from '../../../persons/ko/korean/hangul.js';
import { isParticle } from '../../../persons/ko/korean/particles.js';
import { memoWord } from '../../../persons/ko/korean/memo.js';
import { particleSplits } from '../../../persons/ko/korean/particles.js';
import { COUNTRIES, KOREAN_CITIES } from '../../../persons/ko/korean/places.js';
import { recognizeOrgWord, regionalGovernment, startsWithPlace, type OrgWord } from '../recognize.js';
import type { OrgCandidate } from '../types.js';
import { isLatinAcronym } from './brackets.js';
import { BODY_UNIT_ENDINGS, BODY_UNIT_WORDS, BRANCH_ENDINGS, OVERSEAS_OFFICE_ENDINGS } from '../data/cues.js';

/** Is `name` (after another organization) a branch or office that is a body of its own? */
function isBodyUnit(org: OrgWord | null, word: string): boolean {
  if (BODY_UNIT_WORDS.has(word)) return true;
  if (OVERSEAS_OFFICE_ENDINGS.some((e) => word.endsWith(e) && PLACE_BRANCH_RE.test(word.slice(0, -e.length)))) return true;
  if (org === null) {
    // "서울북부지사", "경기지부": a place and a branch ending, which no suffix rule reads.
    const ending = BRANCH_ENDINGS.find((e) => word.endsWith(e) && word.length > e.length);
    return ending !== undefined && PLACE_BRANCH_RE.test(word) && startsWithPlace(word.slice(0, -ending.length));
  }
  return org.kind === 'suffix' && !org.local && BODY_UNIT_ENDINGS.some((e) => word.endsWith(e) && word.length > e.length);
}
/** The place and branch ending of a branch word, or the city before an overseas office ending. */
const PLACE_BRANCH_RE = /^[가-힣]{2,10}$/;

/**
 * Committees of a body named right after it ("국회 정무위원회", "한국은행 금융통화위원회") are
 * bodies of their own, reported by their own name; other units after a body are parts of it.
 */
const COMMITTEE_SUFFIXES: ReadonlySet<string> = new Set(['위원회']);

/** Particles after which a city or province is acting (subject, topic, partner, "side"). */
const ADMIN_PARTICLES: ReadonlySet<string> = new Set([
  '은', '는', '이', '가', '와', '과', '도', '측', '측은', '측이', '와의', '과의', '와는', '과는', '에서는', '으로부터',
  '로부터', '이며', '이고',
]);

/**
 * Words after a regional grouping or a place-like body that make it a region, not an actor:
 * "아세안 시장", "아세안 지역", "EU 회원국".
 */
const REGION_HEADS: ReadonlySet<string> = new Set([
  '시장', '지역', '국가', '국가들', '회원국', '각국', '권역', '경제권', '역내', '지역에서', '시장에서', '시장을',
  '시장의', '시장은', '국가의', '국가들의', '국가와', '지역의', '지역을',
]);

/** The organization a token holds, with the particle split off, or null. */
export const orgInToken: (word: string) => { org: OrgWord; particle: string } | null = memoWord(computeOrgInToken);

function computeOrgInToken(word: string): { org: OrgWord; particle: string } | null {
  for (const split of particleSplits(word)) {
    const org = recognizeOrgWord(split.stem) ?? regionalGovernment(split.stem);
    if (org) return { org, particle: split.particle };
  }
  return null;
}

function gazetteerPair(first: Token, second: Token): OrgCandidate | null {
  for (const split of particleSplits(second.text)) {
    const pair = `${first.text} ${split.stem}`;
    const gaz = GAZETTEER_BY_KOREAN.get(pair);
    if (gaz) {
      const org: OrgWord = { name: pair, kind: 'gazetteer', suffix: '', stem: pair, local: false, gazetteer: gaz };
      return { name: pair, start: first.start, end: second.start + split.stem.length, org };
    }
  }
  return null;
}

/**
 * A place word glued before a name stays in it: a country ("태국 교육부") or a foreign city,
 * state or province written with its type word ("호찌민시 인민위원회", "조지아주 의회").
 * Korean cities are left out: "서울시 복지실" is a unit of the city, not a body of its own.
 */
const FOREIGN_PLACE_RE = /^[가-힣]{3,8}(?:시|주)$/; // four syllables at least: "그로시" is a name
/** Words ending in 시/주 that are not places ("비상시", "지난주"). */
const NOT_PLACES: ReadonlySet<string> = new Set([
  '비상시', '평상시', '유사시', '필요시', '위급시', '적발시', '당시', '동시', '즉시', '수시', '임시', '역시', '혹시',
  '지난주', '이번주', '다음주', '매주', '금주', '이주', '각주', '본주', '주주', '대주주', '소액주주', '전주', '광주',
]);
export function isPlaceWord(word: string): boolean {
  if (COUNTRIES.has(word)) return true;
  return (
    FOREIGN_PLACE_RE.test(word) &&
    !NOT_PLACES.has(word) &&
    !KOREAN_CITIES.has(word.slice(0, -1)) &&
    regionalGovernment(word) === null
  );
}

/**
 * Provinces of Vietnam, China or Laos written with 성 ("벤째성", "광둥성") are places only before
 * the administration they have ("벤째성 인민위원회"): elsewhere 성 ends countless nouns (가능성).
 */
const PROVINCE_RE = /^[가-힣]{2,5}성$/;
const PROVINCIAL_BODIES: readonly string[] = ['인민위원회', '인민정부', '인민의회', '인민대표대회', '당위원회'];
function isProvinceBefore(word: string, org: OrgWord): boolean {
  return PROVINCE_RE.test(word) && PROVINCIAL_BODIES.some((b) => org.name === b);
}

/**
 * The national committee or office of an international body, named after it: "유니세프
 * 한국위원회", "UNDP 한국사무소". The country word makes it a body of its own.
 */
const NATIONAL_OFFICE_ENDINGS: readonly string[] = ['위원회', '사무소', '사무국', '대표부', '협회', '지부'];
function nationalOffice(word: string): string | null {
  for (const split of particleSplits(word)) {
    const ending = NATIONAL_OFFICE_ENDINGS.find((e) => split.stem.endsWith(e));
    if (ending && COUNTRIES.has(split.stem.slice(0, -ending.length))) return split.stem;
  }
  return null;
}

/**
 * Role lines and phrases that list the bodies behind an event: "주최: OO", "후원 OO시·OO재단".
 * A city or province listed there acts as an administration.
 */
const ROLE_CUE_RE = /(?:주최|주관|후원|협찬|공동주최|공동주관)\s*[:：]?\s*(?:[가-힣A-Za-z0-9&]+\s*[·,]\s*){0,4}$/;
const ROLE_REACH = 80;
function afterRoleCue(text: string, start: number): boolean {
  if (!text) return false;
  const before = text.slice(Math.max(0, start - ROLE_REACH), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return ROLE_CUE_RE.test(line);
}

/** A bracket of this many characters at most, right after a name, is skipped for its particle. */
const MAX_BRACKET = 30;
const MAX_LIST = 8;
/** Words of one list member after a list mark ("도내 11개 시"). */
const MAX_MEMBER_WORDS = 3;
const LIST_GAP_RE = /^\s*[·,]\s*$/;
const LINKS: readonly string[] = ['와', '과'];
const LIST_CLOSER = '등';
const AFTER_BRACKET_RE = /^\)[ \t\u00a0]{1,3}$/;

/** The particle a list member carries: after its organization name, else its longest one ('' when none). */
function memberParticle(word: string): string {
  const org = orgInToken(word);
  if (org) return org.particle;
  const splits = particleSplits(word);
  return splits.length > 1 ? splits[0]!.particle : '';
}

/**
 * The particle that tells what a name at token `i` does: its own, the one glued after a bracket
 * right behind it ("충청북도(도지사 OOO)는"), or in a list the one on the last member ("전라남도,
 * 해양경찰청과 함께", "신안군과 완도군의", "충청북도, 도내 시·군과") or on the "등" closing it ("A, B 등이").
 */
function actingParticle(text: string, tokens: readonly Token[], i: number, particle: string): string {
  const t = tokens[i]!;
  if (particle === '' && text[t.end] === '(') {
    const close = text.indexOf(')', t.end);
    if (close > 0 && close - t.end <= MAX_BRACKET) {
      let k = i + 1;
      while (k < tokens.length && tokens[k]!.start <= close) k++; // the bracket's words: a few at most
      const after = tokens[k];
      return after && after.start === close + 1 && isParticle(after.text) ? after.text : '';
    }
  }
  let k = i;
  let p = particle;
  while (k + 1 < tokens.length && k - i < MAX_LIST) {
    const next = tokens[k + 1]!;
    const listed = LIST_GAP_RE.test(next.gap);
    const linked = LINKS.includes(p) && isSpaceGap(next.gap) && orgInToken(next.text) !== null;
    if (!listed && !linked) break;
    k++;
    p = memberParticle(next.text);
    // "충청북도, 도내 11개 시·군과": a member of a few words carries its particle on its last word.
    for (let words = 1; listed && p === '' && words < MAX_MEMBER_WORDS && k + 1 < tokens.length && isSpaceGap(tokens[k + 1]!.gap); words++) {
      k++;
      p = memberParticle(tokens[k]!.text);
    }
  }
  // "A, B, C 등이": the particle on the "등" closing the list.
  const closing = tokens[k + 1];
  if (p === '' && closing && isSpaceGap(closing.gap)) {
    const etc = particleSplits(closing.text).find((sp) => sp.stem === LIST_CLOSER);
    if (etc) p = etc.particle;
  }
  return p;
}

/** The branch or office a token holds ("사무처는" → 사무처), or null. */
export function bodyUnitInToken(word: string): { name: string; org: OrgWord | null } | null {
  for (const split of particleSplits(word)) {
    const org = recognizeOrgWord(split.stem);
    if (isBodyUnit(org, split.stem)) return { name: split.stem, org };
  }
  return null;
}

/**
 * "우본랏차타니주는", "퀸즐랜드주와": a foreign province or state written with its type word and a
 * particle, an administration when it acts like a Korean province (the caller checks the particle).
 * Bare, it is a place word that stays in the name after it ("조지아주 의회").
 */
const FOREIGN_PROVINCE_ENDING = '주';
function foreignProvince(word: string): { org: OrgWord; particle: string } | null {
  for (const split of particleSplits(word)) {
    if (split.particle === '' || !split.stem.endsWith(FOREIGN_PROVINCE_ENDING) || !isPlaceWord(split.stem)) continue;
    return { org: { name: split.stem, kind: 'suffix', suffix: FOREIGN_PROVINCE_ENDING, stem: split.stem.slice(0, -1), local: true }, particle: split.particle };
  }
  return null;
}

/** A city the document shows acting ("당진시는", with "당진시장" elsewhere), with its particle. */
function documentCity(word: string, cities: ReadonlySet<string>): { org: OrgWord; particle: string } | null {
  if (cities.size === 0) return null;
  for (const split of particleSplits(word)) {
    if (cities.has(split.stem)) {
      return { org: { name: split.stem, kind: 'suffix', suffix: '시', stem: split.stem.slice(0, -1), local: true }, particle: split.particle };
    }
  }
  return null;
}

export function parseOrgWords(tokens: readonly Token[], cities: ReadonlySet<string> = new Set(), text = ''): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  let prevOrgIndex = -2; // index of the previous token that was an organization with no particle
  let prevOrgStart = 0; // where that organization's name starts ("태국 교육부")
  let prevOrgName = '';
  let bracketAlias = -2; // index of an acronym in brackets right after an organization
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // "OO연구원(KIST)": the bracketed alias is read with its body (see bracketAliases).
    if (prevOrgIndex === i - 1 && t.gap === '(' && text[t.end] === ')' && isLatinAcronym(t.text)) {
      bracketAlias = i;
      prevOrgIndex = i;
      continue;
    }
    // "국회 사무처는", "OO대학교 보건대학원": a body's branch or office, named with the body.
    if (prevOrgIndex === i - 1 && t.gap === ' ') {
      const unit = bodyUnitInToken(t.text);
      if (unit) {
        const org: OrgWord = unit.org ?? { name: unit.name, kind: 'suffix', suffix: unit.name, stem: '', local: false };
        out.push({ name: `${prevOrgName} ${unit.name}`, start: prevOrgStart, end: t.start + unit.name.length, org: { ...org, name: `${prevOrgName} ${unit.name}`, local: false } });
        prevOrgIndex = -2;
        continue;
      }
    }
    // "유니세프 한국위원회": an international body's national committee or office.
    if (prevOrgIndex === i - 1 && t.gap === ' ' && tokens[i - 1] && orgInToken(tokens[i - 1]!.text)?.org.kind === 'gazetteer') {
      const office = nationalOffice(t.text);
      if (office) {
        const name = `${prevOrgName} ${office}`;
        out.push({ name, start: prevOrgStart, end: t.start + office.length, org: { name, kind: 'suffix', suffix: '', stem: '', local: false } });
        prevOrgIndex = -2;
        continue;
      }
    }
    // Two-word gazetteer names ("유엔 안보리").
    const pair = next && isSpaceGap(next.gap) ? gazetteerPair(t, next) : null;
    if (pair) {
      out.push(pair);
      i++;
      prevOrgIndex = -2;
      continue;
    }
    const hit = orgInToken(t.text) ?? documentCity(t.text, cities) ?? foreignProvince(t.text);
    if (!hit) continue;
    const { org, particle } = hit;
    const afterOrg = prevOrgIndex === i - 1 && (isSpaceGap(t.gap) || (bracketAlias === i - 1 && AFTER_BRACKET_RE.test(t.gap)));
    if (particle === '') {
      prevOrgIndex = i;
      prevOrgStart = t.start;
      prevOrgName = org.name;
      const prev = tokens[i - 1];
      if (prev && t.gap === ' ' && (isPlaceWord(prev.text) || isProvinceBefore(prev.text, org)) && !org.local && org.kind !== 'gazetteer') {
        prevOrgStart = prev.start;
        prevOrgName = `${prev.text} ${org.name}`;
      }
    }
    if ((org.local || org.building) && !ADMIN_PARTICLES.has(actingParticle(text, tokens, i, particle)) && !afterRoleCue(text, t.start)) continue;
    if ((org.kind === 'gazetteer' || org.local) && particle === '' && next && isSpaceGap(next.gap) && REGION_HEADS.has(next.text)) continue;
    // A sub-unit of the organization before it, unless a committee of its own: that one is a body
    // when it acts or is introduced with a short form, else only if named again (weak).
    if (afterOrg && org.kind === 'suffix') {
      if (!COMMITTEE_SUFFIXES.has(org.suffix)) continue;
      const acts = ADMIN_PARTICLES.has(particle) || text[t.start + org.name.length] === '(';
      out.push({ name: org.name, start: t.start, end: t.start + org.name.length, org, ...(acts ? {} : { weak: true }) });
      continue;
    }
    const prev = tokens[i - 1];
    const end = t.start + org.name.length;
    if (prev && isSpaceGap(t.gap) && (isPlaceWord(prev.text) || isProvinceBefore(prev.text, org)) && !org.local && org.kind !== 'gazetteer') {
      out.push({ name: `${prev.text} ${org.name}`, start: prev.start, end, org });
    } else if (t.gap.endsWith('·') && prev?.text === '한' && prev.end === t.start - 1) {
      // "한·아세안센터": a bilateral body named with the short country word.
      out.push({ name: `한·${org.name}`, start: prev.start, end, org });
    } else {
      out.push({ name: org.name, start: t.start, end, org });
    }
  }
  return out;
}
