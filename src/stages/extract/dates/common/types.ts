/**
 * Internal model of the date extractor, modelled on chrono: parsers turn surface patterns into
 * candidates (what was written), refiners link, resolve and filter them, and `finalize` turns the
 * survivors into `DateEntity` records.
 */
import type { DateEntity } from '../../../../schema/record.js';

export type Calendar = DateEntity['calendar'];

/** Which way a partial date resolves from the anchor: nearest occurrence, or strictly before / after. */
export type Direction = 'nearest' | 'past' | 'future';

/** Date parts. Years are always Gregorian here (Buddhist-era years are converted by the parser). */
export interface Parts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/** The finest unit a candidate names. */
export type Unit = 'year' | 'month' | 'day' | 'minute';

export interface Candidate {
  start: number;
  end: number;
  /** `time` candidates only survive attached to a date; `weekday` ones only with a dated anchor. */
  kind: 'date' | 'time' | 'weekday';
  /** What the text states (after era conversion). */
  parts: Parts;
  /** The parts exactly as written, before any resolution (for `partial`). */
  written: Parts;
  unit: Unit;
  calendar: Calendar;
  /** Period qualifier that changes the precision but not the value ("2024년 상반기" → half). */
  period?: 'half' | 'quarter';
  /** Year relative to the anchor's year ("지난해 12월" → -1). */
  yearOffset?: number;
  /** Month relative to the anchor's month ("지난달 23일" → -1, "다음 달 12일" → +1). */
  monthOffset?: number;
  /** How a missing year/month resolves against the anchor. */
  direction?: Direction;
  /** Tense of the sentence (see tenseCues): the other side's distance counts double. */
  lean?: 'past' | 'future';
  /**
   * A day without a month ("the 23rd", "10일", "วันที่ 5"): where the month comes from.
   * `document`: the last month named before it; `sentence`: a month named earlier in the same
   * sentence, else the anchor; `anchor`: only the anchor (지난 3일 / 오는 15일).
   */
  dayContext?: 'document' | 'sentence' | 'anchor';
  /** 0 = Sunday … 6 = Saturday (weekday candidates). */
  weekday?: number;
  /** Numeric dates whose day/month order is unknown: the other reading. */
  alternative?: Parts;
  /** For numeric d/m/y dates: the order the parser assumed and whether the numbers force it. */
  order?: { kind: 'dmy' | 'mdy'; forced: boolean };
  ambiguous?: boolean;
  /** Linked endpoint (range, or list "June and July 2020" that shares missing parts). */
  link?: { other: Candidate; role: 'start' | 'end'; range: boolean };
  /** Set by the resolver when the value could be computed. */
  resolved?: Parts;
  /** Set by `finalize` on the candidates it outputs (so a link to a dropped endpoint is ignored). */
  final?: boolean;
  /** Range id given by `finalize`. */
  rangeId?: string;
  parser: string;
}

/** What every parser and refiner sees. */
export interface ParsingContext {
  /** The original text (offsets and surface forms come from here). */
  readonly text: string;
  /** Same length as `text`, Thai and full-width digits folded to ASCII: patterns run on this. */
  readonly src: string;
  /** Primary language hint ("en", "ko", "th", …). */
  readonly lang: string;
}

export interface RefineContext extends ParsingContext {
  /** Publication date (or the latest full date of the body); null when neither exists. */
  anchor: Required<Pick<Parts, 'year' | 'month' | 'day'>> | null;
  /** True when the anchor came from the caller (publishedAt), not from the body. */
  anchorGiven: boolean;
  /** Attach clock times to their dates (value `YYYY-MM-DDTHH:mm`, precision minute). */
  times: boolean;
}

export interface Parser {
  readonly name: string;
  /** Compiled once at module load; must carry the `g` and `d` flags. */
  readonly pattern: RegExp;
  /** Candidates for one match (two linked ones for a range), or null to reject the match. */
  extract(ctx: ParsingContext, match: RegExpExecArray): Candidate[] | null;
}

export type Refiner = (candidates: Candidate[], ctx: RefineContext) => Candidate[];
