/** Shared shapes for the English organization parsers and refiners. */
import type { Token } from './tokens.js';

export type OrgCandidateKind =
  /** A full name found by its form (head word, "of" complement, company designator, media title). */
  | 'long'
  /** A short form that points to a long form: "Interior Ministry", "interior ministry". */
  | 'short'
  /** An acronym standing alone ("MOIS", "OECD"). */
  | 'acronym';

export interface OrgCandidate {
  /** Absolute UTF-16 offsets of the surface form. */
  start: number;
  end: number;
  /** Token index range [first, last] (inclusive) of the surface form. */
  first: number;
  last: number;
  kind: OrgCandidateKind;
  /** The parser that produced it (for debugging and tests). */
  parser: string;
  /** Gazetteer id when the form is a known international body or news agency. */
  gazetteerId?: string;
  /** An acronym that is an organization on its own even when nothing in the document defines it ("KBS"). */
  standalone?: boolean;
  /**
   * Shorter names of the same body that could also name a different one ("Ministry of Foreign
   * Affairs" for "… of Japan"): added as aliases only when no other organization in the document
   * goes by that name, and never used to merge.
   */
  looseVariants?: string[];
  /** Extra names that belong to this mention ("The Korea Herald" for "Korea Herald", "Samsung Electronics" for "… Co., Ltd."). */
  variants?: string[];
}

/**
 * A copy of `c` with every field present, in one order: the refiner sees candidates from twenty parsers, and
 * objects of one shape keep its optimized code from being thrown away on each new combination of fields.
 */
export function orgCandidate(c: OrgCandidate): OrgCandidate {
  return {
    start: c.start, end: c.end, first: c.first, last: c.last, kind: c.kind, parser: c.parser,
    gazetteerId: c.gazetteerId, standalone: c.standalone, looseVariants: c.looseVariants, variants: c.variants,
  };
}

export interface OrgContext {
  text: string;
  tokens: Token[];
}

export type OrgParser = (ctx: OrgContext) => OrgCandidate[];

export const surface = (ctx: OrgContext, c: { start: number; end: number }): string => ctx.text.slice(c.start, c.end);
