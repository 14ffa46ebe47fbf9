/**
 * Parser: acronyms and short forms tied to a long form by brackets.
 * - "한국국제협력단(KOICA)", "산업통상자원부(산업부)", "한국국제협력단(이하 '코이카')": the bracket
 *   right after a recognized organization holds its alias;
 * - "KOICA(한국국제협력단)": an acronym right before a bracketed organization.
 * A Hangul short form must look like an abbreviation of the long form (same first syllable, its
 * syllables in order), so "인공지능(AI)"-style glosses of common nouns never get here (their long
 * form is no organization) and "교육부(장관 …)" is not an alias.
 */
import type { Token } from '../../../persons/ko/korean/hangul.js';
import { isSubsequence } from '../../../persons/ko/korean/hangul.js';
import { longestSuffix, matchSuffixRule, startsWithPlace } from '../recognize.js';
import { SHORT_SUFFIXES } from '../data/shortForms.js';
import type { OrgCandidate } from '../types.js';

/** A bracket right after the name: "(KOICA)", "(KOICA·코이카)", "(이하 '코이카')", "(Chulalongkorn University)". */
const AFTER_RE = /\((?:이하\s*)?([^()]{2,60})\)/y;
const ITEM_SEPARATORS = /\s*[·,、/]\s*/;
const QUOTES_RE = /^["'‘“]|["'’”]$/g;
/** An English name gloss: capitalized words ("Chulalongkorn University", "Ministry of Education"). */
const GLOSS_RE = /^[A-Z][A-Za-z.&'\-]*(?: (?:of|for|and|the|on|de|[A-Z][A-Za-z.&'\-]*)){1,8}$/;
const HANGUL_SHORT_RE = /^[가-힣]{2,8}$/;
/** A hyphenated Latin short name: "K-water", "E-Mart". */
const LATIN_BRAND_RE = /^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){1,2}$/;
/** An acronym led by a small letter, as some bodies write theirs: "aT", "eK". */
const LOWER_LED_ACRONYM_RE = /^[a-z][A-Z]{1,4}$/;
const ACRONYM_BEFORE_RE = /([A-Z][A-Za-z0-9&\-]{1,11})\($/;
const UPPER_RE = /[A-Z]/g;

/** Leading words a short form may leave out: "한국해운조합" → "해운조합". */
const DROPPABLE_OPENERS = ['대한민국', '한국', '대한', '국립', '국민', '전국'];

export function isLatinAcronym(s: string): boolean {
  return /^[A-Z]/.test(s) && (s.match(UPPER_RE)?.length ?? 0) >= 2;
}

/** "국민" opens ordinary words too ("국민은행"): dropped only before a long rest ("국민건강보험공단"). */
const minRest = (opener: string): number => (opener === '국민' ? 4 : 2);

/** The name without a country word and without droppable openers. */
export function coreName(name: string): string {
  let core = name.includes(' ') ? name.slice(name.lastIndexOf(' ') + 1) : name;
  for (const o of DROPPABLE_OPENERS) if (core.startsWith(o) && core.length - o.length >= minRest(o)) return core.slice(o.length);
  return core;
}

/** Could the Hangul `short` abbreviate `long`? First syllable shared, syllables in order. */
export function looksLikeShortForm(short: string, long: string): boolean {
  if (short === long || short.length >= long.replace(/ /g, '').length) return false;
  const bare = long.includes(' ') ? long.slice(long.lastIndexOf(' ') + 1) : long;
  for (const full of [bare, coreName(long)]) {
    if (!isSubsequence(short, full)) continue;
    // Same first syllable ("산업부"), or the same organization type at the end ("건보공단").
    if (short[0] === full[0] || (short.length >= 3 && short.slice(-2) === full.slice(-2))) return true;
  }
  return abbreviatesTail(short, bare);
}

/**
 * "심평원" ← "건강보험심사평가원", "대책위" ← "석문면송전선로대책위원회", "금속노조" ←
 * "전국금속노동조합": a short form may leave out the leading words and keep the abbreviated rest,
 * ending in the name's type word or its short form. Three syllables at least.
 */
/** Longer "names" are no names (and would make the scan quadratic on adversarial input). */
const MAX_TAIL_NAME = 40;

export function abbreviatesTail(short: string, name: string): boolean {
  if (short.length < 3 || short.length >= name.length || name.length > MAX_TAIL_NAME) return false;
  const suffix = longestSuffix(name)?.suffix;
  if (!suffix) return false;
  // The short form ends in the name's last syllable ("심평원") or the type word's short form ("대책위").
  const endings: [string, string][] = [[name.slice(-1), name.slice(0, -1)]];
  for (const e of SHORT_SUFFIXES[suffix] ?? []) endings.push([e, name.slice(0, name.length - suffix.length)]);
  for (const [ending, rest] of endings) {
    if (!short.endsWith(ending)) continue;
    const stem = short.slice(0, short.length - ending.length);
    if (stem.length < 2) continue;
    // The stem's first syllable opens the kept rest of the name; its syllables follow in order.
    for (let k = rest.indexOf(stem[0]!); k >= 0; k = rest.indexOf(stem[0]!, k + 1)) {
      if (isSubsequence(stem, rest.slice(k))) return true;
    }
  }
  return false;
}

/**
 * The Hangul short form in a bracket right after an organization's name (`end` is where the name
 * stops): "(한전)", "(이하 '한전')". Null when the bracket holds anything else.
 */
export function bracketShortForm(text: string, end: number, name: string): string | null {
  if (text[end] !== '(') return null;
  AFTER_RE.lastIndex = end;
  const m = AFTER_RE.exec(text);
  const inner = m?.[1]?.replace(QUOTES_RE, '');
  return inner && HANGUL_SHORT_RE.test(inner) && looksLikeShortForm(inner, name) ? inner : null;
}

/**
 * "(KOICA·코이카)": a Hangul word listed next to a Latin acronym in the same bracket is the
 * acronym read out, an alias too.
 */
function isTransliteratedAcronym(item: string, inner: string): boolean {
  return inner.split(ITEM_SEPARATORS).some((other) => other !== item && isLatinAcronym(other.replace(QUOTES_RE, '')));
}

const LONG_FORM_RE = /^[가-힣]{4,20}$/;

/**
 * Parser: a name no rule knows, tied to its own short form in brackets: "한국수력원자력(한수원)",
 * or a type word without its place word, tied to an acronym: "방콕대중교통공사(MRTA)".
 * A bracketed abbreviation is how Korean introduces a body, but also a term ("전기자동차(전기차)",
 * "지방자치단체(지자체)"), so the long form must open with a country, place or "국립"-style word
 * the way public bodies and companies are named.
 */
export function parseShortFormPairs(text: string, tokens: readonly Token[]): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const t of tokens) {
    if (!LONG_FORM_RE.test(t.text) || text[t.end] !== '(') continue;
    AFTER_RE.lastIndex = t.end;
    const m = AFTER_RE.exec(text);
    const inner = m?.[1]?.replace(QUOTES_RE, '');
    // "방콕대중교통공사(MRTA)": a type word whose place word no table knows (a foreign city), with
    // the body's acronym in brackets. The acronym is the evidence the place word would have been.
    if (inner && isLatinAcronym(inner) && !startsWithPlace(t.text)) {
      const org = matchSuffixRule(t.text, true);
      if (org && !org.local && !org.building) out.push({ name: t.text, start: t.start, end: t.end });
      continue;
    }
    if (!startsWithPlace(t.text)) continue;
    if (inner && HANGUL_SHORT_RE.test(inner) && inner.length >= 2 && looksLikeShortForm(inner, t.text) && inner[0] === t.text[0]) {
      out.push({ name: t.text, start: t.start, end: t.end, aliases: [inner] });
    }
  }
  return out;
}

export function bracketAliases(text: string, candidates: OrgCandidate[]): void {
  for (const c of candidates) {
    AFTER_RE.lastIndex = c.end;
    const m = AFTER_RE.exec(text);
    if (m) {
      for (const raw of m[1]!.split(ITEM_SEPARATORS)) {
        const item = raw.replace(QUOTES_RE, '');
        const ok =
          isLatinAcronym(item) ||
          LOWER_LED_ACRONYM_RE.test(item) ||
          GLOSS_RE.test(item) ||
          LATIN_BRAND_RE.test(item) ||
          (HANGUL_SHORT_RE.test(item) && (looksLikeShortForm(item, c.name) || isTransliteratedAcronym(item, m[1]!)));
        if (ok) (c.aliases ??= []).push(item);
      }
    }
    if (text[c.start - 1] === '(' && text[c.end] === ')') {
      const before = ACRONYM_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 14), c.start));
      if (before && isLatinAcronym(before[1]!)) (c.aliases ??= []).push(before[1]!);
    }
  }
}
