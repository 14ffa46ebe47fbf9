/**
 * Parser: a name with the person's age in brackets glued to it, and no title: "양효린(31·정관장)도",
 * "박민수(45)는". Korean news introduces athletes, suspects and residents this way; an age (with
 * an affiliation after a middle dot) is a person's, so the word before is a name when it has
 * the typical shape and a common surname.
 */
import type { Token } from '../korean/hangul.js';
import { isTypicalName, personName } from '../name.js';
import type { PersonCandidate } from '../types.js';

/** "(31)", "(31세)", "(31·정관장)", "(여·31)". */
const AGE_BRACKET_RE = /^\((?:[남여]\s*[·,]\s*)?([1-9][0-9]?)세?(?:\s*[·,]\s*[^()]{1,20})?\)/;

export function parseNameWithAge(text: string, tokens: readonly Token[]): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (const t of tokens) {
    if (text[t.end] !== '(' || !AGE_BRACKET_RE.test(text.slice(t.end, t.end + 26))) continue;
    const name = personName(t.text);
    if (!name || name.rare || !isTypicalName(name)) continue;
    out.push({ name: name.name, start: t.start, end: t.end, titles: [], surname: name.surname });
  }
  return out;
}
