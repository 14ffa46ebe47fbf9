/**
 * Parsers for organizations named without a type word. The name itself says nothing ("WorldFish",
 * "Vietnam Electricity", "PTSC"); its shape or what surrounds it does:
 *
 *   camel-case brand    "PetroVietnam", "CJ CheilJedang", "WorldFish"       one word with inner capitals
 *   bracketed acronym   "Thailand Science Research and Innovation (TSRI)"    initials spelled by the acronym
 *   affiliate           "PetroVietnam's offshore services arm, PTSC,"        arm / subsidiary / parent + name
 *   role at             "a fisheries economist at WorldFish"                 a job held at the name
 *   possession          "Nordhav's country director", "X's shareholders"     what only organizations have
 *   sport + country     "Badminton Denmark", "Swimming Australia"            national governing bodies
 *   share price         "Krungsiam Holdings shares fell"                     only companies have moving shares
 *   acting body         "Sihanoukville Autonomous Port signed", "the Sandiganbayan has ordered … the court",
 *                       "Enterprise Singapore said in a statement"           what only a body does
 *
 * Every rule looks at a bounded window around one token, so the parsers stay linear.
 */
import { KOREAN_SURNAMES } from '../../../persons/en/data.js';
import {
  AFFILIATE_NOUNS,
  BODY_ANAPHORS,
  CAMEL_PRODUCT_PARTS,
  COUNTRIES,
  DEMONYMS,
  GENERIC_MODIFIERS,
  INSTITUTION_WORDS,
  NON_ORG_HEADS,
  NON_ORG_LAST_WORDS,
  OPERATED_VENUE_HEADS,
  ORG_ACTION_VERBS,
  ORG_POSSESSION_QUALIFIERS,
  ORG_POSSESSIONS,
  PLACES,
  SHARE_MOVES,
  SPORT_BODY_WORDS,
} from '../data.js';
import { isOrgHeadWord, isOrgRole, isOrgWord, PERSON_TITLE_WORDS } from '../lexicon.js';
import { isAcronym, isCapitalized, isMixedAcronym, type Token } from '../tokens.js';
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

/** "EnterpriseSG": a word followed by an upper-case code (a short form, not an ordinary word). */
const CAMEL_SHORT = /^\p{Lu}\p{Ll}{2,}\p{Lu}{2,3}$/u;

/**
 * Words that may sit inside a bracket-defined name between capitalized words ("in" for "Garment
 * Manufacturers Association in Cambodia (GMAC)": the acronym's letters must still cover every word).
 */
const RUN_CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'on', 'in']);

/**
 * Could this capitalized run be an organization's name (not a place, a person or a concept)? With
 * `operator`, a run ending in a venue run by a body of the same name ("… Autonomous Port") passes.
 */
function plausibleName(tokens: readonly Token[], first: number, last: number, operator = false): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === 'word');
  const name = words.map((t) => t.text).join(' ');
  if (COUNTRIES.has(name) || PLACES.has(name) || DEMONYMS.has(name) || NOT_ORG_ACRONYMS.has(name)) return false;
  if (words.some((w) => isKoreanGivenName(w.text) || PERSON_TITLE_WORDS.has(w.text))) return false;
  if (words.length >= 2 && KOREAN_SURNAMES.has(words[0]!.text) && !isAcronym(words[0])) return false;
  const lastWord = words[words.length - 1]!.text;
  if (operator && OPERATED_VENUE_HEADS.has(lastWord)) return true;
  return !NON_ORG_HEADS.has(lastWord) && !NON_ORG_LAST_WORDS.has(lastWord);
}

/**
 * "Enterprise Singapore (EnterpriseSG)": a short form that keeps the first word whole and shortens the
 * rest of a two-word name to an upper-case code starting with its initial.
 */
