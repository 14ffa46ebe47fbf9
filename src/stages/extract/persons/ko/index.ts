/**
 * Korean person extraction. Parsers (one per surface pattern) propose names with their cue; the
 * coreference refiner adds later mentions and "정 장관"-style aliases and groups them into one
 * entity per person. Rules live in ./parsers, tables in ./data, shared Korean text handling in
 * ./korean (also used by the Korean organization rules).
 *
 * Parsers:
 * - nameThenTitle   "홍길동 장관은", "오세준 산업부 장관", "박순자(78) 씨"
 * - titleThenName   "(장관 정하윤)", "외교부 장관 조태열은"
 * - gluedHonorific  "홍길동씨는"
 * - nameWithAge     "양효린(31·정관장)도"
 * - foreignName     "쁘라팟 찬타웡 태국 교육부 장관"
 * - latinName       "Kim Boo-kyum 장관"
 */
import type { PersonEntity, Span } from '../../../../schema/record.js';
import { tokenize } from './korean/hangul.js';
import { parseForeignNames } from './parsers/foreignName.js';
import { parseGluedHonorific } from './parsers/gluedHonorific.js';
import { parseNameWithAge } from './parsers/nameWithAge.js';
import { parseLatinNames } from './parsers/latinName.js';
import { parseNameThenTitle } from './parsers/nameThenTitle.js';
import { parseTitleThenName } from './parsers/titleThenName.js';
import { resolvePersons } from './refiners/coreference.js';
import type { PersonCandidate } from './types.js';
import { documentContext } from '../../organizations/ko/context.js';
import { findOrganizations } from '../../organizations/ko/index.js';

/**
 * A word inside a longer name found by another parser is part of that name ("이시바" in
 * "이시바 시게루"), not a person of its own: drop it.
 */
function dropInsideLonger(candidates: PersonCandidate[]): PersonCandidate[] {
  const long = candidates.filter((c) => c.name.includes(' ')).sort((a, b) => a.start - b.start);
  if (long.length === 0) return candidates;
  return candidates.filter((c) => {
    if (c.name.includes(' ')) return true;
    // Binary search for the last long candidate starting at or before c.
    let lo = 0;
    let hi = long.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (long[mid]!.start <= c.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const outer = at >= 0 ? long[at] : undefined;
    return !(outer && c.end <= outer.end && outer.end - outer.start > c.end - c.start);
  });
}

export function findPersons(text: string, spans: Span[]): PersonEntity[] {
  const tokens = tokenize(text, spans);
  const context = documentContext(text, tokens);
  // Names and short forms of the document's organizations: a word between a foreign name and its
  // title may be one ("조너선 리드 랩센트럴 최고운영책임자"), and none of them is a person.
  const orgNames = new Set(findOrganizations(text, spans).flatMap((o) => [o.name, ...o.aliases]));
  const found = dropInsideLonger([
    ...parseNameThenTitle(text, tokens, context),
    ...parseTitleThenName(text, tokens),
    ...parseGluedHonorific(tokens),
    ...parseNameWithAge(text, tokens),
    ...parseForeignNames(text, tokens, orgNames),
    ...parseLatinNames(text, tokens),
  ]);
  // "한전" of "한국전력공사(한전)" has a name's shape but is the organization's short form.
  const candidates = found.filter((c) => !context.shortForms.has(c.name) && !orgNames.has(c.name));
  return resolvePersons(text, tokens, candidates);
}
