/** What the Korean person parsers hand to the refiners. */
export interface PersonCandidate {
  /** Name as written, without titles or particles ("정하윤", "쁘라팟 찬타웡"). */
  name: string;
  /** `text.slice(start, end) === name`. */
  start: number;
  end: number;
  titles: string[];
  /** Hangul Korean names: the surname, for "정 장관"-style references. */
  surname?: string;
  /** Other forms tied to the name by the text itself (a Latin gloss in brackets). */
  aliases?: string[];
  /** A transliterated foreign name (one or more words). */
  foreign?: boolean;
}
