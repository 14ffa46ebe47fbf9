/**
 * Parser: names built around an organization-type head word.
 *
 *   "National Policy Agency", "Astana Civil Service Hub"          modifiers + head
 *   "Ministry of the Interior and Safety", "Office of the …"      head + "of" complement
 *   "Ministry of Land, Infrastructure & Transport"                  comma lists closed by and/&
 *   "Korea Institute of Public Administration"                      modifiers + head + complement
 *   "Interior Ministry", "Foreign Ministry"                          short forms (resolved later)
 *
 * Every head looks back at most MAX_BACK tokens and forward at most MAX_FORWARD tokens, so the
 * parser is linear in the number of tokens even on a megabyte of capitalized words.
 */
import { KOREAN_SURNAMES, TITLE_MODIFIERS } from '../../../persons/en/data.js';
import {
  COLLECTIVE_POSSESSORS,
  COMPETITION_LEAGUE_WORDS,
  COUNTRIES,
  DEMONYMS,
  EPONYM_HEADS,
  EPONYM_TITLES,
  GENERIC_MODIFIERS,
  HEADS_NEED_COMPLEMENT,
  HEADS_NEED_PLACE_MODIFIER,
  HEADS_NEED_WORD,
  INSTITUTION_WORDS,
  MISSION_HEADS,
  NON_ORG_HEADS,
  PROGRAMME_NOUNS,
  SELF_NAMING_HEADS,
  VENUE_HEADS,
  VENUE_MODIFIERS,
  OF_HEADS,
  ORGAN_MEMBERS,
  STRONG_HEADS,
  WEAK_HEADS,
  WEAK_HEADS_NEED_ACRONYM,
} from '../data.js';
import { isHeadWord, isOrgWord, isPlace, PERSON_TITLE_WORDS, TITLE_WORDS } from '../lexicon.js';
import { isAcronym, isCapitalized, isMixedAcronym, type Token } from '../tokens.js';
import type { OrgCandidate, OrgContext } from '../types.js';

export const MAX_BACK = 8;
export const MAX_FORWARD = 14;

/** Complement prepositions a head may take: "Ministry of …", "Center for …", "Committee on …". */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'on']);
const ON_HEADS = new Set(['Committee', 'Commission', 'Council', 'Board', 'Office', 'Secretariat']);

/** "Kyung-wha", "Jong-in": a hyphenated given name whose parts are romanized Korean syllables. */
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|sh|wh|[gkndtrlmbpsjhcyfwz])?[yw]?(?:ae|eo|eu|ui|oe|oo|ou|ee|ea|ai|ei|a|e|i|o|u)(?:ng|nk|ck|[kgntdlmpbh])?$/;
export function isKoreanGivenName(word: string): boolean {
  const parts = word.split('-');
  if (parts.length !== 2 || !/^\p{Lu}/u.test(word)) return false;
  return parts.every((p) => KOREAN_SYLLABLE.test(p.toLowerCase()));
}
/** "Kim Boo-kyum": a romanized Korean surname followed by a hyphenated given name. */
export const isKoreanNameAt = (tokens: readonly Token[], i: number): boolean =>
  !!tokens[i] && !!tokens[i + 1] && KOREAN_SURNAMES.has(tokens[i]!.text) && isKoreanGivenName(tokens[i + 1]!.text) && tokens[i]!.para === tokens[i + 1]!.para;

/**
 * Does the capitalized run go on after this head word? Then the head is not the end of a name
 * ("Public Service Innovation", "Prosecutors' Office"), unless what follows is a person's title
 * ("National Assembly Speaker Kim", "Samsung Electronics Chairman Lee").
 */
export function continuesName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.para !== t.para) return false;
  // Plural possessive inside a name: "Supreme Prosecutors' Office".
  if (next.text === "'" || next.text === '’') {
    const after = tokens[i + 2];
    return next.start === t.end && /s$/.test(t.text) && isOrgWord(after) && after!.start === next.end + 1;
  }
  if (next.start - t.end > 1 || !isOrgWord(next)) return false;
  return !(PERSON_TITLE_WORDS.has(next.text) || TITLE_MODIFIERS.has(next.text));
}

