/**
 * How far a Thai personal name reaches, and what a name looks like.
 *
 * Extent rule:
 * - A name is made of space-separated parts. The first part (the given name) starts right after an
 *   honorific ("นาย|สมชาย") or at the start of the chunk after a role ("รองนายกรัฐมนตรี ฝ่าม วัน ควา").
 * - Within a part, the name stops at the first word boundary where a verb, function word, role,
 *   honorific or time word begins ("นายปวิณ|ระบุว่า" → ปวิณ); such a glued stop ends the whole name.
 * - A following part belongs to the name when it is Thai letters only, does not begin with a word
 *   that cannot start a name part (verbs, function words, roles, "อายุ", "ชาว", places …) and is not
 *   cut short by a glued stop before its second character.
 * - Thai names have two parts (given name + surname, "ณ" surname particles kept: "ณ อยุธยา").
 *   Transliterated foreign names ("เล ถิ หง็อก ลาน") may have up to four parts when every part is
 *   short (≤ SHORT_PART characters, as syllables of a transliteration are) and what follows the last
 *   part closes the name (a verb, role, function word, punctuation or the end of the paragraph).
 */
import type { Chunk, ThaiText } from './thai/text.js';
import { PLACES } from './thai/lexicon.js';
import { isLatinLetter, isThaiLetter } from './thai/text.js';
import {
  HONORIFIC_TABLE,
  LATIN_NOT_NAME,
  NAME_END_TABLE,
  NOT_IN_NAME_TABLE,
  NOT_NAME_START_TABLE,
  ORG_WORD_TABLE,
  ROLE_TABLE,
  SOFT_START_TABLE,
  VENUE_TABLE,
} from './tables.js';

/** Longest name part considered (characters). */
export const MAX_PART = 30;
/** Parts of a transliterated name are syllables: at most this many characters each. */
export const SHORT_PART = 6;
/** At most this many parts in one name. */
export const MAX_PARTS = 4;

const PLACE_SET: ReadonlySet<string> = new Set(PLACES);

/** A consonant or a leading vowel: what a Thai word can start with. */
const THAI_INITIAL_RE = /[\u0E01-\u0E2E\u0E40-\u0E44]/;

/**
 * Reads one name part from `s` to the end of its chunk or the first glued stop word.
 * Returns the end and whether a stop word (rather than a space) ended it, or null when there is no
 * plausible part (too short, too long, not Thai).
 */
export function readPart(doc: ThaiText, s: number): { end: number; glued: boolean } | null {
  const { text } = doc;
  const chunk = doc.chunkAt(s);
  if (!chunk || !THAI_INITIAL_RE.test(text[s] ?? '')) return null;
  const limit = Math.min(chunk.end, s + MAX_PART + 1);
  let q = s;
  for (;;) {
    q = doc.nextBoundary(q, limit);
    if (q >= limit) break;
    // A hyphen inside a transliterated name: "ซอก-ยอล".
    if (text[q] === '-' && isThaiLetter(text[q - 1]) && isThaiLetter(text[q + 1])) continue;
    if (text[q - 1] === '-' && isThaiLetter(text[q])) continue;
    if (!isThaiLetter(text[q])) return q - s >= 2 ? { end: q, glued: true } : null;
    if (NOT_IN_NAME_TABLE.match(doc, q)) return null;
    const stop = NAME_END_TABLE.match(doc, q);
    // "ทอง|มา", "บุญ|มา": a two-letter function word that ends the chunk is the end of the name.
    if (stop && stop.length <= 2 && q + stop.length === chunk.end) continue;
    if (stop) return q - s >= 2 ? { end: q, glued: true } : null;
  }
  if (limit < chunk.end) return null; // longer than any name part
  return chunk.end - s >= 2 ? { end: chunk.end, glued: false } : null;
}

/** Can this chunk begin a name part (not a verb, role, function word, place …)? */
export function canStartPart(doc: ThaiText, chunk: Chunk): boolean {
  return canStartPartAt(doc, chunk.start);
}

/** Can a name part begin at `p`? */
export function canStartPartAt(doc: ThaiText, p: number): boolean {
  return (
    !ORG_WORD_TABLE.prefixAt(doc.text, p) && !NOT_NAME_START_TABLE.match(doc, p) && !HONORIFIC_TABLE.match(doc, p) && !ROLE_TABLE.match(doc, p)
  );
}

/**
 * Surnames may begin with a word that is also an adverb or auxiliary ("จึงรุ่งเรืองกิจ", "ยังประภากร"):
 * such a chunk is a surname when the word is followed, in the same chunk, by something that is not
 * a verb or function word ("ยังได้เชิญ" is not a surname), and what follows the chunk closes the name.
 */
function surnameWithSoftStart(doc: ThaiText, chunk: Chunk): boolean {
  const soft = SOFT_START_TABLE.match(doc, chunk.start);
  if (!soft) return false;
  const rest = chunk.start + soft.length;
  if (rest >= chunk.end || !isThaiLetter(doc.text[rest]) || NAME_END_TABLE.match(doc, rest)) return false;
  const part = readPart(doc, rest);
  return !!part && !part.glued && part.end === chunk.end && closesName(doc, chunk.end);
}

