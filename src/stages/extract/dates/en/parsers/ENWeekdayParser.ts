/**
 * A weekday ("Tuesday", "on Monday", "last Friday"): a date only next to a dated anchor (the
 * publication date); resolved to the nearest such day, leaning to the recent past. Named days
 * ("Black Friday") are not dates; a weekday written next to a date ("Tuesday, Dec. 10") is dropped
 * in favour of that date by `dropWeekdaysNextToDates`.
 */
import { scanner } from '../../common/pattern.js';
import type { Parser } from '../../common/types.js';
import { NAMED_DAY_PREFIXES, RELATIVE_MODIFIERS, WEEKDAYS } from '../data.js';
import { S, WEEKDAY } from './shared.js';

const NAMED = new RegExp(`(?:${NAMED_DAY_PREFIXES.join('|')})[ \\t]{1,2}$`);

export const ENWeekdayParser: Parser = {
  name: 'ENWeekday',
  pattern: scanner(`(?<![A-Za-z])(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)${S}{1,2})?(?<w>${WEEKDAY.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}]`)})(?![A-Za-z])`),
  extract(ctx, m) {
    const g = m.groups ?? {};
    if (NAMED.test(ctx.src.slice(Math.max(0, m.index - 10), m.index))) return null;
    const weekday = WEEKDAYS[(g.w as string).toLowerCase()] as number;
    const dir = g.rel ? RELATIVE_MODIFIERS[g.rel.toLowerCase()] : undefined;
    const end = m.index + m[0].length;
    return [
      {
        kind: 'weekday',
        start: m.index,
        end,
        parts: {},
        written: {},
        unit: 'day',
        calendar: 'gregorian',
        weekday,
        direction: dir === 'nearest' ? undefined : dir,
        parser: this.name,
      },
    ];
  },
};
