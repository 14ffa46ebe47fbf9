/** What the Thai organization parsers hand to the refiners. */
import type { Span } from '../../../../schema/record.js';

export interface OrgCandidate {
  /** Name as written ("กระทรวงพาณิชย์", "บริษัท สยามคลาวด์ โซลูชั่นส์ จำกัด (มหาชน)", "อาเซียน"). */
  name: string;
  /** `text.slice(start, end) === name`. */
  start: number;
  end: number;
  /**
   * Forms tied to the name by the text itself (bracketed acronyms, "หรือ สพร."), with their spans.
   * Weak: the bare acronym of "(สำนักงาน กกพ.)", which may name another body ("กกพ." the commission
   * whose office this is); it is dropped when another entity owns it.
   */
  aliases: { name: string; span?: Span; weak?: boolean }[];
  /** Short forms implied by the name's structure ("ธนาคารกรุงไทย" for "ธนาคารกรุงไทย จำกัด (มหาชน)"). */
  shortForms: string[];
  /** Gazetteer entry id, when the name is a known international body or news agency. */
  gazetteerId?: string;
  /** Found by a bracketed acronym alone, with no organization-type word (weaker evidence). */
  fromAcronym?: boolean;
  /** A dotted acronym standing alone: joins the entity that has it as an alias, if any. */
  standalone?: boolean;
}

/** A copy of `c` with every field present, in one order (one object shape for the refiners: see
 * orgCandidate in ../en/types.ts). */
export function orgCandidate(c: OrgCandidate): OrgCandidate {
  return {
    name: c.name, start: c.start, end: c.end, aliases: c.aliases, shortForms: c.shortForms,
    gazetteerId: c.gazetteerId, fromAcronym: c.fromAcronym, standalone: c.standalone,
  };
}
