/**
 * Parsers for companies:
 *   designators   "Samsung Electronics Co., Ltd.", "SK hynix Inc.", "Hyundai Motor Corp."
 *   type words    "Hyundai Motor", "LG Electronics", "Thai Airways"
 *   cues          "automaker Hyundai Motor", "tech giant Naver", "broadcaster KBS"
 *   appositives   "Naver, the country's largest portal operator"
 *   officers      "Genoplex CEO Kim Tae-yang", "Krungsiam Holdings chief executive Pornthip"
 */
import { KOREAN_SURNAMES, TITLE_MODIFIERS } from '../../../persons/en/data.js';
import {
  COMPANY_APPOSITIVE_NOUNS,
  COMPANY_CUES,
  COMPANY_HEADS,
  COMPANY_PREFIXES,
  COMPANY_SUFFIXES,
  CORPORATE_TITLES,
  COUNTRIES,
  DEMONYMS,
  GENERIC_MODIFIERS,
  NATIONAL_COMPANY_HEADS,
  PLACES,
} from '../data.js';
import { isOrgHeadWord, isOrgWord, PERSON_TITLE_WORDS, TITLE_WORDS } from '../lexicon.js';
import { isCapitalized, touching, type Token } from '../tokens.js';
import type { OrgCandidate, OrgContext } from '../types.js';
import { continuesName, extendBack, isKoreanGivenName } from './heads.js';

/** Designators ("Co.", "Ltd.", "Inc."): the name before them, the designator and its dot. */
export function parseCompanyDesignators(ctx: OrgContext): OrgCandidate[] {
  const { tokens, text } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !COMPANY_SUFFIXES.has(t.text)) continue;
    // Only the first designator of a chain starts a candidate ("Co., Ltd." is one).
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (prev?.text === ',' && prev2 && (COMPANY_SUFFIXES.has(prev2.text) || (prev2.text === '.' && COMPANY_SUFFIXES.has(tokens[i - 3]?.text ?? '')))) continue;
    if (prev && (COMPANY_SUFFIXES.has(prev.text) || (prev.text === '.' && COMPANY_SUFFIXES.has(prev2?.text ?? ''))) && prev.para === t.para) continue;
    let first = i;
    // "SK hynix Inc.": one lower-case brand word straight before the designator.
    const k = i - 1;
    if (tokens[k] && tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text) && isOrgWord(tokens[k - 1]) && tokens[k]!.para === t.para) {
      first = Math.min(extendBack(tokens, k), k - 1);
    } else if (isOrgWord(tokens[k]) && tokens[k]!.para === t.para) {
      first = extendBack(tokens, i);
    }
    if (first === i) continue;
    let last = i;
    if (tokens[last + 1]?.text === '.' && touching(tokens[last], tokens[last + 1])) last += 1;
    // ", Ltd." after "Co." (the comma is often left out: "Co. Ltd").
    const nextAt = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
    const d = tokens[nextAt];
    if (d && COMPANY_SUFFIXES.has(d.text) && d.para === t.para) {
      last = nextAt;
      if (tokens[last + 1]?.text === '.' && touching(tokens[last], tokens[last + 1])) last += 1;
    }
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const base = text.slice(start, tokens[i - 1]!.end);
    out.push({ start, end, first, last, kind: 'long', parser: 'company-designator', variants: [base] });
  }
  return out;
}

/** Company type words ("Electronics", "Motor", "Airlines") ending a capitalized run. */
export function parseCompanyHeads(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !COMPANY_HEADS.has(t.text)) continue;
    if (continuesName(tokens, i)) continue;
    const first = extendBack(tokens, i);
    if (first === i) continue;
    const modifiers = tokens.slice(first, i).map((m) => m.text);
    const national = NATIONAL_COMPANY_HEADS.has(t.text) && modifiers.length === 1 && (DEMONYMS.has(modifiers[0]!) || COUNTRIES.has(modifiers[0]!));
    if (!national && modifiers.every((m) => GENERIC_MODIFIERS.has(m) || PLACES.has(m) || COUNTRIES.has(m) || /^\d/.test(m))) continue;
    out.push({ start: tokens[first]!.start, end: t.end, first, last: i, kind: 'long', parser: 'company-head' });
  }
  return out;
}

/** A short run of capitalized words that could be a company name (no titles, no person names). */
function companyRun(tokens: readonly Token[], from: number, para: number): number {
  let last = from - 1;
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k]!;
    if (t.para !== para || !isOrgWord(t) || TITLE_WORDS.has(t.text)) break;
    if (k > from && tokens[k - 1]!.end !== t.start - 1) break;
    last = k;
  }
  return last;
}

function plausibleCompany(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  const name = words.join(' ');
  if (COUNTRIES.has(name) || PLACES.has(name) || DEMONYMS.has(name)) return false;
  if (words.some((w) => isKoreanGivenName(w))) return false;
  if (words.length >= 2 && KOREAN_SURNAMES.has(words[0]!) && !isOrgHeadWord(words[words.length - 1]!)) return false;
  return true;
}

/** "automaker Hyundai Motor", "tech giant Naver", "broadcaster KBS". */
export function parseCompanyCues(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !COMPANY_CUES.has(t.text)) continue;
    const last = companyRun(tokens, i + 1, t.para);
    if (last <= i) continue;
    // "the firm's" / "company CEO" / cue followed by a sentence: only a run that ends the phrase.
    if (!plausibleCompany(tokens, i + 1, last)) continue;
    out.push({ start: tokens[i + 1]!.start, end: tokens[last]!.end, first: i + 1, last, kind: 'long', parser: 'company-cue' });
  }
  return out;
}

