/** Korean parsers, in tie-break order. */
import type { Parser } from '../common/types.js';
import { KoDayParser } from './parsers/KoDayParser.js';
import { KoDottedDateParser } from './parsers/KoDottedDateParser.js';
import { KoDottedMonthDayParser } from './parsers/KoDottedMonthDayParser.js';
import { KoMonthDayParser } from './parsers/KoMonthDayParser.js';
import { KoRelativeDayParser } from './parsers/KoRelativeDayParser.js';
import { KoTimeParser } from './parsers/KoTimeParser.js';
import { KoYearParser } from './parsers/KoYearParser.js';

export const koParsers: readonly Parser[] = [
  KoMonthDayParser,
  KoYearParser,
  KoRelativeDayParser,
  KoDottedDateParser,
  KoDottedMonthDayParser,
  KoDayParser,
  KoTimeParser,
];
