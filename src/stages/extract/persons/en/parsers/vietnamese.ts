/**
 * Parser: Vietnamese full names by their shape, wherever they stand.
 *
 *   "Nguyễn Văn Phúc, who farms …"     family name + two or three one-syllable words
 *   "Phan Thị Mỹ Hạnh, a planner …"
 *   "Nguyen Van Long said"              unaccented, with a family name found only in Vietnamese
 *
 * A name followed by another capitalized word is part of a longer proper noun ("Lê Lợi Street",
 * "Hồ Chí Minh City", "Nguyễn Tất Thành University") and is left alone. Later mentions by the
 * given name ("Phúc said") join through the coreference refiner.
 */
import { isOrgWord } from '../../../organizations/en/lexicon.js';
import type { Token } from '../../../organizations/en/tokens.js';
import { VIETNAMESE_NAME_LIKE_PLACES, VIETNAMESE_SURNAMES, VIETNAMESE_SURNAMES_ASCII } from '../data.js';
import { isNameToken } from '../names.js';
import type { PersonCandidate, PersonContext } from '../types.js';

/** One Vietnamese syllable, capitalized: "Văn", "Thị", "Ánh", "Nghĩa". */
const SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]{0,6}$/u;
const NON_ASCII = /[^\u0000-\u007f]/;

const syllable = (t: Token | undefined): boolean => !!t && t.kind === 'word' && SYLLABLE.test(t.text) && (isNameToken(t) || /^\p{Lu}$/u.test(t.text));
const adjacent = (a: Token, b: Token): boolean => b.start - a.end === 1 && a.para === b.para;

export function parseVietnameseNames(ctx: PersonContext): PersonCandidate[] {
  const { tokens, text } = ctx;
  const out: PersonCandidate[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !(VIETNAMESE_SURNAMES.has(t.text) || VIETNAMESE_SURNAMES_ASCII.has(t.text))) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i < 3 && syllable(tokens[last + 1]) && adjacent(tokens[last]!, tokens[last + 1]!)) last += 1;
    if (last - i < 2) continue;
    // Part of a longer proper noun: a street, a city, a school named after someone.
    const after = tokens[last + 1];
    if (after && adjacent(tokens[last]!, after) && isOrgWord(after)) continue;
    const before = tokens[i - 1];
    if (before && before.para === t.para && (before.text === 'the' || before.text === 'The')) continue;
    const name = text.slice(t.start, tokens[last]!.end);
    if (VIETNAMESE_NAME_LIKE_PLACES.has(name)) continue;
    if (!VIETNAMESE_SURNAMES_ASCII.has(t.text) && !NON_ASCII.test(name)) continue;
    out.push({ start: t.start, end: tokens[last]!.end, first: i, last, titles: [], strength: 'strong', parser: 'vietnamese-name' });
    i = last;
  }
  return out;
}
