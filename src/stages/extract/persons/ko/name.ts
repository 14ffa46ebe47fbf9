/**
 * What a Korean personal name looks like: a surname from the tables, then a given name of one or
 * two syllables ("정하윤", "남궁민수", "김민"). Common nouns that look like names are refused
 * (../data/stopwords.ts), as are words the organization rules claim ("노동부") and titles.
 */
import { recognizeOrgWord, regionalGovernment } from '../../organizations/ko/recognize.js';
import { COMMON_SURNAMES, RARE_SURNAMES, TWO_SYLLABLE_SURNAMES } from './data/surnames.js';
import { NOT_NAMES, NOUN_PREFIXES } from './data/stopwords.js';
import { memoWord } from './korean/memo.js';
import { particleSplits } from './korean/particles.js';
import { COUNTRIES, KOREAN_CITIES } from './korean/places.js';
import { isTitleWord } from './titles.js';

export interface KoreanName {
  name: string;
  surname: string;
  given: string;
  /** The surname is a rare one that also starts ordinary words. */
  rare: boolean;
}

const HANGUL_RE = /^[가-힣]{2,4}$/;
/** Final syllables that are verb endings or particles, never the end of a given name. */
const NOT_NAME_FINALS: ReadonlySet<string> = new Set([
  '된', '던', '될', '는', '을', '를', '에', '께', '며', '고', '요', '했', '됐', '겠', '듯', '와', '과', '의',
  // a city's type word ("안동시 산림과장"): given names hardly ever end in 시
  '시',
]);

/** Splits a word into surname + given name when it has the shape of a name (no other checks). */
export function nameShape(word: string): KoreanName | null {
  if (!HANGUL_RE.test(word)) return null;
  const two = word.slice(0, 2);
  if (word.length >= 3 && TWO_SYLLABLE_SURNAMES.has(two)) {
    return { name: word, surname: two, given: word.slice(2), rare: false };
  }
  if (word.length > 3) return null; // a one-syllable surname with a three-syllable given name: too rare to guess
  if (TWO_SYLLABLE_SURNAMES.has(word)) return null; // "황보 선수": a surname alone
  const one = word[0]!;
  const common = COMMON_SURNAMES.has(one);
  if (!common && !RARE_SURNAMES.has(one)) return null;
  return { name: word, surname: one, given: word.slice(1), rare: !common };
}

/** A name-shaped word that is no common noun, title, place or organization. */
export const personName: (word: string) => KoreanName | null = memoWord(computePersonName);

function computePersonName(word: string): KoreanName | null {
  const shape = nameShape(word);
  if (!shape) return null;
  if (NOT_NAMES.has(word) || COUNTRIES.has(word) || KOREAN_CITIES.has(word) || isTitleWord(word)) return null;
  // "서울대", "부산시": a city name opens it.
  if (KOREAN_CITIES.has(word.slice(0, 2))) return null;
  if (recognizeOrgWord(word) || regionalGovernment(word)) return null;
  // Verb and adnominal endings never end a given name ("설립된", "참석한" is left to the tables).
  if (NOT_NAME_FINALS.has(word[word.length - 1]!)) return null;
  // "김모(52)씨": an anonymized person ("Kim so-and-so"), not a name.
  if (shape.given === '모') return null;
  return shape;
}

/** Typical length: three syllables (1 + 2) or a two-syllable surname with one or two more. */
export const isTypicalName = (n: KoreanName): boolean => n.given.length === 2 || (n.surname.length === 2 && n.given.length >= 1);

/** Weak cues ("장관 X"): the first two syllables must not be an ordinary noun ("방문단"). */
export const startsWithNoun = (n: KoreanName): boolean => NOUN_PREFIXES.has(n.name.slice(0, 2));

/**
 * The name a token holds when particles may follow it ("정하윤이", "한도윤은"): among the splits
 * that give a name, the most typical one; "이하나" stays whole rather than "이하" + "나".
 */
export const nameInToken: (token: string) => { name: KoreanName; particle: string } | null = memoWord(computeNameInToken);

function computeNameInToken(token: string): { name: KoreanName; particle: string } | null {
  let best: { name: KoreanName; particle: string } | null = null;
  for (const split of particleSplits(token)) {
    const name = personName(split.stem);
    if (!name) continue;
    if (!best || (isTypicalName(name) && !isTypicalName(best.name))) best = { name, particle: split.particle };
  }
  return best;
}
