/**
 * Parser: a romanized name inside Korean text with a title after it, "Kim Boo-kyum 장관",
 * "John Smith 대사". Two or three capitalized words; all-capital words are acronyms, not names.
 */
import type { Token } from '../korean/hangul.js';
import { isSpaceGap } from '../korean/hangul.js';
import { titleInToken } from '../titles.js';
import type { PersonCandidate } from '../types.js';

const NAME_WORD_RE = /^[A-Z][a-z]+(?:-[a-z]+)?$/;

export function parseLatinNames(text: string, tokens: readonly Token[]): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (!isSpaceGap(tokens[k]!.gap)) continue;
    const title = titleInToken(tokens[k]!.text);
    if (!title) continue;
    let n = k;
    while (n > 0 && k - n < 3 && NAME_WORD_RE.test(tokens[n - 1]!.text) && (n === k || isSpaceGap(tokens[n]!.gap))) n--;
    if (k - n < 2) continue;
    const first = tokens[n]!;
    const last = tokens[k - 1]!;
    out.push({ name: text.slice(first.start, last.end), start: first.start, end: last.end, titles: [title.title], foreign: true });
  }
  return out;
}
