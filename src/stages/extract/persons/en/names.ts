/**
 * What a personal-name token looks like, and how far a name runs. Shared by the person parsers.
 */
import { COUNTRIES, DEMONYMS, INSTITUTION_WORDS, MONTHS, PLACES, WEEKDAYS } from '../../organizations/en/data.js';
import { isOrgHeadWord, STANDALONE_TITLE_WORDS } from '../../organizations/en/lexicon.js';
import { isKoreanGivenName, isKoreanNameAt } from '../../organizations/en/parsers/heads.js';
import type { Token } from '../../organizations/en/tokens.js';
import { KOREAN_SURNAMES, LOWERCASE_TITLES, NOT_NAME_WORDS, ROLE_NOUNS } from './data.js';

export { isKoreanGivenName, isKoreanNameAt };

/** Capitalized name shapes: "Kang", "Kyung-wha", "O'Brien", "McDonald", "Jean-Pierre", "Vejjajiva". */
const NAME_SHAPE = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Ll}+)?(?:-\p{L}[\p{Ll}\p{M}]*)*$/u;
/** Lower-case particles inside names: "bin", "van der", "da Silva". */
export const NAME_PARTICLES = new Set(['bin', 'binti', 'bint', 'al', 'el', 'van', 'der', 'den', 'de', 'da', 'dos', 'das', 'do', 'von', 'la', 'le', 'du', 'ibn', 'di', 'del', 'della', 'ter', 'na']);

export const isNameToken = (t: Token | undefined): boolean => !!t && t.kind === 'word' && isNameWord(t.text);

function isNameWord(w: string): boolean {
  if (!NAME_SHAPE.test(w)) return false;
  if (NOT_NAME_WORDS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w)) return false;
  if (COUNTRIES.has(w) || PLACES.has(w) || DEMONYMS.has(w)) return false;
  if (isOrgHeadWord(w)) return false;
  // Title and rank words ("Gen", "Pol", "Governor") are not part of a name.
  if (STANDALONE_TITLE_WORDS.has(w) && !KOREAN_SURNAMES.has(w)) return false;
  // "Farmer Nguyen Van Long": a role word capitalized at the start of a sentence.
  const lower = w.toLowerCase();
  if ((ROLE_NOUNS.has(lower) || LOWERCASE_TITLES.has(lower)) && !KOREAN_SURNAMES.has(w)) return false;
  // Subject words of institutions ("Interior", "Affairs") are not names, unless also a surname ("Han", "Song").
  if (INSTITUTION_WORDS.has(w) && !KOREAN_SURNAMES.has(w)) return false;
  // Hyphenated compounds of capitalized words ("Korea-Thailand") are not names, unless every part
  // could be a name on its own (a double surname: "Almonte-Reyes").
  if (/-\p{Lu}/u.test(w) && !isKoreanGivenName(w) && !isDoubleSurname(w)) return false;
  return true;
}

/** "Almonte-Reyes", "Lloyd-Jones": two capitalized parts, neither a place, a people or an institution word. */
function isDoubleSurname(w: string): boolean {
  const parts = w.split('-');
  return parts.length === 2 && parts.every((p) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(p) && isNameWord(p));
}

/** Two tokens in a name are separated by exactly one space. */
const adjacent = (a: Token, b: Token): boolean => b.start - a.end === 1 && a.para === b.para;

/**
 * The last token index of a name starting at `from` (or from − 1 when no name starts there).
 * A Korean surname + hyphenated given name is exactly two tokens ("Kim Boo-kyum"); other names
 * run over up to `max` name tokens, with lower-case particles inside.
 */