/** Words that qualify a person's role, never an organization's name ("Deputy Investment Minister"). */
const ROLE_MODIFIERS = new Set(['Deputy', 'Vice', 'Former', 'Acting', 'Assistant', 'Outgoing', 'Incoming', 'Late', 'Then', 'Interim']);

/** Plural agent nouns naming an association's members: "Growers", "Exporters", "Producers". */
const PLURAL_MEMBERS = /^\p{Lu}\p{Ll}+(?:ers|ors)$/u;

/** Capitalized abstract nouns of business lines: "Exploration", "Production", "Engineering", "Development". */
const ACTIVITY_NOUN = /^\p{Lu}\p{Ll}+(?:tion|ment|ing|ance|ence|ics)$/u;

/** Walks back from the head over modifiers; returns the first token index of the name. */
export function extendBack(tokens: readonly Token[], head: number): number {
  let first = head;
  let j = head - 1;
  const para = tokens[head]!.para;
  while (j >= 0 && head - j <= MAX_BACK) {
    const t = tokens[j]!;
    if (t.para !== para) break;
    // "Prosecutors' Office": a plural possessive apostrophe glued to the word before it (not a country's
    // possessive: "Laos’ Ministry of …", "the Philippines’ Department of …").
    if ((t.text === "'" || t.text === '’') && first === j + 1 && tokens[j - 1]?.end === t.start && /s$/.test(tokens[j - 1]!.text) && isOrgWord(tokens[j - 1]) && !isPlace(tokens[j - 1]!.text)) {
      j -= 1;
      continue;
    }
    // "King Mongkut's University": the possessive of a royal's name is part of the name (extendEponym adds the title).
    if (t.kind === 'poss' && first === j + 1 && EPONYM_HEADS.has(tokens[head]!.text) && tokens[j - 1]?.end === t.start && isCapitalized(tokens[j - 1]) && EPONYM_TITLES.has(tokens[j - 2]?.text ?? '')) {
      j -= 1;
      continue;
    }
    // "People's Committee", "Women's Union": the possessive of a collective noun is part of the name.
    if (t.kind === 'poss' && first === j + 1 && tokens[j - 1]?.end === t.start && COLLECTIVE_POSSESSORS.has(tokens[j - 1]!.text)) {
      j -= 1;
      continue;
    }
    // "Shipbuilding & Offshore Engineering", "Procter & Gamble": an ampersand between capitalized words.
    if (t.text === '&' && first === j + 1 && isOrgWord(tokens[j - 1]) && tokens[j - 1]!.end + 1 === t.start && t.end + 1 === tokens[j + 1]!.start && !isPlace(tokens[j - 1]!.text)) {
      j -= 1;
      continue;
    }
    if (isOrgWord(t) && !PERSON_TITLE_WORDS.has(t.text) && !ROLE_MODIFIERS.has(t.text)) {
      // A person's name right before an organization word ("… Kim Boo-kyum Ministry") ends the walk.
      if (isKoreanGivenName(t.text)) break;
      first = j;
      j -= 1;
      continue;
    }
    // "Science and Technology Policy Institute", "Disease Control and Prevention Agency",
    // "Banana Growers and Exporters Association" (two plural member nouns), "PTT Exploration and
    // Production PCL" (two business lines).
    if (
      (t.text === 'and' || t.text === '&') &&
      first === j + 1 &&
      (INSTITUTION_WORDS.has(tokens[j + 1]!.text) ||
        (PLURAL_MEMBERS.test(tokens[j + 1]!.text) && PLURAL_MEMBERS.test(tokens[j - 1]?.text ?? '')) ||
        (ACTIVITY_NOUN.test(tokens[j + 1]!.text) && ACTIVITY_NOUN.test(tokens[j - 1]?.text ?? ''))) &&
      !isHeadWord(tokens[j + 1]!.text) &&
      isOrgWord(tokens[j - 1]) &&
      !isPlace(tokens[j - 1]!.text)
    ) {
      j -= 1;
      continue;
    }
    break;
  }
  // Drop a title word or sentence-initial non-name word left at the front.
  while (first < head && (TITLE_WORDS.has(tokens[first]!.text) && !isHeadWord(tokens[first]!.text) && !INSTITUTION_WORDS.has(tokens[first]!.text))) first += 1;
  return first;
}