/** The corporate title starting at i ("CEO", "chief executive"): the index of its last token, or -1. */
function corporateTitleAt(tokens: readonly Token[], i: number): number {
  for (const words of CORPORATE_TITLES) {
    if (words.every((w, k) => tokens[i + k]?.text === w && tokens[i + k]!.para === tokens[i]!.para)) return i + words.length - 1;
  }
  return -1;
}

/**
 * "Genoplex CEO Kim Tae-yang", "Krungsiam Holdings chief executive Pornthip": the capitalized run
 * right before a corporate title that is followed by a name is the company.
 */
export function parseCompanyTitles(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const end = corporateTitleAt(tokens, i);
    if (end < 0) continue;
    const name = tokens[end + 1];
    if (!isCapitalized(name) || name!.start - tokens[end]!.end !== 1 || name!.para !== tokens[i]!.para) continue;
    // The owner: up to four adjacent capitalized words ending right before the title.
    let first = i;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const t = tokens[k]!;
      if (t.para !== tokens[i]!.para || !isOrgWord(t) || PERSON_TITLE_WORDS.has(t.text) || TITLE_MODIFIERS.has(t.text) || t.end + 1 !== tokens[k + 1]!.start) break;
      first = k;
    }
    if (first === i) continue;
    const words = tokens.slice(first, i).map((t) => t.text);
    // "Group CEO", "National chairman": a generic word alone names no company.
    if (words.every((w) => GENERIC_MODIFIERS.has(w) || isOrgHeadWord(w))) continue;
    if (!plausibleCompany(tokens, first, i - 1)) continue;
    out.push({ start: tokens[first]!.start, end: tokens[i - 1]!.end, first, last: i - 1, kind: 'long', parser: 'company-title' });
  }
  return out;
}

const APPOSITIVE_ARTICLES = new Set(['a', 'an', 'the']);

/** "Naver, the country's largest portal operator" / "Coupang, an e-commerce company". */
export function parseCompanyAppositives(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 1; i < tokens.length - 2; i++) {
    const comma = tokens[i]!;
    if (comma.text !== ',' || comma.kind !== 'punct') continue;
    const article = tokens[i + 1]!;
    if (!APPOSITIVE_ARTICLES.has(article.text)) continue;
    // The noun phrase after the article: lower-case words (and a possessive) up to a noun in the table.
    let hit = false;
    for (let k = i + 2; k < Math.min(tokens.length, i + 8); k++) {
      const w = tokens[k]!;
      if (w.para !== comma.para) break;
      if (w.kind === 'punct') break;
      if (COMPANY_APPOSITIVE_NOUNS.has(w.text)) {
        const after = tokens[k + 1];
        // "a think tank", but not "a company official" / "a firm believer".
        if (w.text === 'think') hit = tokens[k + 1]?.text === 'tank';
        else hit = !after || after.kind === 'punct' || ['that', 'which', 'in', 'based', 'with', 'of', 'and'].includes(after.text);
        break;
      }
      if (w.kind === 'word' && isCapitalized(w) && !['Korea', 'Thailand', 'Korean', 'Thai'].includes(w.text) && k > i + 2) break;
    }
    if (!hit) continue;
    // The name before the comma: 1–4 capitalized words, starting a clause.
    let first = i;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const w = tokens[k]!;
      if (w.para !== comma.para || !isOrgWord(w) || TITLE_WORDS.has(w.text)) break;
      first = k;
    }
    if (first === i) continue;
    const before = tokens[first - 1];
    if (before && before.para === comma.para && before.kind === 'word' && !['and', 'by', 'with', 'from', 'at', 'of', 'to', 'for', 'including', 'like', 'as'].includes(before.text)) continue;
    if (!plausibleCompany(tokens, first, i - 1)) continue;
    out.push({ start: tokens[first]!.start, end: tokens[i - 1]!.end, first, last: i - 1, kind: 'long', parser: 'company-appositive' });
  }
  return out;
}

/** "PT Tani Makmur Sejahtera": a designator before the name. */
export function parseCompanyPrefixes(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !COMPANY_PREFIXES.has(t.text)) continue;
    const last = companyRun(tokens, i + 1, t.para);
    if (last <= i || tokens[i + 1]!.start - t.end !== 1) continue;
    if (!plausibleCompany(tokens, i + 1, last)) continue;
    out.push({ start: t.start, end: tokens[last]!.end, first: i, last, kind: 'long', parser: 'company-prefix' });
  }
  return out;
}

/** Bank names written as one word: "Vietcombank", "Maybank", "VietinBank", "KBank". */
const BANK_WORD = /^\p{Lu}[\p{L}]*[bB]ank$/u;
const NOT_BANKS = new Set(['Riverbank', 'Sandbank', 'Databank', 'Foodbank', 'Seabank', 'Westbank', 'Eastbank', 'Embank', 'Snowbank']);

export function parseBankWords(ctx: OrgContext): OrgCandidate[] {
  const { tokens } = ctx;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.text.length < 5 || t.text === 'Bank' || !BANK_WORD.test(t.text) || NOT_BANKS.has(t.text)) continue;
    out.push({ start: t.start, end: t.end, first: i, last: i, kind: 'long', parser: 'company-bank-word' });
  }
  return out;
}
