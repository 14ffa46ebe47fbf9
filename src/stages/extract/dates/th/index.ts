/** Thai parsers, in tie-break order. */
import type { Parser } from '../common/types.js';
import { ThDateParser } from './parsers/ThDateParser.js';
import { ThDayParser } from './parsers/ThDayParser.js';
import { ThMonthRangeParser } from './parsers/ThMonthRangeParser.js';
import { ThMonthOnlyParser } from './parsers/ThMonthOnlyParser.js';
import { ThMonthYearParser } from './parsers/ThMonthYearParser.js';
import { ThSplitYearParser } from './parsers/ThSplitYearParser.js';
import { ThTimeParser } from './parsers/ThTimeParser.js';
import { ThYearParser } from './parsers/ThYearParser.js';

export const thParsers: readonly Parser[] = [
  ThDateParser,
  ThMonthYearParser,
  ThMonthRangeParser,
  ThSplitYearParser,
  ThYearParser,
  ThMonthOnlyParser,
  ThDayParser,
  ThTimeParser,
];