/**
 * An institution named after a royal keeps the title: "Queen Sirikit Hospital", "King Mongkut's University",
 * "Prince of Songkla University". Returns the new first token index.
 */
function extendEponym(tokens: readonly Token[], head: number, first: number): number {
  if (!EPONYM_HEADS.has(tokens[head]!.text)) return first;
  const para = tokens[head]!.para;
  const isTitle = (k: number): boolean => !!tokens[k] && tokens[k]!.para === para && EPONYM_TITLES.has(tokens[k]!.text);
  if (isTitle(first - 1)) return first - 1;
  if (tokens[first - 1]?.text === 'of' && isTitle(first - 2)) return first - 2;
  return first;
}

/**
 * Walks forward over an "of / for / on" complement; returns the last token index of the name,
 * or the head itself when there is no complement.
 */
export function extendComplement(tokens: readonly Token[], head: number, titled: boolean): number {
  const prep = tokens[head + 1];
  const headWord = tokens[head]!.text;
  if (!prep || prep.kind !== 'word' || !COMPLEMENT_PREPOSITIONS.has(prep.text)) return head;
  if (!OF_HEADS.has(headWord)) return head;
  if (prep.text === 'on' && !ON_HEADS.has(headWord)) return head;
  const para = tokens[head]!.para;
  let j = head + 2;
  if (tokens[j]?.text === 'the') j += 1;
  let last = head;
  const commas: number[] = [];
  let andAfterComma = false;
  let steps = 0;
  while (j < tokens.length && steps < MAX_FORWARD) {
    const t = tokens[j]!;
    if (t.para !== para) break;
    if (isOrgWord(t)) {
      // A person's title or name after the organization ends it ("… Bank of Korea Governor Rhee").
      if (PERSON_TITLE_WORDS.has(t.text) && isCapitalized(tokens[j + 1]) && !isHeadWord(tokens[j + 1]!.text)) break;
      if (isKoreanNameAt(tokens, j)) break;
      last = j;
      j += 1;
      steps += 1;
      continue;
    }
    // "Ministry of Women's Affairs": the possessive of a collective noun inside the complement.
    if (last === j - 1 && t.kind === 'poss' && tokens[j - 1]!.end === t.start && COLLECTIVE_POSSESSORS.has(tokens[j - 1]!.text) && isOrgWord(tokens[j + 1])) {
      j += 1;
      steps += 1;
      continue;
    }
    if (last === j - 1 && (t.text === 'and' || t.text === '&')) {
      const next = tokens[j + 1];
      if (!isOrgWord(next)) break;
      // "Ministry of Education and Seoul Metropolitan Government": a second organization, not one name.
      if (startsAnotherOrganization(tokens, j + 1)) break;
      if (commas.length > 0) andAfterComma = true;
      j += 1;
      steps += 1;
      continue;
    }
    if (last === j - 1 && (t.text === 'of' || t.text === 'for') && (isOrgWord(tokens[j + 1]) || (tokens[j + 1]?.text === 'the' && isOrgWord(tokens[j + 2])))) {
      const next = tokens[j + 1]?.text === 'the' ? j + 2 : j + 1;
      if (!isOrgWord(tokens[next])) break;
      j = next;
      steps += 1;
      continue;
    }
    if (last === j - 1 && t.text === ',' && t.kind === 'punct' && isOrgWord(tokens[j + 1]) && !andAfterComma) {
      commas.push(j);
      j += 1;
      steps += 1;
      continue;
    }
    break;
  }
  // A comma list must be closed by and/& ("Land, Infrastructure & Transport"); otherwise cut at the first comma.
  if (commas.length > 0 && !andAfterComma) {
    const firstComma = commas[0]!;
    if (last > firstComma) last = firstComma - 1;
  }
  if (titled) last = trimTrailingName(tokens, head, last);
  return last > head ? extendMissionSeat(tokens, head, last) : last;
}

