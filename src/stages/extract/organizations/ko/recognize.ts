/**
 * Is this (particle-free) word an organization name, and what kind? Used by the organization
 * parsers and by the person rules (a word that is an organization is not a person's name).
 *
 * Order: the central-government lexicon and the shared international gazetteer first (they know
 * short forms no suffix rule could), then the suffix rules with their blockers.
 */
import { GAZETTEER_BY_ACRONYM, GAZETTEER_BY_KOREAN, type GazetteerEntry } from '../common/gazetteer.js';
import { COUNTRIES, KOREAN_CITIES, KOREAN_PROVINCES } from '../../persons/ko/korean/places.js';
import { memoWord } from '../../persons/ko/korean/memo.js';
import { CENTRAL_GOVERNMENT, PUBLIC_INSTITUTIONS, STATE_BODIES, type LexiconEntry } from './data/lexicon.js';
import { BLOCKER_OVERRIDES, ORG_SUFFIXES, SUFFIX_BLOCKERS, WHOLE_WORD_BLOCKERS, type OrgSuffix } from './data/suffixes.js';
import { LATIN_NOT_COMPANY } from './data/cues.js';

export type OrgKind = 'lexicon' | 'short' | 'state' | 'gazetteer' | 'suffix';

export interface OrgWord {
  /** The word as recognized (particle-free). */
  name: string;
  kind: OrgKind;
  /** The organization-type suffix ("부", "위원회"), '' when recognized by lookup. */
  suffix: string;
  /** Characters before the suffix ("행정안전" in "행정안전부"). */
  stem: string;
  /** A city or province: an organization only when it acts as an administration. */
  local: boolean;
  /** A word that names a building as often as the body ("OO시청"): reported only when it acts. */
  building?: boolean;
  /** The lexicon entry (full name + official short forms), for lexicon and short-form hits. */
  lexicon?: LexiconEntry;
  gazetteer?: GazetteerEntry;
}

const SUFFIX_BY_TEXT: ReadonlyMap<string, OrgSuffix> = new Map(ORG_SUFFIXES.map((s) => [s.suffix, s]));
const MAX_SUFFIX = Math.max(...ORG_SUFFIXES.map((s) => s.suffix.length));
const BLOCKERS: ReadonlySet<string> = new Set(SUFFIX_BLOCKERS);
const MAX_BLOCKER = Math.max(...SUFFIX_BLOCKERS.map((b) => b.length));

const LEXICON: readonly LexiconEntry[] = [...CENTRAL_GOVERNMENT, ...PUBLIC_INSTITUTIONS];
const LEXICON_BY_NAME: ReadonlyMap<string, LexiconEntry> = new Map(LEXICON.map((e) => [e.name, e]));
const LEXICON_BY_SHORT: ReadonlyMap<string, LexiconEntry> = new Map(LEXICON.flatMap((e) => e.short.map((s) => [s, e] as const)));

/** Shared-gazetteer Korean names that are also generic nouns ("집행위원회" of any body). */
const GENERIC_IN_KOREAN: ReadonlySet<string> = new Set(['집행위원회']);

/** Words that may open a public body's name before a suffix that needs a place ("한국도로공사"). */
const PLACE_STEM_OPENERS: readonly string[] = ['한국', '대한', '국립', '국제', '중앙', '국민', '세계'];

const STEM_RE = /^[가-힣A-Za-z0-9&]+$/;
const HAS_LETTER_RE = /[가-힣A-Za-z]/;
const DIGIT_START_RE = /^[0-9]/;
const MONEY_END_RE = /[십백천만억조]$/;
/** "형사13부", "민사2부", "제1부": a numbered division of a court, prosecution office or company. */
const NUMBERED_DIVISION_RE = /[0-9]$/;
/** Type words that number divisions and teams rather than name bodies. */
const DIVISION_SUFFIXES: ReadonlySet<string> = new Set(['부', '과', '팀', '단', '국', '실']);

export function startsWithPlace(stem: string): boolean {
  for (let len = Math.min(6, stem.length); len >= 2; len--) {
    const head = stem.slice(0, len);
    if (COUNTRIES.has(head) || KOREAN_CITIES.has(head) || KOREAN_PROVINCES.has(head)) return true;
  }
  return PLACE_STEM_OPENERS.some((p) => stem.startsWith(p));
}

/** The longest organization suffix ending `word`, if any. */
export function longestSuffix(word: string): OrgSuffix | undefined {
  for (let len = Math.min(MAX_SUFFIX, word.length); len >= 1; len--) {
    const hit = SUFFIX_BY_TEXT.get(word.slice(word.length - len));
    if (hit) return hit;
  }
  return undefined;
}

const WHOLE_BLOCKERS: ReadonlySet<string> = new Set(WHOLE_WORD_BLOCKERS);
/** The longest override ending `word` ("에너지부"), or 0. */
function overrideLength(word: string): number {
  let best = 0;
  for (const o of BLOCKER_OVERRIDES) if (o.length > best && word.endsWith(o)) best = o.length;
  return best;
}

