/** English parsers, in tie-break order (an earlier parser wins a tie over the same span). */
import type { Parser } from '../common/types.js';
import { ENMonthNameLittleEndianParser } from './parsers/ENMonthNameLittleEndianParser.js';
import { ENMonthNameMiddleEndianParser } from './parsers/ENMonthNameMiddleEndianParser.js';
import { ENMonthOnlyParser } from './parsers/ENMonthOnlyParser.js';
import { ENMonthRangeParser } from './parsers/ENMonthRangeParser.js';
import { ENMonthYearParser } from './parsers/ENMonthYearParser.js';
import { ENOrdinalDayParser } from './parsers/ENOrdinalDayParser.js';
import { ENRelativeOrdinalParser } from './parsers/ENRelativeOrdinalParser.js';
import { ENTimeParser } from './parsers/ENTimeParser.js';
import { ENWeekdayParser } from './parsers/ENWeekdayParser.js';
import { ENYearPeriodParser } from './parsers/ENYearPeriodParser.js';

export const enParsers: readonly Parser[] = [
  ENMonthNameMiddleEndianParser,
  ENMonthNameLittleEndianParser,
  ENMonthYearParser,
  ENMonthRangeParser,
  ENYearPeriodParser,
  ENMonthOnlyParser,
  ENRelativeOrdinalParser,
  ENOrdinalDayParser,
  ENWeekdayParser,
  ENTimeParser,
];
