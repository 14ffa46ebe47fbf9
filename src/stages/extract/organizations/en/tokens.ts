/**
 * English tokenizer shared by the English person and organization parsers. One pass over each
 * paragraph span; every token keeps absolute UTF-16 offsets into the document text.
 *
 * Words keep internal hyphens and apostrophes ("Kyung-wha", "O'Brien", "AT&T"); a possessive
 * ending ("Korea’s") is split off as its own token so names never include it; dotted acronyms
 * ("U.N.", "U.S.") are one token; everything else is a one-character punctuation token.
 */
import type { Span } from '../../../../schema/record.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** 'word' for letters/digits, 'poss' for a split-off possessive ending, 'punct' otherwise. */
  kind: 'word' | 'poss' | 'punct';
  /** Paragraph number (one per span, and a new one after any line break): names never cross paragraphs. */
  para: number;
  /** First token of a sentence (paragraph start, after . ! ? : or an opening bullet/quote). */
  sentStart: boolean;
}

const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE_RE = /^(.+?)(['’][sS])$/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';']);
/** Punctuation that can stand between a sentence end and the next sentence's first word. */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '°', '※', '*', '•', '·', '-', '–', '—', '□', 'ㅇ', '○', '●', '■', '▲', '▶', '>', '…']);

export function tokenize(text: string, spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let para = -1;
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    let atSentenceStart = true;
    let lastEnd = -1;
    para += 1;
    for (const m of slice.matchAll(TOKEN_RE)) {
      const raw = m[0];
      const start = span.start + (m.index ?? 0);
      // A line break inside a span also separates paragraphs (raw text that was not normalized).
      if (lastEnd >= 0 && hasLineBreak(text, lastEnd, start)) {
        para += 1;
        atSentenceStart = true;
      }
      lastEnd = start + raw.length;
      const isWord = /^[\p{L}\p{M}\p{N}]/u.test(raw);
      if (!isWord) {
        tokens.push({ text: raw, start, end: start + raw.length, kind: 'punct', para, sentStart: false });
        if (SENTENCE_END.has(raw) && !isAbbreviationDot(tokens)) atSentenceStart = true;
        else if (!OPENERS.has(raw)) atSentenceStart = false;
        continue;
      }
      const poss = raw.length > 2 ? POSSESSIVE_RE.exec(raw) : null;
      if (poss && poss[1] && poss[2] && /\p{L}$/u.test(poss[1])) {
        const base = poss[1];
        tokens.push({ text: base, start, end: start + base.length, kind: 'word', para, sentStart: atSentenceStart });
        tokens.push({ text: poss[2], start: start + base.length, end: start + raw.length, kind: 'poss', para, sentStart: false });
      } else {
        tokens.push({ text: raw, start, end: start + raw.length, kind: 'word', para, sentStart: atSentenceStart });
      }
      atSentenceStart = false;
    }
  }
  return tokens;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = new Set([
  'Mr', 'Ms', 'Mrs', 'Dr', 'Prof', 'St', 'Co', 'Corp', 'Inc', 'Ltd', 'Jr', 'Sr', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt',
  'Rep', 'Sen', 'Gov', 'Adm', 'Maj', 'Mt', 'No', 'Vol', 'vs', 'etc', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
  'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Messrs', 'Mme', 'Hon', 'Amb', 'Assoc', 'Asst', 'Assist', 'Pol', 'Brig', 'Atty', 'Engr',
]);

function isAbbreviationDot(tokens: readonly Token[]): boolean {
  const prev = tokens[tokens.length - 2];
  const dot = tokens[tokens.length - 1];
  return !!prev && !!dot && prev.end === dot.start && prev.kind === 'word' && ABBREVIATIONS.has(prev.text);
}

/** Starts with an upper-case letter. */
export const isCapitalized = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** All capitals (at least two letters), optionally with digits, & or - ("MOIS", "KOICA", "G20", "AT&T"). */
export const isAcronym = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&-]*\p{Lu}[\p{Lu}\d]*s?$/u.test(t.text) && t.text.length <= 12;

/** Mixed-case acronyms such as "MoFA", "KoFIU", "MSIT", "MoU": a capital start, at least two capitals, no long lower run. */
export const isMixedAcronym = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && /^\p{Lu}(?:\p{Ll}{0,2}\p{Lu}){1,}[\p{Lu}\p{Ll}]{0,2}$/u.test(t.text) && t.text.length <= 10;

export const isPunct = (t: Token | undefined, chars: string): boolean => !!t && t.kind === 'punct' && chars.includes(t.text);

/** Two tokens are adjacent with no space between them. */
export const touching = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
