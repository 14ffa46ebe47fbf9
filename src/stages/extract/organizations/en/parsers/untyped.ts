/**
 * Parsers for organizations named without a type word. The name itself says nothing ("WorldFish",
 * "Vietnam Electricity", "PTSC"); its shape or what surrounds it does:
 *
 *   camel-case brand    "PetroVietnam", "CJ CheilJedang", "WorldFish"       one word with inner capitals
 *   bracketed acronym   "Thailand Science Research and Innovation (TSRI)"    initials spelled by the acronym
 *   affiliate           "PetroVietnam's offshore services arm, PTSC,"        arm / subsidiary / parent + name
 *   role at             "a fisheries economist at WorldFish"                 a job held at the name
 *   possession          "Nordhav's country director", "X's shareholders"     what only organizations have
 *
 * Every rule looks at a bounded window around one token, so the parsers stay linear.
 */
import { KOREAN_SURNAMES } from '../../../persons/en/data.js';
import {
  AFFILIATE_NOUNS,
  CAMEL_PRODUCT_PARTS,
  COUNTRIES,
  DEMONYMS,
  NON_ORG_HEADS,
  NON_ORG_LAST_WORDS,
  ORG_POSSESSION_QUALIFIERS,
  ORG_POSSESSIONS,
  ORG_ROLE_NOUNS,
  PLACES,
} from '../data.js';
import { isOrgWord, PERSON_TITLE_WORDS } from '../lexicon.js';
import { isAcronym, isCapitalized, type Token } from '../tokens.js';
import type { OrgCandidate, OrgContext } from '../types.js';
import { acronymMatches } from '../refiners/acronyms.js';
import { isKoreanGivenName } from './heads.js';
import { NOT_ORG_ACRONYMS } from './shortForms.js';

/** "PetroVietnam", "CheilJedang", "WorldFish": a word of two or more capitalized parts (not "McDonald", "DeSantis"). */
const CAMEL_WORD = /^\p{Lu}[\p{Ll}\p{M}]{3,}(?:\p{Lu}[\p{Ll}\p{M}]{2,})+$/u;

export function isCamelBrand(word: string): boolean {
  if (!CAMEL_WORD.test(word)) return false;
  const parts = word.match(/\p{Lu}[\p{Ll}\p{M}]*/gu) ?? [];
  return !parts.slice(1).some((p) => CAMEL_PRODUCT_PARTS.has(p));
}

/** A short all-caps group prefix ("CJ", "SK", "GS") written before a brand. */
const isGroupPrefix = (t: Token | undefined): boolean =>
  !!t && isAcronym(t) && t.text.length <= 3 && !NOT_ORG_ACRONYMS.has(t.text) && !COUNTRIES.has(t.text);

export function parseCamelCaseNames(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !isCamelBrand(t.text)) continue;
    const prev = tokens[i - 1];
    const first = prev && prev.para === t.para && prev.end + 1 === t.start && isGroupPrefix(prev) ? i - 1 : i;
    out.push({ start: tokens[first]!.start, end: t.end, first, last: i, kind: 'long', parser: 'camel-brand' });
  }
  return out;
}

/** Words that may sit inside a bracket-defined name between capitalized words. */
const RUN_CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'on']);

/** Could this capitalized run be an organization's name (not a place, a person or a concept)? */
function plausibleName(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === 'word');
  const name = words.map((t) => t.text).join(' ');
  if (COUNTRIES.has(name) || PLACES.has(name) || DEMONYMS.has(name)) return false;
  if (words.some((w) => isKoreanGivenName(w.text) || PERSON_TITLE_WORDS.has(w.text))) return false;
  if (words.length >= 2 && KOREAN_SURNAMES.has(words[0]!.text) && !isAcronym(words[0])) return false;
  const lastWord = words[words.length - 1]!.text;
  return !NON_ORG_HEADS.has(lastWord) && !NON_ORG_LAST_WORDS.has(lastWord);
}

/**
 * "Vietnam Electricity (EVN)", "Thailand Science Research and Innovation (TSRI)": a capitalized run
 * right before a bracketed all-caps acronym whose letters include the initial of every word.
 */
export function parseBracketedAcronymNames(ctx: OrgContext): OrgCandidate[] {
  const { tokens, text } = ctx;
  const out: OrgCandidate[] = [];
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')') continue;
    const acr = tokens[k + 1]!;
    if (!isAcronym(acr) || acr.text.includes('.') || NOT_ORG_ACRONYMS.has(acr.text) || COUNTRIES.has(acr.text)) continue;
    const para = acr.para;
    let first = k;
    for (let j = k - 1; j >= 0 && k - j <= 10; j--) {
      const t = tokens[j]!;
      if (t.para !== para) break;
      if (isOrgWord(t)) {
        first = j;
        continue;
      }
      if (RUN_CONNECTORS.has(t.text) && first === j + 1 && isOrgWord(tokens[j - 1])) continue;
      break;
    }
    if (first === k) continue;
    const words = tokens.slice(first, k).filter((t) => t.kind === 'word' && !RUN_CONNECTORS.has(t.text));
    if (words.length < 2) continue;
    const letters = acr.text.replace(/s$/, '').toLowerCase();
    if (letters.length > words.length + 2) continue;
    const runText = text.slice(tokens[first]!.start, tokens[k - 1]!.end);
    const initialsCovered = words.every((w) => letters.includes(w.text.charAt(0).toLowerCase()));
    if (!initialsCovered && !acronymMatches(acr.text, runText)) continue;
    if (!plausibleName(tokens, first, k - 1)) continue;
    out.push({ start: tokens[first]!.start, end: tokens[k - 1]!.end, first, last: k - 1, kind: 'long', parser: 'bracket-acronym' });
  }
  return out;
}

