/** Locale-independent parsers: numeric dates, bare years, 24-hour times. */
import type { Parser } from '../types.js';
import { BareYearParser, SplitYearParser, YearRangeParser } from './BareYearParser.js';
import { DottedYearMonthParser, ISODateParser } from './ISODateParser.js';
import { SlashDateParser } from './SlashDateParser.js';
import { TimeParser } from './TimeParser.js';

export const commonParsers: readonly Parser[] = [
  ISODateParser,
  SlashDateParser,
  DottedYearMonthParser,
  YearRangeParser,
  SplitYearParser,
  BareYearParser,
  TimeParser,
];
