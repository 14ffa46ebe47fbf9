/**
 * Title recognition over the tables in ./data/titles.ts: whole titles ("장관"), titles with a
 * rank modifier ("수석연구원", "공동대표"), and unit-head titles glued to their unit
 * ("복지실장", "해운물류국장", "서울시장").
 */
import { memoWord } from './korean/memo.js';
import { particleSplits } from './korean/particles.js';
import { KOREAN_CITIES, KOREAN_PROVINCES, COUNTRIES } from './korean/places.js';
import { TITLES, TITLE_MODIFIERS, UNIT_HEAD_TITLES } from './data/titles.js';

const HEADS_LONGEST_FIRST = [...UNIT_HEAD_TITLES].sort((a, b) => b.length - a.length);
const MODIFIERS: ReadonlySet<string> = new Set(TITLE_MODIFIERS);
/** Heads that are also ordinary nouns after an arbitrary prefix ("주식시장", "해외지사"): need a stricter prefix. */
const STRICT_HEADS: ReadonlySet<string> = new Set(['시장', '지사', '연구원', '교수', '대사', '의원', '연구위원', '대장']);
/**
 * Units whose head is a "대장" ("형사기동대장", "119구조대장"); other words in 대장 are registers
 * ("토지대장", "건축물대장") or ranks.
 */
const SQUAD_RE = /(?:기동|구조|구급|경비|특공|순찰|수사|소방|전투|특전|경호|정찰|수색|감시|봉사|의용소방)$/;
const PREFIX_RE = /^[가-힣]{2,12}$/;
/**
 * One-syllable prefixes that make a title: the administration's type word ("도의원", "시국장"),
 * branch words ("지회장", "분회장") and the short type word of a society ("협회장", "학회장").
 * Other one-syllable prefixes make names ("정관장", a company).
 */
const ONE_SYLLABLE_PREFIXES: ReadonlySet<string> = new Set(['도', '시', '군', '구', '지', '분', '협', '학']);

/** Does `prefix` + `head` make a title? */
function prefixedTitle(prefix: string, head: string): boolean {
  if (MODIFIERS.has(prefix)) return true;
  if (!PREFIX_RE.test(prefix) && !ONE_SYLLABLE_PREFIXES.has(prefix)) return false;
  if (!STRICT_HEADS.has(head)) return true;
  switch (head) {
    case '시장':
      return KOREAN_CITIES.has(prefix) || (prefix.endsWith('시') && prefix.length >= 2);
    case '지사':
      return KOREAN_PROVINCES.has(prefix) || prefix.endsWith('도');
    case '대사':
      return prefix.startsWith('주') && COUNTRIES.has(prefix.slice(1));
    case '대장':
      return SQUAD_RE.test(prefix);
    case '의원':
      return ['국회', '시', '도', '구', '군', '비례대표', '지역구'].includes(prefix);
    default:
      return false;
  }
}

/** The title a particle-free word is, or null. */
export const titleOf: (word: string) => string | null = memoWord(computeTitle);

function computeTitle(word: string): string | null {
  if (TITLES.has(word)) return word;
  for (const head of HEADS_LONGEST_FIRST) {
    if (word.length > head.length && word.endsWith(head) && prefixedTitle(word.slice(0, -head.length), head)) return word;
  }
  for (const m of MODIFIERS) {
    if (word.length > m.length && word.startsWith(m) && TITLES.has(word.slice(m.length))) return word;
  }
  return null;
}

export const isTitleWord = (word: string): boolean => titleOf(word) !== null;

/** The title a token holds, with its particle split off ("장관은" → 장관 + 은), or null. */
export const titleInToken: (token: string) => { title: string; particle: string } | null = memoWord(computeTitleInToken);

function computeTitleInToken(token: string): { title: string; particle: string } | null {
  for (const split of particleSplits(token)) {
    const title = titleOf(split.stem);
    if (title) return { title, particle: split.particle };
  }
  return null;
}