/** Up to four adjacent capitalized words starting at `from`; the index of the last, or from − 1. */
function capitalRun(tokens: readonly Token[], from: number, para: number): number {
  let last = from - 1;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k]!;
    if (t.para !== para || !isOrgWord(t) || PERSON_TITLE_WORDS.has(t.text)) break;
    if (k > from && tokens[k - 1]!.end + 1 !== t.start) break;
    last = k;
  }
  return last;
}

/** The run ends the noun phrase: punctuation, a possessive, a lower-case word or the paragraph end follows. */
function endsPhrase(tokens: readonly Token[], last: number): boolean {
  const after = tokens[last + 1];
  return !after || after.para !== tokens[last]!.para || after.kind !== 'word' || !isCapitalized(after);
}

/** "PetroVietnam's offshore services arm, PTSC," / "its parent, PTT Pcl,". */
export function parseAffiliateAppositives(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 1; i < tokens.length - 2; i++) {
    const noun = tokens[i]!;
    if (noun.kind !== 'word' || !AFFILIATE_NOUNS.has(noun.text) || tokens[i + 1]!.text !== ',') continue;
    // Owned by an organization: "its …" or "X's …" within the few words before the noun.
    let owned = false;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const t = tokens[k]!;
      if (t.para !== noun.para) break;
      if (t.kind === 'poss' || t.text === 'its' || t.text === 'Its') {
        owned = true;
        break;
      }
      if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) break;
    }
    if (!owned) continue;
    const last = capitalRun(tokens, i + 2, noun.para);
    if (last < i + 2 || !endsPhrase(tokens, last)) continue;
    if (!plausibleName(tokens, i + 2, last)) continue;
    out.push({ start: tokens[i + 2]!.start, end: tokens[last]!.end, first: i + 2, last, kind: 'long', parser: 'company-affiliate' });
  }
  return out;
}

const isOrgRole = (w: string): boolean => ORG_ROLE_NOUNS.has(w) || (w.length >= 6 && /^\p{Ll}+(?:ist)$/u.test(w));

/** "a fisheries economist at WorldFish", "an analyst at Kiwoom Securities". */
export function parseRoleAtCues(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const at = tokens[i]!;
    if (at.text !== 'at' && at.text !== 'with') continue;
    const role = tokens[i - 1]!;
    if (role.kind !== 'word' || role.para !== at.para || !isOrgRole(role.text)) continue;
    const from = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
    const last = capitalRun(tokens, from, at.para);
    if (last < from || !endsPhrase(tokens, last)) continue;
    if (!plausibleName(tokens, from, last)) continue;
    out.push({ start: tokens[from]!.start, end: tokens[last]!.end, first: from, last, kind: 'long', parser: 'role-at' });
  }
  return out;
}

/** "Nordhav's country director", "Hanwha Ocean's shareholders", "X's chief executive". */
export function parseOrgPossessives(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const poss = tokens[i]!;
    if (poss.kind !== 'poss') continue;
    // What is owned: a possession noun after up to three qualifiers ("country director", "chief executive").
    let hit = false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
      const w = tokens[k]!;
      if (w.para !== poss.para || w.kind !== 'word' || !/^\p{Ll}/u.test(w.text)) break;
      const qualified = k > i + 1;
      if (ORG_POSSESSIONS.has(w.text) && (qualified || !['director', 'president', 'executive'].includes(w.text))) {
        hit = true;
        break;
      }
      if (w.text === 'executive' && tokens[k - 1]?.text === 'chief') {
        hit = true;
        break;
      }
      if (!ORG_POSSESSION_QUALIFIERS.has(w.text)) break;
    }
    if (!hit) continue;
    // The owner: up to four adjacent capitalized words ending right before the possessive.
    const last = i - 1;
    let first = i;
    for (let k = last; k >= Math.max(0, last - 3); k--) {
      const t = tokens[k]!;
      if (t.para !== poss.para || !isOrgWord(t) || PERSON_TITLE_WORDS.has(t.text)) break;
      if (k < last && t.end + 1 !== tokens[k + 1]!.start) break;
      first = k;
    }
    if (first > last) continue;
    const before = tokens[first - 1];
    // "Thai Union's", not "… Bangkok Union's": the owner starts the phrase.
    if (before && before.para === poss.para && isCapitalized(before) && before.end + 1 === tokens[first]!.start) continue;
    if (!plausibleName(tokens, first, last)) continue;
    out.push({ start: tokens[first]!.start, end: tokens[last]!.end, first, last, kind: 'long', parser: 'company-possessive' });
  }
  return out;
}