const CONTRACTED_TAIL = /^\p{Lu}{2,3}$/u;
function contractionMatches(short: string, words: readonly Token[]): boolean {
  if (words.length !== 2) return false;
  const [head, tail] = [words[0]!.text, words[1]!.text];
  const code = short.slice(head.length);
  return short.startsWith(head) && CONTRACTED_TAIL.test(code) && code[0] === tail[0];
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
    if (!(isAcronym(acr) || isMixedAcronym(acr) || CAMEL_SHORT.test(acr.text)) || acr.text.includes('.') || NOT_ORG_ACRONYMS.has(acr.text) || COUNTRIES.has(acr.text)) continue;
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
    const runText = text.slice(tokens[first]!.start, tokens[k - 1]!.end);
    if (!isAcronym(acr)) {
      // A mixed-case short form must spell the name ("EnterpriseSG", "KEXIM" written "KExim").
      if (!contractionMatches(acr.text, words) && !acronymMatches(acr.text, runText)) continue;
    } else {
      const letters = acr.text.replace(/s$/, '').toLowerCase();
      if (letters.length > words.length + 2) continue;
      const initialsCovered = words.every((w) => letters.includes(w.text.charAt(0).toLowerCase()));
      if (!initialsCovered && !acronymMatches(acr.text, runText)) continue;
    }
    if (!plausibleName(tokens, first, k - 1, true)) continue;
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

/** "Badminton Denmark", "Swimming Australia": a sport followed by a country, ending the capitalized run. */
export function parseSportBodies(ctx: OrgContext): OrgCandidate[] {
  const { tokens, text } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !SPORT_BODY_WORDS.has(t.text)) continue;
    const prev = tokens[i - 1];
    if (prev && prev.para === t.para && prev.end + 1 === t.start && isCapitalized(prev) && !prev.sentStart) continue;
    // The longest country of up to three adjacent words ("South Africa", "New Zealand").
    let last = -1;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      if (tokens[k]!.para !== t.para || tokens[k]!.start !== tokens[k - 1]!.end + 1) break;
      if (COUNTRIES.has(text.slice(tokens[i + 1]!.start, tokens[k]!.end))) last = k;
    }
    if (last < 0) continue;
    const next = tokens[last + 1];
    if (next && next.para === t.para && next.start === tokens[last]!.end + 1 && isOrgWord(next)) continue;
    out.push({ start: t.start, end: tokens[last]!.end, first: i, last, kind: 'long', parser: 'sport-body' });
  }
  return out;
}

/** "Krungsiam Holdings shares fell 2.3%": the capitalized run before "shares" and a price verb. */
export function parseShareCues(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const shares = tokens[i]!;
    if (shares.text !== 'shares' || !SHARE_MOVES.has(tokens[i + 1]!.text) || tokens[i + 1]!.para !== shares.para) continue;
    let first = i;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const t = tokens[k]!;
      if (t.para !== shares.para || !isOrgWord(t) || PERSON_TITLE_WORDS.has(t.text) || t.end + 1 !== tokens[k + 1]!.start) break;
      first = k;
    }
    if (first === i) continue;
    // "Asian shares", "Bank shares", sentence-initial "Tech shares": a market or a sector, not a company.
    const words = tokens.slice(first, i).map((t) => t.text);
    if (words.every((w) => GENERIC_MODIFIERS.has(w) || INSTITUTION_WORDS.has(w) || isOrgHeadWord(w))) continue;
    if (first === i - 1 && tokens[first]!.sentStart) continue;
    if (!plausibleName(tokens, first, i - 1)) continue;
    out.push({ start: tokens[first]!.start, end: tokens[i - 1]!.end, first, last: i - 1, kind: 'long', parser: 'company-shares' });
  }
  return out;
}

/** Titles of the person heading a body, as Korean government releases bracket them after its name. */
const LEADER_TITLES = new Set(['Mayor', 'Governor', 'Minister', 'Commissioner', 'Chairman', 'Chairperson', 'Chair', 'President', 'Administrator']);

/**
 * "Busan Metropolitan City (Mayor Park Jae-hoon) signed …", "Gyeonggi Province (Governor Name)": a capitalized run of
 * two or more words right before a bracket naming its head by title is the administration acting, even when its
 * last word ("City", "Province") would make it a place.
 */
export function parseLeaderBrackets(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let k = 2; k < tokens.length - 2; k++) {
    if (tokens[k]!.text !== '(' || !LEADER_TITLES.has(tokens[k + 1]!.text) || !isCapitalized(tokens[k + 2]!)) continue;
    const para = tokens[k]!.para;
    let first = k;
    while (first > 0 && k - first < 5 && tokens[first - 1]!.para === para && tokens[first - 1]!.kind === 'word' && isCapitalized(tokens[first - 1]!)) first--;
    const words = tokens.slice(first, k);
    if (words.length < 2) continue;
    const name = words.map((t) => t.text).join(' ');
    if (COUNTRIES.has(name) || PLACES.has(name) || words.some((w) => PERSON_TITLE_WORDS.has(w.text))) continue;
    out.push({ start: tokens[first]!.start, end: tokens[k - 1]!.end, first, last: k - 1, kind: 'long', parser: 'leader-bracket' });
  }
  return out;
}