/** Is `word` a common noun that merely ends like an organization (for a suffix of `suffixLength`)? */
export function isBlocked(word: string, suffixLength: number): boolean {
  if (BLOCKERS.has(word) || WHOLE_BLOCKERS.has(word)) return true;
  const floor = Math.max(suffixLength, overrideLength(word));
  for (let len = Math.min(MAX_BLOCKER, word.length - 1); len > floor; len--) {
    if (BLOCKERS.has(word.slice(word.length - len))) return true;
  }
  return false;
}

/**
 * Suffix rule alone: "태국내무부" yes, "정부"/"추가신청"/"공무원" no. With `relaxPlace` the
 * place-word requirement of some type words is waived ("예금보험공사" listed among bodies), for
 * callers that have other evidence the word is a body.
 */
export function matchSuffixRule(word: string, relaxPlace = false): OrgWord | null {
  const suffix = longestSuffix(word);
  if (!suffix) return null;
  const stem = word.slice(0, word.length - suffix.suffix.length);
  if (stem.length < suffix.minStem) return null;
  if (suffix.maxStem !== undefined && stem.length > suffix.maxStem) return null;
  // "중국군", "미국군": a country's forces, not a county.
  if (suffix.local && COUNTRIES.has(stem)) return null;
  // "R&D센터", "AI센터": a technical term with an organization-type word is a facility or unit.
  if (LATIN_NOT_COMPANY.has(stem) && !GAZETTEER_BY_ACRONYM.has(stem)) return null;
  if (!relaxPlace && suffix.placeBelow !== undefined && stem.length < suffix.placeBelow && !startsWithPlace(stem)) return null;
  if (stem.length > 0 && (!STEM_RE.test(stem) || !HAS_LETTER_RE.test(stem))) return null;
  // "48억원", "80만원", "수천억원": an amount of money, not an institute.
  if (DIGIT_START_RE.test(stem) || (suffix.suffix === '원' && MONEY_END_RE.test(stem))) return null;
  if (DIVISION_SUFFIXES.has(suffix.suffix) && NUMBERED_DIVISION_RE.test(stem)) return null;
  if (isBlocked(word, suffix.suffix.length)) return null;
  if (suffix.placeStem && !relaxPlace && !startsWithPlace(stem)) return null;
  const org: OrgWord = { name: word, kind: 'suffix', suffix: suffix.suffix, stem, local: suffix.local === true };
  if (suffix.building) org.building = true;
  return org;
}

/** Lexicon, gazetteer, then suffix rules. `word` must already be free of particles. */
export const recognizeOrgWord: (word: string) => OrgWord | null = memoWord(computeOrgWord);

function computeOrgWord(word: string): OrgWord | null {
  const lex = LEXICON_BY_NAME.get(word);
  if (lex) {
    const suffix = longestSuffix(word)?.suffix ?? '';
    return { name: word, kind: 'lexicon', suffix, stem: word.slice(0, word.length - suffix.length), local: false, lexicon: lex };
  }
  const short = LEXICON_BY_SHORT.get(word);
  if (short) return { name: word, kind: 'short', suffix: '', stem: word, local: false, lexicon: short };
  if (STATE_BODIES.has(word)) return { name: word, kind: 'state', suffix: '', stem: word, local: false };
  const gaz = (GENERIC_IN_KOREAN.has(word) ? undefined : GAZETTEER_BY_KOREAN.get(word)) ?? GAZETTEER_BY_ACRONYM.get(word);
  if (gaz) return { name: word, kind: 'gazetteer', suffix: '', stem: word, local: false, gazetteer: gaz };
  return matchSuffixRule(word) ?? regionalUniversity(word);
}

/**
 * "서울대", "부산대", "경북대": the national university of a city or province, named the way
 * everyone shortens it. Only city and province names: "확대", "세대", "기대" are words.
 */
export function regionalUniversity(word: string): OrgWord | null {
  if (word.length < 3 || !word.endsWith('대')) return null;
  const stem = word.slice(0, -1);
  if (!KOREAN_CITIES.has(stem) && !KOREAN_PROVINCES.has(stem)) return null;
  return { name: word, kind: 'suffix', suffix: '대', stem, local: false };
}

/** "서울시", "부산시", "경기도", "강원도": a regional government written short (acting only in context). */
export function regionalGovernment(word: string): OrgWord | null {
  const last = word.slice(-1);
  const stem = word.slice(0, -1);
  if (last === '시' && KOREAN_CITIES.has(stem)) return { name: word, kind: 'suffix', suffix: '시', stem, local: true };
  if (last === '도' && KOREAN_PROVINCES.has(stem)) return { name: word, kind: 'suffix', suffix: '도', stem, local: true };
  return null;
}

/** Lexicon entry for a full name, if the name is a central-government body. */
export const lexiconEntry = (name: string): LexiconEntry | undefined => LEXICON_BY_NAME.get(name);
