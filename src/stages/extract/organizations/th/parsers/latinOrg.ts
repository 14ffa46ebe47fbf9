/**
 * Parser: an organization written in English inside Thai text, without a legal form:
 * - a capitalized phrase followed by a bracketed acronym that its words spell, each word giving
 *   the first letters of the acronym in order ("Japan External Trade Organization (JETRO)" →
 *   J·E·TR·O, "London Bullion Market Association (LBMA)");
 * - a capitalized phrase of three or more words that ends with an organization head noun, or
 *   starts with one + "of" ("University of Oxford"); heads in ../data/latin.ts.
 * The bracketed acronym becomes an alias through the bracket rule.
 */
import type { ThaiText } from '../../../persons/th/thai/text.js';
import { LATIN_JOINERS, LATIN_ORG_HEADS } from '../data/latin.js';
import type { OrgCandidate } from '../types.js';

const HEADS: ReadonlySet<string> = new Set(LATIN_ORG_HEADS);
const JOINERS: ReadonlySet<string> = new Set(LATIN_JOINERS);
/** A run of capitalized words and joiners, one space apart. */
const PHRASE_RE = /(?<![A-Za-z0-9.])[A-Z][A-Za-z'’-]*(?: (?:[A-Z][A-Za-z'’-]*|of|and|for|the|on|in|de|du|des|la|le|&))*/g;
const ACRONYM_AFTER_RE = /^ ?\(([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)/;
/** Most words in a name. */
const MAX_WORDS = 10;
/** Fewest words for a name recognized by its head noun alone. */
const MIN_HEAD_WORDS = 3;

/** Do the words spell the acronym (each non-joiner gives ≥ 1 of its first letters, in order)? */
export function acronymFits(words: readonly string[], acronym: string): boolean {
  const acr = acronym.toUpperCase();
  // reach[i][j]: the first i words can spell the first j letters. Words and letters are few.
  let reach = new Set<number>([0]);
  for (const w of words) {
    const next = new Set<number>();
    const upper = w.toUpperCase();
    const joiner = JOINERS.has(w);
    for (const j of reach) {
      if (joiner) next.add(j);
      for (let k = 1; k <= upper.length && j + k <= acr.length; k++) {
        if (upper[k - 1] !== acr[j + k - 1]) break;
        next.add(j + k);
      }
    }
    reach = next;
    if (reach.size === 0) return false;
  }
  return reach.has(acr.length);
}

export function parseLatinOrganizations(doc: ThaiText): OrgCandidate[] {
  const { text } = doc;
  const out: OrgCandidate[] = [];
  for (const span of doc.spans) {
    const slice = text.slice(span.start, span.end);
    PHRASE_RE.lastIndex = 0;
    for (let m = PHRASE_RE.exec(slice); m; m = PHRASE_RE.exec(slice)) {
      // Trailing joiners are not part of the phrase.
      // Only the last MAX_WORDS words can be a name (a long run of capitalized words is a sentence).
      let words0 = m[0].split(' ');
      let skipped = 0;
      if (words0.length > MAX_WORDS) {
        skipped = words0.slice(0, words0.length - MAX_WORDS).join(' ').length + 1;
        words0 = words0.slice(-MAX_WORDS);
      }
      const raw = words0;
      while (raw.length > 0 && JOINERS.has(raw[raw.length - 1]!)) raw.pop();
      if (raw.length < 2) continue;
      const phraseStart = span.start + m.index + skipped;
      const phraseEnd = phraseStart + raw.join(' ').length;
      const acr = ACRONYM_AFTER_RE.exec(text.slice(phraseEnd, phraseEnd + 16));
      let from = -1;
      if (acr) {
        // The longest tail of the phrase that spells the acronym.
        for (let k = 0; k < raw.length - 1 && from < 0; k++) if (!JOINERS.has(raw[k]!) && acronymFits(raw.slice(k), acr[1]!)) from = k;
      }
      if (from < 0 && raw.length >= MIN_HEAD_WORDS && (HEADS.has(raw[raw.length - 1]!) || (HEADS.has(raw[0]!) && raw[1] === 'of'))) from = 0;
      if (from < 0) continue;
      const words = raw.slice(from);
      const start = phraseStart + raw.slice(0, from).join(' ').length + (from > 0 ? 1 : 0);
      out.push({ name: words.join(' '), start, end: phraseEnd, aliases: [], shortForms: [] });
    }
  }
  return out;
}
