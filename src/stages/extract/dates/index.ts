/**
 * Date extraction for English, Korean and Thai, modelled on chrono: per-locale parsers (one small
 * parser per surface pattern, tables in `<lang>/data.ts`) and shared refiners in `common/`.
 *
 * Every locale's parsers run over the whole text (a Thai article quotes Latin dates and vice versa);
 * `lang` only breaks ties for ambiguous forms (dd/mm vs mm/dd, a bare Buddhist-era year).
 * Offsets are UTF-16 code units into `text`; `text.slice(start, end) === entity.text`.
 */
import type { DateEntity } from '../../../schema/record.js';
import type { DateExtractOptions } from '../../types.js';
import { byStart } from './common/candidate.js';
import { parseAnchor } from './common/calendar.js';
import { foldDigits } from './common/numbers.js';
import { scan } from './common/pattern.js';
import { commonParsers } from './common/parsers/index.js';
import { latestFullDate } from './common/refiners/anchor.js';
import { attachTimes } from './common/refiners/attachTimes.js';
import { dropNumberLike } from './common/refiners/dropNumberLike.js';
import { dropWeekdaysNextToDates } from './common/refiners/dropWeekdays.js';
import { mergeRanges } from './common/refiners/mergeRanges.js';
import { removeOverlaps, type Match } from './common/refiners/removeOverlaps.js';
import { resolveDates } from './common/refiners/resolve.js';
import { resolveNumericOrder } from './common/refiners/resolveNumericOrder.js';
import { tenseCues } from './common/refiners/tenseCues.js';
import { finalize } from './common/finalize.js';
import type { Candidate, ParsingContext, Parser, RefineContext } from './common/types.js';
import { enParsers } from './en/index.js';
import { koParsers } from './ko/index.js';
import { thParsers } from './th/index.js';

/** All parsers, in tie-break order: specific locale patterns before the generic numeric ones. */
export const PARSERS: readonly Parser[] = [...koParsers, ...thParsers, ...enParsers, ...commonParsers];

/** Runs every parser over the text: one match per parser hit (a range is one match of two candidates). */
export function parseCandidates(ctx: ParsingContext): Match[] {
  const matches: Match[] = [];
  PARSERS.forEach((parser, rank) => {
    for (const m of scan(parser.pattern, ctx.src)) {
      const items = parser.extract(ctx, m);
      if (!items || items.length === 0) continue;
      let start = Number.POSITIVE_INFINITY;
      let end = 0;
      for (const c of items) {
        start = Math.min(start, c.start);
        end = Math.max(end, c.end);
      }
      matches.push({ start, end, items, rank });
    }
  });
  return matches;
}

export interface DateExtractOptionsWithTimes extends DateExtractOptions {
  /** Attach times to their dates ("12월 3일 오후 2시" → "2024-12-03T14:00"). Default false. */
  times?: boolean;
}

export function extractDates(text: string, options: DateExtractOptionsWithTimes): DateEntity[] {
  if (text.length === 0) return [];
  const ctx: ParsingContext = { text, src: foldDigits(text), lang: options.lang };
  let candidates: Candidate[] = removeOverlaps(parseCandidates(ctx)).sort(byStart);
  const given = parseAnchor(options.anchor);
  const rctx: RefineContext = { ...ctx, anchor: given, anchorGiven: given !== null, times: options.times === true };
  candidates = mergeRanges(candidates, rctx);
  candidates = dropNumberLike(candidates, rctx);
  candidates = attachTimes(candidates, rctx);
  candidates = dropWeekdaysNextToDates(candidates, rctx);
  candidates = resolveNumericOrder(candidates, rctx);
  if (!given) rctx.anchor = latestFullDate(candidates);
  candidates = tenseCues(candidates, rctx);
  candidates = resolveDates(candidates, rctx).sort(byStart);
  return finalize(candidates, text);
}

export type { DateEntity };