/** After "ณ", a place name may be the surname ("ณ อยุธยา"); other non-name words may not. */
function canStartSurnameAfterNa(doc: ThaiText, chunk: Chunk): boolean {
  const text = doc.text.slice(chunk.start, chunk.end);
  return PLACE_SET.has(text) || canStartPart(doc, chunk);
}

/** Does what follows position `e` (the end of a name) close the name? */
export function closesName(doc: ThaiText, e: number): boolean {
  const { text } = doc;
  const i = doc.chunkIndexAt(e - 1);
  const chunk = doc.chunks[i];
  if (!chunk) return true;
  if (e < chunk.end) return true; // a glued stop word or punctuation
  const next = doc.nextChunkInPhrase(i);
  if (!next) return true; // end of paragraph or line
  const ch = text[next.start];
  if (!isThaiLetter(ch)) return true; // punctuation, Latin gloss, digits
  return (
    !!NAME_END_TABLE.match(doc, next.start) ||
    !!NOT_NAME_START_TABLE.match(doc, next.start) ||
    !!HONORIFIC_TABLE.prefixAt(text, next.start) ||
    !!ROLE_TABLE.prefixAt(text, next.start) ||
    !!ORG_WORD_TABLE.prefixAt(text, next.start)
  );
}

export interface NameRead {
  start: number;
  end: number;
  /** [start, end) of every part. */
  parts: { start: number; end: number }[];
  /** A glued stop word ended the last part (the name cannot continue past it). */
  glued: boolean;
}

/** Reads the parts of a Thai-script name starting at `s` (the given name); see the extent rule above. */
export function readThaiName(doc: ThaiText, s: number): NameRead | null {
  const first = readPart(doc, s);
  if (!first) return null;
  const parts = [{ start: s, end: first.end }];
  let glued = first.glued;
  let ci = doc.chunkIndexAt(s);
  const short = (p: { start: number; end: number }): boolean => p.end - p.start <= SHORT_PART;
  /** Third and fourth parts read tentatively: kept only up to the last one the context closes. */
  const extra: { start: number; end: number }[] = [];
  while (!glued && parts.length + extra.length < MAX_PARTS) {
    const next = doc.nextChunkInPhrase(ci);
    if (!next) break;
    const nextIndex = doc.chunkIndexAt(next.start);
    // Surname particle: "ณ อยุธยา" right after the given name.
    if (parts.length === 1 && doc.text.slice(next.start, next.end) === 'ณ') {
      const after = doc.nextChunkInPhrase(nextIndex);
      if (after && canStartSurnameAfterNa(doc, after) && !isVenue(doc, after.start)) {
        const part = readPart(doc, after.start);
        if (part && !part.glued) {
          parts.push({ start: next.start, end: part.end });
          ci = doc.chunkIndexAt(after.start);
          continue;
        }
      }
      break;
    }
    if (!canStartPart(doc, next) && !(parts.length === 1 && surnameWithSoftStart(doc, next))) break;
    const part = readPart(doc, next.start);
    if (!part) break;
    const read = { start: next.start, end: part.end };
    if (parts.length >= 2) {
      // A third or fourth part only for transliterations: every part short.
      if (!parts.every(short) || !short(read) || part.glued) break;
      extra.push(read);
    } else {
      parts.push(read);
      glued = part.glued;
    }
    ci = nextIndex;
  }
  while (extra.length > 0 && !closesName(doc, extra[extra.length - 1]!.end)) extra.pop();
  parts.push(...extra);
  const last = parts[parts.length - 1]!;
  return { start: s, end: last.end, parts, glued };
}

const isVenue = (doc: ThaiText, p: number): boolean => !!VENUE_TABLE.prefixAt(doc.text, p);

const THAI_NAME_CHUNK_RE = /^[\u0E01-\u0E4E]+(?:-[\u0E01-\u0E4E]+)*$/;

/**
 * A transliterated name glossed in brackets: "ปริยังกา เมห์ตา (Priyanka Mehta)", "ลิม เว่ยเจี๋ย
 * (Lim Wei Jie)". The segmenter cuts unknown foreign names at words it knows ("ปริ|ยัง|กา"), so the
 * word-level extent rule fails on them; the gloss marks where the name ends instead. Every chunk
 * from `s` to the bracket is Thai letters, there are no more chunks than Latin words (a Chinese
 * given name may be written as one Thai word: "เว่ยเจี๋ย" for "Wei Jie"), and the first words begin
 * with compatible consonants (all of them when the counts are equal).
 */