/** A diplomatic mission names where it sits after its country: "Embassy of the Republic of Korea in Thailand",
 * "Consulate of Japan in Chiang Mai". Only a known place (one or two words) after "in" joins the name. */
function extendMissionSeat(tokens: readonly Token[], head: number, last: number): number {
  if (!MISSION_HEADS.has(tokens[head]!.text) || tokens[last + 1]?.text !== 'in') return last;
  const para = tokens[head]!.para;
  const word = (k: number): string | null => (tokens[k]?.kind === 'word' && tokens[k]!.para === para ? tokens[k]!.text : null);
  const one = word(last + 2);
  const two = word(last + 3);
  if (one && two && isPlace(`${one} ${two}`)) return last + 3;
  return one && isPlace(one) ? last + 2 : last;
}

/**
 * Is there an organization head within the next few capitalized words, or an owner's possessive
 * ("… Ministry of Justice and Thailand's Ministry of Labour"; not "… and Women's Affairs")?
 */
function startsAnotherOrganization(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const t = tokens[k]!;
    if (t.kind === 'poss') return k > from && !COLLECTIVE_POSSESSORS.has(tokens[k - 1]!.text);
    if (!isOrgWord(t)) return false;
    if (STRONG_HEADS.has(t.text) || WEAK_HEADS.has(t.text)) return true;
  }
  return false;
}

/**
 * In "Deputy Minister of the Office of the Union Government Tin Myint" the organization ends at
 * the last institution word; the capitalized words after it are the person.
 */
function trimTrailingName(tokens: readonly Token[], head: number, last: number): number {
  let k = last;
  while (k > head && !INSTITUTION_WORDS.has(tokens[k]!.text) && !isHeadWord(tokens[k]!.text) && !isAcronym(tokens[k]) && last - k < 4) k -= 1;
  return k > head && k < last ? k : last;
}

/** Is the head preceded by a title construction ("Minister of the Office …", "Secretary General of …")? */
function titledBefore(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text === 'the') k -= 1;
  if (tokens[k]?.text !== 'of' && tokens[k]?.text !== 'for') return false;
  const t = tokens[k - 1];
  return !!t && (TITLE_WORDS.has(t.text) || t.text === 'General');
}

export function parseHeads(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !isHeadWord(t.text)) continue;
    if (continuesName(tokens, i)) continue;
    let first = extendBack(tokens, i);
    if (first < i) first = extendEponym(tokens, i, first);
    const titled = titledBefore(tokens, first);
    const last = extendComplement(tokens, i, titled);
    // "Electric Vehicle Association of Thailand": the country stays in the name; the name without it
    // is a loose variant (an alias unless another organization in the document goes by it).
    const loose: string[] = [];
    if (last > i && first < i && COUNTRIES.has(ctx.text.slice(tokens[i + 2]?.text === 'the' ? tokens[i + 3]!.start : tokens[i + 2]!.start, tokens[last]!.end))) {
      loose.push(ctx.text.slice(tokens[first]!.start, t.end));
    }
    // "Ministry of Foreign Affairs of Japan": the name without the trailing country is a variant.
    // The longest trailing country wins ("… of the Republic of Korea", not "… of Korea").
    for (let k = Math.max(i + 3, last - 5); k < last; k++) {
      if (tokens[k]!.text !== 'of') continue;
      const from = tokens[k + 1]!.text === 'the' ? k + 2 : k + 1;
      if (from > last || !COUNTRIES.has(ctx.text.slice(tokens[from]!.start, tokens[last]!.end))) continue;
      loose.push(ctx.text.slice(tokens[first]!.start, tokens[k - 1]!.end));
      break;
    }
    // "Lao Ministry of Natural Resources …": the name without the country adjective is a variant.
    if (last > i && first === i - 1 && DEMONYMS.has(tokens[first]!.text)) loose.push(ctx.text.slice(t.start, tokens[last]!.end));
    // "Foreign Ministry": a short form takes only subject words ("Innovate Foreign Ministry" → "Foreign Ministry").
    if (last === i && t.text === 'Ministry') {
      while (first < i && !INSTITUTION_WORDS.has(tokens[first]!.text) && !isPlace(tokens[first]!.text) && !isAcronym(tokens[first])) first += 1;
    }
    const modifiers = tokens.slice(first, i).filter((m) => m.kind === 'word').map((m) => m.text);
    const hasComplement = last > i;
    if (!accept(t.text, modifiers, hasComplement, tokens, last)) continue;
    // "the Board of Directors": a company's organ.
    if (modifiers.length === 0 && last === i + 2 && ORGAN_MEMBERS.has(tokens[last]!.text)) continue;
    // "the K-City Network programme": a weak-headed name used as the name of a programme.
    if (WEAK_HEADS.has(t.text) && last === i && PROGRAMME_NOUNS.has(tokens[i + 1]?.text ?? '') && tokens[i + 1]!.para === t.para) continue;
    if (insideEventName(tokens, first)) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const name = ctx.text.slice(start, end);
    if (COUNTRIES.has(name)) continue;
    out.push({ start, end, first, last, kind: 'long', parser: 'heads', ...(loose.length ? { looseVariants: loose } : {}) });
  }
  return out;
}

