/**
 * How acronyms are tied to the names they abbreviate, by rule rather than by a list:
 * - a Latin acronym read aloud in Thai script: "ดีเอสไอ" is DSI, "บีโอไอ" is BOI (letter names in
 *   ../data/latin.ts); either form, once tied to a body, finds the other;
 * - a dotted Thai acronym takes the first consonants of words of the long form, in order, starting
 *   with the first word of the name or of a type word inside it ("มข." ← มหาวิทยาลัย|ขอนแก่น,
 *   "ธปท." ← ธนาคาร|แห่ง|ประเทศ|ไทย).
 */
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { isSubsequence, isThaiLetter } from '../../../persons/th/thai/text.js';
import { THAI_LETTER_NAMES } from '../data/latin.js';
import { PREFIX_TABLE } from '../tables.js';

/** At most this many Thai spellings per acronym. */
const MAX_SPELLINGS = 8;
const LATIN_ACRONYM_RE = /^[A-Z]{2,6}$/;

/** Thai-script spellings of a Latin acronym ("DSI" → ["ดีเอสไอ"]); none for other strings. */
export function thaiSpellings(acronym: string): string[] {
  if (!LATIN_ACRONYM_RE.test(acronym)) return [];
  let out = [''];
  for (const letter of acronym) {
    const names = THAI_LETTER_NAMES[letter] ?? [];
    out = out.flatMap((s) => names.map((n) => s + n)).slice(0, MAX_SPELLINGS);
  }
  return out;
}

const BY_FIRST = new Map<string, [string, string][]>();
for (const [letter, names] of Object.entries(THAI_LETTER_NAMES)) {
  for (const n of names) {
    const list = BY_FIRST.get(n[0]!) ?? [];
    list.push([n, letter]);
    BY_FIRST.set(n[0]!, list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b[0].length - a[0].length);

/** The Latin acronym a Thai string spells letter by letter ("บีโอไอ" → "BOI"), or null. */
export function latinOfSpelled(thai: string): string | null {
  // Letter names never overlap ambiguously enough to need backtracking beyond one choice per
  // position, but try every name at a position and keep the first full reading (bounded: ≤ 6 letters).
  const read = (i: number, depth: number): string | null => {
    if (i === thai.length) return depth >= 2 ? '' : null;
    if (depth >= 6) return null;
    for (const [name, letter] of BY_FIRST.get(thai[i]!) ?? []) {
      if (!thai.startsWith(name, i)) continue;
      const rest = read(i + name.length, depth + 1);
      if (rest !== null) return letter + rest;
    }
    return null;
  };
  return thai.length <= 40 ? read(0, 0) : null;
}

/** The consonant a Thai word starts with (after a leading vowel). */
function initialAt(text: string, p: number): string | undefined {
  const c = /[\u0E40-\u0E44]/.test(text[p] ?? '') ? text[p + 1] : text[p];
  return c && c >= '\u0E01' && c <= '\u0E2E' ? c : undefined;
}

/**
 * The word-initial consonants of the name written at [start, end), read from its first word and
 * from every type word inside it ("คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น" → from คณะ…, from มหาวิทยาลัย…).
 */
export function nameInitials(doc: ThaiText, start: number, end: number): string[] {
  const { text } = doc;
  const out: string[] = [];
  for (let s = start; s < end; s++) {
    if (!(s === start || (doc.isBoundary(s) && PREFIX_TABLE.prefixAt(text, s)))) continue;
    let initials = '';
    for (let q = s; q < end; q++) {
      if ((q === s || doc.isBoundary(q) || !isThaiLetter(text[q - 1])) && isThaiLetter(text[q])) {
        const c = initialAt(text, q);
        if (c) initials += c;
      }
    }
    if (initials) out.push(initials);
  }
  return out;
}

/**
 * Does a dotted acronym (its consonants `letters`) abbreviate a name with these initials? The
 * first letters agree and the rest follow in order; a two-letter acronym takes two consecutive words.
 */
export function abbreviates(letters: string, initials: readonly string[]): boolean {
  if (letters.length < 2) return false;
  return initials.some((i) => i[0] === letters[0] && (letters.length === 2 ? i.startsWith(letters) : isSubsequence(letters, i)));
}
