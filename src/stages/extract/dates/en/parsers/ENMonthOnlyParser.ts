/**
 * A month by its full name, without day or year: "in June", "between April and June", "mid-June",
 * "last December", "June last year", "the June start date". Needs a preposition or modifier in front, or
 * "the" and a noun the month modifies after it (June is also a name).
 */
import { dateCandidate } from '../../common/candidate.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { MONTH_CONTEXT_BEFORE, MONTH_MODIFIED_NOUNS, RELATIVE_MODIFIERS, RELATIVE_YEARS, isCapitalized, monthOf } from '../data.js';
import { MONTH_FULL, S } from './shared.js';
import { alternation } from '../../common/pattern.js';

const CONTEXT = alternation(MONTH_CONTEXT_BEFORE.filter((w) => !['early', 'mid', 'late', 'last', 'next', 'this'].includes(w)));
const REL = alternation(Object.keys(RELATIVE_MODIFIERS));
const REL_YEAR = alternation(Object.keys(RELATIVE_YEARS));
const MODIFIED = alternation(MONTH_MODIFIED_NOUNS);
const PERIOD = alternation(['early', 'mid', 'late', 'end', 'the end of', 'end of', 'the beginning of', 'beginning of', 'the start of', 'start of', 'the middle of', 'middle of']);

export const ENMonthOnlyParser: Parser = {
  name: 'ENMonthOnly',
  pattern: scanner(
    `(?<![A-Za-z])(?:(?<rel>${REL})${S}{1,2}|(?<per>${PERIOD})(?:-|${S}{1,2})|(?<=(?:^|[^A-Za-z])${CONTEXT}${S}{1,2})` +
      // "the June start date": the month as a modifier of the noun after it.
      `|(?<=(?:^|[^A-Za-z])the${S}{1,2})(?=${MONTH_FULL}${S}{1,2}${MODIFIED}(?![A-Za-z])))` +
      `(?<m>${MONTH_FULL})(?![A-Za-z])(?!${S}{0,2}\\d)(?:,?${S}{1,2}(?<ry>${REL_YEAR})(?![A-Za-z]))?`,
    'i',
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    if (!isCapitalized(g.m as string)) return null;
    const month = monthOf(g.m as string) as number;
    const c = dateCandidate(this.name, m.index, m.index + m[0].length, { month });
    if (g.ry !== undefined) c.yearOffset = RELATIVE_YEARS[g.ry.toLowerCase().replace(/\s+/g, ' ')];
    else if (g.rel !== undefined) {
      const dir = RELATIVE_MODIFIERS[g.rel.toLowerCase()];
      if (dir === 'nearest') c.yearOffset = 0;
      else c.direction = dir;
    }
    return [c];
  },
};
