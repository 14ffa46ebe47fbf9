/** 24-hour clock times "14:05" (any locale). Only kept when attached to a date. */
import { int } from '../numbers.js';
import { scanner } from '../pattern.js';
import type { Parser } from '../types.js';

export const TimeParser: Parser = {
  name: 'Time24',
  pattern: scanner(String.raw`(?<![\d.:])(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:]|\.\d)`),
  extract(_ctx, m) {
    const hour = int(m.groups?.h) as number;
    const minute = int(m.groups?.mi) as number;
    const end = m.index + m[0].length;
    return [
      {
        kind: 'time',
        start: m.index,
        end,
        parts: { hour, minute },
        written: { hour, minute },
        unit: 'minute',
        calendar: 'gregorian',
        parser: this.name,
      },
    ];
  },
};
