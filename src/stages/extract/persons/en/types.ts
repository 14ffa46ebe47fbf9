/** Shared shapes for the English person parsers and refiners. */
import type { Token } from '../../organizations/en/tokens.js';

export interface PersonCandidate {
  /** Absolute UTF-16 offsets of the name (without title). */
  start: number;
  end: number;
  /** Token index range [first, last] (inclusive) of the name. */
  first: number;
  last: number;
  /** Titles and roles written with this mention ("Vice Minister", "deputy secretary-general"). */
  titles: string[];
  /**
   * strong: a person for certain (title + name, honorific, Korean name shape, appositive role);
   * weak: a single word that is kept only if it resolves to a full name in the document.
   */
  strength: 'strong' | 'weak';
  parser: string;
}

/** A copy of `c` with exactly the candidate's fields, in one order (one object shape for the refiner: see
 * orgCandidate in ../../organizations/en/types.ts). */
export function personCandidate(c: PersonCandidate): PersonCandidate {
  return { start: c.start, end: c.end, first: c.first, last: c.last, titles: c.titles, strength: c.strength, parser: c.parser };
}

export interface PersonContext {
  text: string;
  tokens: Token[];
  /** Organization mentions in the same text, sorted by start: a person never overlaps one. */
  orgSpans: { start: number; end: number }[];
}

export type PersonParser = (ctx: PersonContext) => PersonCandidate[];