export function readName(tokens: readonly Token[], from: number, max = 5): number {
  // "S. Tanaka", "J. K. Rowling": initials before the name.
  const afterInitials = skipInitials(tokens, from);
  if (afterInitials > from) return isNameToken(tokens[afterInitials]) ? readName(tokens, afterInitials, max) : from - 1;
  if (!isNameToken(tokens[from])) return from - 1;
  if (isKoreanNameAt(tokens, from) && adjacent(tokens[from]!, tokens[from + 1]!)) return from + 1;
  let last = from;
  for (let k = from + 1; k < tokens.length && k - from < max; k++) {
    const t = tokens[k]!;
    if (!adjacent(tokens[k - 1]!, t)) break;
    // Another Korean name starts here ("Vice Minister Chin | Yoon Jong-in"): this name ends before it.
    if (isKoreanNameAt(tokens, k) && k + 1 <= from + max) break;
    if (isNameToken(t)) {
      last = k;
      continue;
    }
    if (NAME_PARTICLES.has(t.text) && isNameToken(tokens[k + 1]) && adjacent(t, tokens[k + 1]!)) continue;
    // A given-name syllable spelled like a month between two name words: "Lim Jun Hao", "Tan May Ling".
    if (MONTHS.has(t.text) && isNameToken(tokens[k + 1]) && adjacent(t, tokens[k + 1]!)) continue;
    // A nickname in quotes inside the name: "Pimpaka “Ploy” Chaiwattana".
    const nick = quotedNickname(tokens, k);
    if (nick > k && isNameToken(tokens[nick + 1]) && adjacent(tokens[nick]!, tokens[nick + 1]!)) {
      k = nick;
      continue;
    }
    // A middle initial: "Antonio M. Lagdameo".
    const dot = tokens[k + 1];
    if (/^\p{Lu}$/u.test(t.text) && dot?.text === '.' && dot.start === t.end && isNameToken(tokens[k + 2]) && adjacent(dot, tokens[k + 2]!)) {
      k += 1;
      continue;
    }
    break;
  }
  return last;
}

/** Past one or more initials ("S.", "S. K.") starting at i: the index after them, or i when there are none. */
export function skipInitials(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k - i < 6) {
    const t = tokens[k];
    const dot = tokens[k + 1];
    const next = tokens[k + 2];
    if (!t || !dot || !next || t.kind !== 'word' || !/^\p{Lu}$/u.test(t.text) || dot.text !== '.' || dot.start !== t.end || !adjacent(dot, next)) break;
    k += 2;
  }
  return k;
}

const OPEN_QUOTES = new Set(['“', '"', '‘', "'"]);
const CLOSE_QUOTES = new Set(['”', '"', '’', "'"]);

/** A one-word nickname in quotes starting at i (the opening quote): the index of the closing quote, or -1. */
export function quotedNickname(tokens: readonly Token[], i: number): number {
  const open = tokens[i];
  const word = tokens[i + 1];
  const close = tokens[i + 2];
  if (!open || !word || !close || !OPEN_QUOTES.has(open.text) || !CLOSE_QUOTES.has(close.text)) return -1;
  if (word.start !== open.end || close.start !== word.end || !NAME_SHAPE.test(word.text)) return -1;
  return i + 2;
}

/** The first token index of a name ending at `to` (or to + 1 when none ends there). */
export function readNameBackward(tokens: readonly Token[], to: number, max = 4): number {
  if (!isNameToken(tokens[to])) return to + 1;
  if (to >= 1 && isKoreanNameAt(tokens, to - 1) && adjacent(tokens[to - 1]!, tokens[to]!)) return to - 1;
  let first = to;
  let words = 1;
  for (let k = to - 1; k >= 0 && words < max; k--) {
    const t = tokens[k]!;
    if (!adjacent(t, tokens[k + 1]!)) break;
    if (isNameToken(t)) {
      first = k;
      words += 1;
      continue;
    }
    if (NAME_PARTICLES.has(t.text) && isNameToken(tokens[k - 1]) && adjacent(tokens[k - 1]!, t)) continue;
    // "Lim Jun Hao": a month-like given-name syllable between two name words.
    if (MONTHS.has(t.text) && isNameToken(tokens[k - 1]) && adjacent(tokens[k - 1]!, t)) continue;
    // "Ramon D. Castillejos": a middle initial (the dot, then the letter) after a name word.
    const initial = tokens[k - 1];
    if (t.text === '.' && initial && /^\p{Lu}$/u.test(initial.text) && initial.end === t.start && isNameToken(tokens[k - 2]) && adjacent(tokens[k - 2]!, initial)) {
      k -= 1;
      continue;
    }
    break;
  }
  return first;
}

/** Is this a Korean-order name (surname first)? Then its surname is the first token. */
export function isKoreanOrder(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !KOREAN_SURNAMES.has(words[0]!)) return false;
  return words.length === 2 || words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,5}$/u.test(w)) || isKoreanGivenName(words[1]!);
}