function accept(head: string, modifiers: string[], hasComplement: boolean, tokens: readonly Token[], last: number): boolean {
  // "the Cabinet", "the Senate" name one body on their own.
  if (SELF_NAMING_HEADS.has(head)) return true;
  if (modifiers.length === 0 && !hasComplement) return false;
  // "AFC Champions League", "Thai Premier League": a competition.
  if (head === 'League' && modifiers.some((m) => COMPETITION_LEAGUE_WORDS.has(m))) return false;
  if (HEADS_NEED_COMPLEMENT.has(head) && !hasComplement) return false;
  const needed = HEADS_NEED_WORD.get(head);
  if (needed && modifiers[modifiers.length - 1] !== needed) return false;
  // "Bangkok Convention Centre", "Coex Exhibition Center": venues.
  if (VENUE_HEADS.has(head) && modifiers.some((m) => VENUE_MODIFIERS.has(m))) return false;
  // "Korea Exchange", "Stock Exchange of Thailand" — not "People-to-People Exchange".
  if (HEADS_NEED_PLACE_MODIFIER.has(head) && !hasComplement && !modifiers.some((m) => isPlace(m) || m === 'Stock')) return false;
  if (WEAK_HEADS_NEED_ACRONYM.has(head)) return followedByAcronym(tokens, last);
  if (WEAK_HEADS.has(head) && !hasComplement) {
    const specific = modifiers.some((m) => !GENERIC_MODIFIERS.has(m) && !DEMONYMS.has(m) && !/^\d/.test(m));
    if (!specific) return followedByAcronym(tokens, last);
  }
  // "Korean Government", "Thai Embassy" are descriptions; a demonym alone does not name a body.
  if (!hasComplement && modifiers.every((m) => DEMONYMS.has(m))) return false;
  return true;
}

/** "Year of Korea-Mekong People-to-People Exchange", "Day of the …": part of an event's name. */
function insideEventName(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text === 'the') k -= 1;
  if (tokens[k]?.text !== 'of') return false;
  const before = tokens[k - 1];
  return !!before && NON_ORG_HEADS.has(before.text);
}

/** Followed by a bracketed short name: "(AYPC)", "(Walhi)" — not a place, a year or a note. */
export function followedByAcronym(tokens: readonly Token[], last: number): boolean {
  const open = tokens[last + 1];
  const acr = tokens[last + 2];
  const close = tokens[last + 3];
  if (open?.text !== '(' || close?.text !== ')' || !acr || acr.kind !== 'word') return false;
  if (isAcronym(acr) || isMixedAcronym(acr)) return true;
  return /^\p{Lu}\p{Ll}{2,}$/u.test(acr.text) && !isPlace(acr.text) && !COUNTRIES.has(acr.text) && !DEMONYMS.has(acr.text);
}
