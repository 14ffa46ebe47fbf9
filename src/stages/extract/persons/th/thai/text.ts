/**
 * Thai text basics shared by the Thai person and organization rules.
 *
 * Thai writes words without spaces; a space separates phrases (and the parts of a personal name:
 * "สมชาย ใจดี"). So two levels matter:
 * - chunks: maximal runs of non-space characters ("นายสมชาย", "ใจดี", "กล่าวว่า");
 * - word boundaries inside a chunk, from `Intl.Segmenter('th', { granularity: 'word' })`, plus
 *   the edges of dots ("ศ.นพ.กฤษดา"), script changes (Thai ↔ Latin ↔ digits) and punctuation.
 *
 * Linear time: ICU's dictionary break engine is super-linear on very long runs of Thai without a
 * space (250k characters take tens of seconds), so the segmenter only ever sees windows of at most
 * MAX_WINDOW characters, cut at whitespace when there is some and at a safe character otherwise.
 */
import type { Span } from '../../../../../schema/record.js';

const SEGMENTER = new Intl.Segmenter('th', { granularity: 'word' });

/** The largest piece of text handed to the segmenter at once. */
const MAX_WINDOW = 400;

/** Thai block, letters only (consonants, vowels, tone marks; not digits, ฯ, ๆ or ๏). */
const THAI_LETTER_RE = /[\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E45\u0E47-\u0E4E]/;
export const isThaiLetter = (ch: string | undefined): boolean => ch !== undefined && THAI_LETTER_RE.test(ch);
/** Characters that attach to the previous one (above/below vowels, tone marks): never cut before them. */
const COMBINING_RE = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
/** Leading vowels written before the consonant they follow in speech: never cut after them. */
const LEADING_VOWEL_RE = /[\u0E40-\u0E44]/;
const LATIN_RE = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;
const DIGIT_RE = /[0-9\u0E50-\u0E59]/;
const SPACE_RE = /\s/;

export const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE_RE.test(ch);
export const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && LATIN_RE.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && DIGIT_RE.test(ch);

type CharClass = 0 | 1 | 2 | 3 | 4; // space, thai, latin, digit, other
function charClass(text: string, p: number): CharClass {
  const c = text.charCodeAt(p);
  // Fast paths for the common ranges; the regular expressions decide the rest.
  if (c >= 0x0e01 && c <= 0x0e2e) return 1;
  if (c === 0x20) return 0;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 2;
  if (c >= 0x30 && c <= 0x39) return 3;
  const ch = text[p]!;
  if (SPACE_RE.test(ch)) return 0;
  if (THAI_LETTER_RE.test(ch)) return 1;
  if (LATIN_RE.test(ch)) return 2;
  if (DIGIT_RE.test(ch)) return 3;
  return 4;
}

export interface Chunk {
  start: number;
  end: number;
}

/**
 * A document prepared for the Thai rules: boundary flags for every position of `text` and the
 * chunks of the spans to scan. Positions outside the spans have no boundaries and no chunks.
 */
export class ThaiText {
  readonly text: string;
  /** boundary[p] = 1 when a word starts or ends at p. */
  private readonly boundary: Uint8Array;
  /** For every position inside a chunk: that chunk's index, else -1. */
  private readonly chunkOf: Int32Array;
  readonly chunks: Chunk[] = [];
  readonly spans: readonly Span[];

  /**
   * The prepared text for (text, spans), reusing the last one: the person and organization rules
   * scan the same paragraphs one after the other, so the segmenter runs once per document.
   */
  static of(text: string, spans: readonly Span[]): ThaiText {
    const last = ThaiText.last;
    if (last && last.text === text && sameSpans(last.spans, spans)) return last;
    const doc = new ThaiText(text, spans);
    ThaiText.last = doc;
    return doc;
  }
  private static last: ThaiText | undefined;

  constructor(text: string, spans: readonly Span[]) {
    this.text = text;
    this.spans = spans.map((s) => ({ start: s.start, end: s.end }));
    this.boundary = new Uint8Array(text.length + 1);
    this.chunkOf = new Int32Array(text.length + 1).fill(-1);
    for (const span of spans) this.prepare(Math.max(0, span.start), Math.min(text.length, span.end));
  }

  private prepare(from: number, to: number): void {
    const { text, boundary } = this;
    // Chunks and class-change boundaries.
    let chunkStart = -1;
    let prevClass: CharClass = 0;
    for (let p = from; p < to; p++) {
      const cls = charClass(text, p);
      if (cls === 0) {
        if (chunkStart >= 0) this.closeChunk(chunkStart, p);
        chunkStart = -1;
      } else if (chunkStart < 0) {
        chunkStart = p;
      }
      if (cls !== prevClass || cls === 4) boundary[p] = 1;
      if (cls === 4) boundary[p + 1] = 1;
      prevClass = cls;
    }
    if (chunkStart >= 0) this.closeChunk(chunkStart, to);
    boundary[from] = 1;
    boundary[to] = 1;
    // Word boundaries from the segmenter, window by window.
    for (const [a, b] of windows(text, from, to)) {
      for (const s of SEGMENTER.segment(text.slice(a, b))) {
        boundary[a + s.index] = 1;
        boundary[a + s.index + s.segment.length] = 1;
      }
    }
  }