export function readGlossedName(doc: ThaiText, s: number): NameRead | null {
  const { text } = doc;
  let i = doc.chunkIndexAt(s);
  if (i < 0 || !THAI_INITIAL_RE.test(text[s] ?? '')) return null;
  const parts: { start: number; end: number }[] = [];
  while (parts.length < MAX_PARTS) {
    const chunk = doc.chunks[i]!;
    const from = parts.length === 0 ? s : chunk.start;
    if (chunk.end - from > MAX_PART || !THAI_NAME_CHUNK_RE.test(text.slice(from, chunk.end))) return null;
    parts.push({ start: from, end: chunk.end });
    const next = doc.nextChunkInPhrase(i);
    if (!next) return null;
    if (text[next.start] === '(') {
      const gloss = readLatinName(text, next.start + 1, 1);
      if (!gloss || text[gloss.end] !== ')') return null;
      const latin = text.slice(gloss.start, gloss.end);
      const thai = text.slice(s, chunk.end);
      const words = latin.split(' ');
      if (words.length < parts.length) return null;
      const ok = words.length === parts.length ? transliterationMatches(latin, thai) : onsetMatches(words[0]!, thai.split(' ')[0]!);
      return ok ? { start: s, end: chunk.end, parts, glued: false } : null;
    }
    if (!isThaiLetter(text[next.start])) return null;
    i = doc.chunkIndexAt(next.start);
  }
  return null;
}

/** A capitalized Latin word ("Tran", "Nguyễn", "O'Neil", "Dela"). */
const LATIN_WORD_RE = /\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}'’-]*/uy;

/**
 * Reads a romanized name of `min`–4 capitalized words from `s` ("Tran Luu Quang"); words from the
 * not-a-name table end it. Returns null when fewer than `min` words qualify.
 */
export function readLatinName(text: string, s: number, min = 2): { start: number; end: number; multiWord: boolean } | null {
  let p = s;
  let end = -1;
  let words = 0;
  while (words < 4) {
    LATIN_WORD_RE.lastIndex = p;
    const m = LATIN_WORD_RE.exec(text);
    if (!m || m.index !== p) break;
    const after = p + m[0].length;
    if (isLatinLetter(text[after]) || /[0-9]/.test(text[after] ?? '')) break;
    if (LATIN_NOT_NAME.has(m[0])) break;
    words++;
    end = after;
    if (text[after] !== ' ' || !/\p{Lu}/u.test(text[after + 1] ?? '')) break;
    p = after + 1;
  }
  if (words < min || end < 0) return null;
  return { start: s, end, multiWord: words > 1 };
}

// ---------------------------------------------------------------------------------------------
// Transliteration: does a romanized name plausibly spell the same name as a Thai-script one?

/** Latin onsets (longest first) and the Thai consonants they are transliterated with. */
const ONSETS: readonly [string, string][] = [
  ['ngh', 'ง'], ['ng', 'ง'], ['nh', 'ญยนง'], ['ph', 'ฟฝพผ'], ['th', 'ทถธฐต'], ['tr', 'จชตท'], ['ch', 'ชฉจคซ'],
  ['kh', 'คขก'], ['gh', 'กค'], ['gi', 'ซยจ'], ['qu', 'กคขว'], ['sh', 'ชซ'], ['b', 'บพ'], ['c', 'กคซสชข'],
  ['d', 'ดซยจ'], ['f', 'ฟ'], ['g', 'กจยค'], ['h', 'ฮห'], ['j', 'จยช'], ['k', 'คกข'], ['l', 'ลร'], ['m', 'ม'],
  ['n', 'นญ'], ['p', 'พปผ'], ['q', 'กค'], ['r', 'รซยดล'], ['s', 'ซสชศษ'], ['t', 'ตทดฐ'], ['v', 'วฟบ'],
  ['w', 'ว'], ['x', 'ซสช'], ['y', 'ยอ'], ['z', 'ซส'],
];

function latinOnsetConsonants(word: string): string {
  const w = word.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}/gu, '');
  for (const [onset, thai] of ONSETS) if (w.startsWith(onset)) return thai;
  return 'อ'; // vowel-initial: written with the vowel carrier อ
}

/** The consonant a Thai word is pronounced with first (leading vowels and a silent ห skipped). */
function thaiOnset(word: string): string {
  let i = 0;
  while (i < word.length && /[\u0E40-\u0E44]/.test(word[i]!)) i++;
  const c = word[i] ?? '';
  if (c === 'ห' && /[งญนมยรลว]/.test(word[i + 1] ?? '')) return word[i + 1]!;
  return c;
}

/** Does a Thai word begin with a consonant the Latin word's onset is transliterated with? */
export function onsetMatches(latinWord: string, thaiWord: string): boolean {
  return latinOnsetConsonants(latinWord).includes(thaiOnset(thaiWord));
}

/** Same number of words, and every word starts with a consonant its romanization allows. */
export function transliterationMatches(latin: string, thai: string): boolean {
  const lw = latin.split(/\s+/);
  const tw = thai.split(/\s+/);
  if (lw.length !== tw.length || lw.length === 0) return false;
  return lw.every((w, i) => latinOnsetConsonants(w).includes(thaiOnset(tw[i]!)));
}
