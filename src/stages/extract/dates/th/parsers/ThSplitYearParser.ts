/** A split (fiscal or crop) year: "ปี 2567/68", "ปีงบประมาณ 2567/2568", "ฤดูกาล 2566/67": both years, as a range. */
import { dateCandidate, link } from '../../common/candidate.js';
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { thaiYear } from './year.js';
import { ERA, S } from './shared.js';
import { alternation } from '../../common/pattern.js';
import { YEAR_LABELS } from '../data.js';

const LABEL = alternation(YEAR_LABELS);

export const ThSplitYearParser: Parser = {
  name: 'ThSplitYear',
  pattern: scanner(
    `(?:ปี(?:${LABEL})?|ฤดูกาล|ฤดู)${S}{0,2}(?:${ERA}${S}{0,2})?(?<y>\\d{4})/(?<y2>\\d{4}|\\d{2})(?![\\d]|[./]\\d)`,
  ),
  extract(_ctx, m) {
    const g = m.groups ?? {};
    const a = thaiYear(g.y as string, g.era);
    if (!a) return null;
    const raw2 = (g.y2 as string).length === 2 ? `${(g.y as string).slice(0, 2)}${g.y2 as string}` : (g.y2 as string);
    const b = thaiYear(raw2, g.era);
    if (!b || b.year !== a.year + 1) return null;
    const s2 = m.indices?.groups?.y2 as [number, number];
    const first = dateCandidate(this.name, m.index, s2[0] - 1, { year: a.year }, { calendar: a.calendar });
    const second = dateCandidate(this.name, s2[0], s2[1], { year: b.year }, { calendar: b.calendar });
    link(first, second, true);
    return [first, second];
  },
};