/** Auxiliaries between a body and its act: "the Sandiganbayan has ordered". */
const AUXILIARIES = new Set(['has', 'had', 'have']);
/** How far (tokens) after the act a noun may refer back to the body ("… the anti-graft court found"). */
const ANAPHOR_REACH = 60;

/** Index of the action verb after the name ending at `last` (past an auxiliary), or −1. */
function actionAfter(tokens: readonly Token[], last: number): number {
  const para = tokens[last]!.para;
  const k = AUXILIARIES.has(tokens[last + 1]?.text ?? '') ? last + 2 : last + 1;
  const verb = tokens[k];
  return verb && verb.para === para && verb.kind === 'word' && ORG_ACTION_VERBS.has(verb.text) ? k : -1;
}

const STATEMENT_DETERMINERS = new Set(['a', 'its', 'the']);
const STATEMENT_NOUNS = new Set(['statement', 'filing', 'notice']);

/** "said in a statement", "said in its statement": what bodies issue. */
function statementAfter(tokens: readonly Token[], verb: number): boolean {
  return (
    tokens[verb + 1]?.text === 'in' && STATEMENT_DETERMINERS.has(tokens[verb + 2]?.text ?? '') && STATEMENT_NOUNS.has(tokens[verb + 3]?.text ?? '')
  );
}

/** "… the anti-graft court found": "the", at most two lower-case words, a body noun, soon after the act. */
function bodyAnaphorAfter(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < Math.min(tokens.length - 1, verb + ANAPHOR_REACH); k++) {
    if (tokens[k]!.text !== 'the') continue;
    for (let n = k + 1; n <= k + 3 && n < tokens.length; n++) {
      const w = tokens[n]!;
      if (w.kind !== 'word' || !/^\p{Ll}/u.test(w.text)) break;
      if (BODY_ANAPHORS.has(w.text)) return true;
    }
  }
  return false;
}

/**
 * Bodies known by what they do, without a head word:
 *   "Sihanoukville Autonomous Port signed …"                  an operated venue as the subject of an act;
 *   "The Sandiganbayan has ordered … the anti-graft court"      "the" + one unknown word acting, then referred
 *                                                               back to by a body noun (or "said in a statement");
 *   "Enterprise Singapore said in a statement"                 a place and one other word issuing a statement.
 */
export function parseActingBodies(ctx: OrgContext): OrgCandidate[] {
  const { tokens, text } = ctx;
  const out: OrgCandidate[] = [];
  for (let last = 0; last < tokens.length - 1; last++) {
    const t = tokens[last]!;
    if (t.kind !== 'word' || !isOrgWord(t) || isAcronym(t)) continue;
    const verb = actionAfter(tokens, last);
    if (verb < 0) continue;
    // The capitalized run ending here (up to four adjacent words).
    let first = last;
    while (first > 0 && last - first < 3 && tokens[first - 1]!.para === t.para && tokens[first - 1]!.end + 1 === tokens[first]!.start && isOrgWord(tokens[first - 1]) && !PERSON_TITLE_WORDS.has(tokens[first - 1]!.text)) first -= 1;
    const words = tokens.slice(first, last + 1).map((w) => w.text);
    const definite = tokens[first - 1]?.text.toLowerCase() === 'the' && tokens[first - 1]!.para === t.para;
    let acting: boolean;
    if (OPERATED_VENUE_HEADS.has(t.text)) acting = words.length >= 2;
    else if (words.length === 1) acting = definite && !isOrgHeadWord(t.text) && (statementAfter(tokens, verb) || bodyAnaphorAfter(tokens, verb));
    else acting = words.length === 2 && words.filter((w) => PLACES.has(w) || COUNTRIES.has(w)).length === 1 && statementAfter(tokens, verb);
    if (!acting || !plausibleName(tokens, first, last, true)) continue;
    if (COUNTRIES.has(text.slice(tokens[first]!.start, t.end))) continue;
    out.push({ start: tokens[first]!.start, end: t.end, first, last, kind: 'long', parser: 'acting-body' });
  }
  return out;
}