  private closeChunk(start: number, end: number): void {
    const index = this.chunks.push({ start, end }) - 1;
    this.chunkOf.fill(index, start, end);
  }

  /** Does a word start or end at `p`? */
  isBoundary(p: number): boolean {
    return this.boundary[p] === 1;
  }

  /** The chunk containing position `p`, or undefined (whitespace, outside the spans). */
  chunkAt(p: number): Chunk | undefined {
    const i = this.chunkOf[p] ?? -1;
    return i >= 0 ? this.chunks[i] : undefined;
  }

  chunkIndexAt(p: number): number {
    return this.chunkOf[p] ?? -1;
  }

  /** The next boundary after `p` (exclusive), not beyond `limit`. */
  nextBoundary(p: number, limit: number): number {
    let q = p + 1;
    while (q < limit && this.boundary[q] !== 1) q++;
    return Math.min(q, limit);
  }

  /** The chunk that follows chunk `i` when only spaces (no line break) lie between them. */
  nextChunkInPhrase(i: number, maxGap = 3): Chunk | undefined {
    const cur = this.chunks[i];
    const next = this.chunks[i + 1];
    if (!cur || !next) return undefined;
    const gap = this.text.slice(cur.end, next.start);
    if (gap.length > maxGap || !/^[ \t\u00a0\u200b]+$/.test(gap)) return undefined;
    return next;
  }

  /** The chunk before chunk `i` when only spaces lie between them. */
  prevChunkInPhrase(i: number, maxGap = 3): Chunk | undefined {
    const cur = this.chunks[i];
    const prev = this.chunks[i - 1];
    if (!cur || !prev) return undefined;
    const gap = this.text.slice(prev.end, cur.start);
    if (gap.length > maxGap || !/^[ \t\u00a0\u200b]+$/.test(gap)) return undefined;
    return prev;
  }

  /** Is `p` at the start of a word: a boundary, or preceded by something that is not a Thai letter? */
  startsWord(p: number): boolean {
    return this.boundary[p] === 1 || !isThaiLetter(this.text[p - 1]);
  }

  /** Is `p` at the end of a word: a boundary, or followed by something that is not a Thai letter? */
  endsWord(p: number): boolean {
    return this.boundary[p] === 1 || !isThaiLetter(this.text[p]);
  }
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);
}

/**
 * Cuts [from, to) into windows of at most MAX_WINDOW characters, at whitespace when possible,
 * else at a character that neither attaches to the previous one nor follows a leading vowel.
 */
function* windows(text: string, from: number, to: number): Generator<[number, number]> {
  let a = from;
  while (a < to) {
    if (to - a <= MAX_WINDOW) {
      yield [a, to];
      return;
    }
    let cut = -1;
    for (let p = a + MAX_WINDOW; p > a + MAX_WINDOW / 2; p--) {
      if (isSpace(text[p])) {
        cut = p;
        break;
      }
    }
    if (cut < 0) {
      cut = a + MAX_WINDOW;
      while (cut > a + 1 && (COMBINING_RE.test(text[cut] ?? '') || LEADING_VOWEL_RE.test(text[cut - 1] ?? ''))) cut--;
    }
    yield [a, cut];
    a = cut;
  }
}

/**
 * A table of words, looked up by position: `match(doc, p)` gives the longest word of the table that
 * starts at `p` and ends at a word boundary (so "ได้" does not match inside "ได้รับ" unless the
 * segmenter splits it there). Lookups are bucketed by first character, so each is O(bucket).
 */
export class WordTable {
  private readonly byFirst = new Map<string, string[]>();
  readonly words: ReadonlySet<string>;

  constructor(words: Iterable<string>) {
    const set = new Set(words);
    this.words = set;
    for (const w of set) {
      if (!w) continue;
      const list = this.byFirst.get(w[0]!) ?? [];
      list.push(w);
      this.byFirst.set(w[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Longest word starting at `p` (no boundary check at the end). */
  prefixAt(text: string, p: number): string | undefined {
    const list = this.byFirst.get(text[p] ?? '');
    if (!list) return undefined;
    for (const w of list) if (text.startsWith(w, p)) return w;
    return undefined;
  }

  /** Longest word starting at `p` and ending at a word end. */
  match(doc: ThaiText, p: number): string | undefined {
    const list = this.byFirst.get(doc.text[p] ?? '');
    if (!list) return undefined;
    for (const w of list) if (doc.text.startsWith(w, p) && doc.endsWord(p + w.length)) return w;
    return undefined;
  }
}

/** Is `sub` a subsequence of `full` (same order, gaps allowed)? Linear in the lengths. */
export function isSubsequence(sub: string, full: string): boolean {
  let j = 0;
  for (let i = 0; i < full.length && j < sub.length; i++) if (full[i] === sub[j]) j++;
  return j === sub.length;
}

/** Are an acronym's consonants (`letters`) in order in the long form's (`long`), the first one first? */
export function startsAndContains(long: string, letters: string): boolean {
  return letters.length >= 2 && long[0] === letters[0] && isSubsequence(letters, long);
}

/** Thai consonants of a string, in order (for acronym tests: กทม. ↔ กรุงเทพมหานคร). */
export function thaiConsonants(s: string): string {
  let out = '';
  for (const ch of s) if (ch >= '\u0E01' && ch <= '\u0E2E') out += ch;
  return out;
}
