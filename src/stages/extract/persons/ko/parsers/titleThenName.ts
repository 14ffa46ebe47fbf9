/**
 * Parser: a role followed by the name, "외교부 장관 조태열은", "(장관 정하윤)",
 * "(부총리 겸 교육부 장관 서민재)". The role is the weaker cue ("장관 방문단", "대표 선수"), so
 * the name must have the typical shape and must not begin with an ordinary noun; a two-syllable
 * name, or a name after a title that is also a common noun ("시장 기대치"), is taken only when the
 * role and name fill a bracket on their own.
 */
import type { Token } from '../korean/hangul.js';
import { isSpaceGap } from '../korean/hangul.js';
import { BYLINE_TITLES, NOUN_LIKE_TITLES } from '../data/titles.js';
import { isTypicalName, nameInToken, startsWithNoun } from '../name.js';
import { titleOf } from '../titles.js';
import { followedByPhone } from '../contact.js';
import type { PersonCandidate } from '../types.js';

/** Honorifics follow a name; they never introduce one. */
const NOT_BEFORE_NAME: ReadonlySet<string> = new Set(['씨', '님', '여사', ...BYLINE_TITLES]);

export function parseTitleThenName(text: string, tokens: readonly Token[]): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const title = titleOf(t.text);
    if (!title || NOT_BEFORE_NAME.has(title)) continue;
    const next = tokens[i + 1]!;
    if (!isSpaceGap(next.gap)) continue;
    const hit = nameInToken(next.text);
    if (!hit) continue;
    const { name, particle } = hit;
    if (followedByPhone(text, next.start + name.name.length)) continue; // a contact line
    const closesBracket = particle === '' && text[next.end] === ')';
    if (!closesBracket && (NOUN_LIKE_TITLES.has(title) || !isTypicalName(name) || name.rare || startsWithNoun(name))) continue;
    out.push({ name: name.name, start: next.start, end: next.start + name.name.length, titles: [title], surname: name.surname });
  }
  return out;
}
