/**
 * Parser: a company written in Latin script inside Thai text and marked by its legal form
 * ("Mekong Fresh Foods Pte. Ltd.", "Andaman Tech Co., Ltd."; the suffixes are in ../data/latin.ts).
 * The name is the capitalized words before the suffix plus the suffix; the words alone are a short
 * form ("Mekong Fresh Foods"), found again later by the resolve refiner. The Thai person rules use
 * the same reading to tell a company written without its suffix from a romanized personal name.
 */
import type { Span } from '../../../../../schema/record.js';
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { LATIN_COMPANY_SUFFIXES } from '../data/latin.js';
import type { OrgCandidate } from '../types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SUFFIX_RE = new RegExp(
  `(?<![A-Za-z])(?:${[...LATIN_COMPANY_SUFFIXES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z0-9])`,
  'g',
);
/** Most capitalized words before the suffix. */
const MAX_WORDS = 6;
/** Longest word read back (characters). */
const MAX_WORD = 30;
const WORD_CHAR_RE = /[A-Za-z0-9&'’\-\u00C0-\u024F]/;

export interface LatinCompany {
  start: number;
  end: number;
  /** The words before the legal form ("Kallang Cold Chain"). */
  core: string;
}

/** Latin-script companies with a legal-form suffix in `spans` of `text`. Linear in the span lengths. */
export function findLatinCompanies(text: string, spans: readonly Span[]): LatinCompany[] {
  const out: LatinCompany[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    SUFFIX_RE.lastIndex = 0;
    for (let m = SUFFIX_RE.exec(slice); m; m = SUFFIX_RE.exec(slice)) {
      const suffixStart = span.start + m.index;
      // "Siam Paper Co., Ltd.": a comma between name and suffix is allowed only inside the suffix.
      let start = -1;
      let p = suffixStart;
      for (let words = 0; words < MAX_WORDS && text[p - 1] === ' '; words++) {
        let a = p - 1;
        while (a > Math.max(span.start, p - 1 - MAX_WORD) && WORD_CHAR_RE.test(text[a - 1] ?? '')) a--;
        if (a === p - 1 || !/[A-Z0-9&]/.test(text[a] ?? '') || WORD_CHAR_RE.test(text[a - 1] ?? '')) break;
        start = a;
        p = a;
      }
      if (start < 0) continue;
      const core = text.slice(start, suffixStart - 1);
      if (!/[A-Z]/.test(core[0] ?? '') || core === '&') continue;
      out.push({ start, end: suffixStart + m[0].length, core });
    }
  }
  return out;
}

export function parseLatinCompanies(doc: ThaiText): OrgCandidate[] {
  return findLatinCompanies(doc.text, doc.spans).map((c) => ({
    name: doc.text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    aliases: [],
    shortForms: c.core.includes(' ') || c.core.length >= 4 ? [c.core] : [],
  }));
}
