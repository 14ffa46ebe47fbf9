/** What the Thai person parsers hand to the coreference refiner. */
import type { Span } from '../../../../schema/record.js';

export interface PersonCandidate {
  /** Name as written, without honorifics or roles ("สมชาย ใจดี", "Tran Luu Quang", "ปวิณ"). */
  name: string;
  /** `text.slice(start, end) === name`. */
  start: number;
  end: number;
  titles: string[];
  /** Latin-script name (romanized), not Thai script. */
  latin: boolean;
  /**
   * Only a given name or one word of a name was written ("นายเจริญชัย กล่าว", "นางลานระบุ"): the
   * refiner ties it to a full name found elsewhere, if there is one.
   */
  partial: boolean;
  /** The cue that found it: an honorific, a role noun before or after it. */
  cue: 'honorific' | 'role';
  /** Forms tied to this mention by the text itself (a Latin gloss in brackets, a quoted nickname). */
  aliases: { name: string; span: Span }[];
}
