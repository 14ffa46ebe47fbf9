/**
 * What one document tells about its own organizations, gathered in one linear pass before the
 * word rules run (used by the organization parsers and by the person rules):
 * - cities outside the city table that the document treats as administrations: "당진시" counts
 *   when the same document also names its mayor, city hall or council ("당진시장", "당진시청",
 *   "당진시의회") or one of its officials ("안동시 산림과장"). "주식시장" never makes "주식시" a
 *   city: no "주식시" word stands alone.
 * - short forms introduced in brackets after an organization ("한국전력공사(한전)"): such a word is
 *   the organization, never a person with the same shape ("한전 관계자", "한전 본부장").
 */
import type { Token } from '../../persons/ko/korean/hangul.js';
import { isSpaceGap } from '../../persons/ko/korean/hangul.js';
import { titleInToken } from '../../persons/ko/titles.js';
import { particleSplits } from '../../persons/ko/korean/particles.js';
import { bracketShortForm } from './parsers/brackets.js';
import { orgInToken } from './parsers/orgWords.js';
import { CITY_EVIDENCE_TAILS, NOT_CITY_STEMS } from './data/cues.js';

export interface KoreanDocContext {
  /** "당진시": cities the document shows acting as administrations. */
  cities: ReadonlySet<string>;
  /** "한전": Hangul short forms tied to an organization by a bracket. */
  shortForms: ReadonlySet<string>;
}

/** A two-syllable city name with its type word ("당진시", "아산시"). */
const CITY_RE = /^[가-힣]{2}시$/;
const EVIDENCE_RE = new RegExp(`^([가-힣]{2})시(?:${CITY_EVIDENCE_TAILS.join('|')})$`);

export function documentContext(text: string, tokens: readonly Token[]): KoreanDocContext {
  const standing = new Set<string>(); // "당진시" written as a word of its own (any particle)
  const evidence = new Set<string>(); // "당진시" from "당진시장", "당진시청", "당진시의회"
  const shortForms = new Set<string>();
  for (const t of tokens) {
    // "안동시 산림과장": the city an official serves.
    const next = tokens[t.index + 1];
    if (CITY_RE.test(t.text) && next && isSpaceGap(next.gap) && titleInToken(next.text)) evidence.add(t.text);
    for (const split of particleSplits(t.text)) {
      const stem = split.stem;
      if (CITY_RE.test(stem) && !NOT_CITY_STEMS.has(stem.slice(0, 2))) standing.add(stem);
      const m = EVIDENCE_RE.exec(stem);
      if (m && !NOT_CITY_STEMS.has(m[1]!)) evidence.add(`${m[1]}시`);
    }
    if (text[t.end] === '(') {
      const hit = orgInToken(t.text);
      if (hit && hit.particle === '') {
        const short = bracketShortForm(text, t.end, hit.org.name);
        if (short) shortForms.add(short);
      }
    }
  }
  const cities = new Set<string>();
  for (const c of standing) if (evidence.has(c)) cities.add(c);
  return { cities, shortForms };
}
