/**
 * Korean text basics shared by the Korean person and organization rules: a word tokenizer
 * that keeps absolute UTF-16 offsets, and Hangul character tests.
 *
 * Korean writes words (어절) separated by spaces, with particles glued to the end of the word, so
 * a whitespace/punctuation tokenizer is enough; particles are handled by ./particles.ts.
 */
import type { Span } from '../../../../../schema/record.js';

export interface Token {
  /** The word as written (particles still attached). */
  text: string;
  start: number;
  end: number;
  /**
   * Text between the previous token of the same paragraph and this one (" ", "(", ") ", …);
   * "\n" for the first token of a paragraph, so a gap test never joins words across paragraphs.
   */
  gap: string;
  /** Index into the token array. */
  index: number;
}

/**
 * A word: runs of Hangul, Latin letters and digits, joined by inner hyphens, ampersands, dots or
 * apostrophes ("Boo-kyum", "S&P", "SR-7"). The middle dot "·" separates list items, so it splits.
 * Every quantifier is possessive in effect (no nested alternatives that can both match), so the
 * scan is linear.
 */
const WORD_RE = /[가-힣A-Za-z0-9]+(?:[-&.'’][가-힣A-Za-z0-9]+)*/g;

export function tokenize(text: string, spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    let prevEnd = -1;
    for (const m of slice.matchAll(WORD_RE)) {
      const at = m.index ?? 0;
      const gap = prevEnd < 0 ? '\n' : slice.slice(prevEnd, at);
      const start = span.start + at;
      tokens.push({ text: m[0], start, end: start + m[0].length, gap, index: tokens.length });
      prevEnd = at + m[0].length;
    }
  }
  return tokens;
}

export const isHangulSyllable = (ch: string): boolean => ch >= '가' && ch <= '힣';

const HANGUL_WORD_RE = /^[가-힣]+$/;
export const isHangulWord = (w: string): boolean => HANGUL_WORD_RE.test(w);

const LATIN_RE = /^[A-Za-z][A-Za-z0-9&.\-']*$/;
export const isLatinWord = (w: string): boolean => LATIN_RE.test(w);

/** A gap of plain spaces only (no line break): the two words belong to one phrase. */
const SPACE_GAP_RE = /^[ \t\u00a0]{1,3}$/;
export const isSpaceGap = (gap: string): boolean => SPACE_GAP_RE.test(gap);

/** Is `sub` a subsequence of `full` (same order, gaps allowed)? Linear in the lengths. */
export function isSubsequence(sub: string, full: string): boolean {
  let j = 0;
  for (let i = 0; i < full.length && j < sub.length; i++) if (full[i] === sub[j]) j++;
  return j === sub.length;
}
