/**
 * Unicode script analysis: which script each letter belongs to, and weighted letter counts per script
 * for a span of text (inside and outside quotation marks).
 *
 * Classification uses `\p{Script=…}` expressions compiled once; each BMP code point is classified the
 * first time it is seen and remembered in a 64 KiB table, so counting is one table read per character.
 */
import { QUOTE_CLOSE, QUOTE_OPEN, SCRIPT_PATTERNS, SCRIPT_WEIGHT, SCRIPTS, VIETNAMESE_ONLY, type Script } from './data.js';

export const SCRIPT_COUNT = SCRIPTS.length;
/** Index of each script in SCRIPTS (and in the count arrays). */
export const SCRIPT_ID = Object.fromEntries(SCRIPTS.map((s, i) => [s, i])) as Record<Script, number>;
/** Script name by index. */
export const SCRIPTS_BY_ID: readonly Script[] = SCRIPTS;
/** Marker for "not a letter" (digits, punctuation, spaces, symbols, inherited combining marks). */
export const NO_SCRIPT = 255;
const UNSEEN = 254;

const LETTER = /^[\p{L}\p{M}]$/u;
const COMPILED: ReadonlyArray<readonly [number, RegExp]> = SCRIPT_PATTERNS.map(
  ([script, pattern]) => [SCRIPT_ID[script], new RegExp(`^(?:${pattern})$`, 'u')] as const,
);
const OTHER = SCRIPT_ID.Other;
const HANGUL = SCRIPT_ID.Hangul;

const bmpTable = new Uint8Array(0x10000).fill(UNSEEN);
const astralTable = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (!LETTER.test(ch)) return NO_SCRIPT;
  for (const [id, re] of COMPILED) if (re.test(ch)) return id;
  // Letters and marks of the Inherited/Common scripts (combining accents, ª º) carry no script.
  return /^[\p{Script=Inherited}\p{Script=Common}]$/u.test(ch) ? NO_SCRIPT : OTHER;
}

/** Script index (into SCRIPTS) of a code point, or NO_SCRIPT when it is not a letter of any script. */
export function scriptOf(cp: number): number {
  if (cp < 0x10000) {
    let id = bmpTable[cp]!;
    if (id === UNSEEN) {
      id = classify(cp);
      bmpTable[cp] = id;
    }
    return id;
  }
  let id = astralTable.get(cp);
  if (id === undefined) {
    id = classify(cp);
    astralTable.set(cp, id);
  }
  return id;
}

const viOnly = new Set<number>();
for (const [from, to] of VIETNAMESE_ONLY.ranges) for (let cp = from; cp <= to; cp++) viOnly.add(cp);
for (const ch of VIETNAMESE_ONLY.extra) viOnly.add(ch.codePointAt(0)!);
for (const ch of VIETNAMESE_ONLY.except) viOnly.delete(ch.codePointAt(0)!);

const VI_FIRST = Math.min(...viOnly);

const weights = new Float64Array(SCRIPT_COUNT).fill(1);
for (const [script, w] of Object.entries(SCRIPT_WEIGHT)) weights[SCRIPT_ID[script as Script]] = w;

const quoteOpen = new Set([...QUOTE_OPEN].map((c) => c.codePointAt(0)!));
const quoteClose = new Set([...QUOTE_CLOSE].map((c) => c.codePointAt(0)!));
const STRAIGHT_QUOTE = 0x22;

/**
 * Letters of a Hangul code point: a precomposed syllable is 2 jamo (no final consonant) or 3; a
 * conjoining or compatibility jamo is 1.
 */
function hangulLetters(cp: number): number {
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? 2 : 3;
  return 1;
}

export interface ScriptCounts {
  /** Weighted letters per script over the whole span (index = SCRIPT_ID). */
  all: Float64Array;
  /** Weighted letters per script outside quotation marks. */
  frame: Float64Array;
  total: number;
  frameTotal: number;
  /** Vietnamese-only letters (ơ ư ạ ả ấ …), counted as plain characters. */
  vietnamese: number;
}

/** Counts weighted letters per script in `text.slice(start, end)`. */
export function countScripts(text: string, start = 0, end = text.length): ScriptCounts {
  const all = new Float64Array(SCRIPT_COUNT);
  const frame = new Float64Array(SCRIPT_COUNT);
  let total = 0;
  let frameTotal = 0;
  let vietnamese = 0;
  let quoted = false;
  for (let i = start; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const id = scriptOf(cp);
    if (id === NO_SCRIPT) {
      if (cp === STRAIGHT_QUOTE) quoted = !quoted;
      else if (cp > 0x7f) {
        if (quoteOpen.has(cp)) quoted = true;
        else if (quoteClose.has(cp)) quoted = false;
      }
      continue;
    }
    const w = id === HANGUL ? hangulLetters(cp) : weights[id]!;
    all[id]! += w;
    total += w;
    if (!quoted) {
      frame[id]! += w;
      frameTotal += w;
    }
    if (cp >= VI_FIRST && viOnly.has(cp)) vietnamese++;
  }
  return { all, frame, total, frameTotal, vietnamese };
}

/**
 * `text.slice(start, end)` with every letter that is not of `script` replaced by a space, cut at the
 * first whitespace after `maxChars` characters. This is what franc sees: the Latin share of a paragraph
 * with Hangul names in it, not the Hangul.
 */
export function scriptSample(text: string, start: number, end: number, script: number, maxChars: number): string {
  let out = '';
  let runStart = start;
  let i = start;
  for (; i < end; i++) {
    if (i - start >= maxChars) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x09) break;
      if (i - start >= maxChars + 40) break; // no space in sight (unspaced text): cut here
    }
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const id = scriptOf(cp);
    if (id !== NO_SCRIPT && id !== script) {
      out += text.slice(runStart, i) + ' ';
      runStart = i + width;
    }
    i += width - 1;
  }
  return out + text.slice(runStart, i);
}
