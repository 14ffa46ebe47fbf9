/**
 * Parser: title or honorific + name.
 *
 *   "Vice Minister Yoon Jong-in", "Dr. Lee", "spokesperson Kim In-chul"
 *   "Foreign Minister Kang Kyung-wha"                  subject modifier before the title
 *   "Minister of the Interior and Safety Kim Boo-kyum"  the institution inside the title is not the name
 *   "Deputy Foreign Minister for Planning and Coordination Yoo Dae-jong"
 */
import { INSTITUTION_WORDS } from '../../../organizations/en/data.js';
import { isDemonym, isHeadWord, isOrgHeadWord, isOrgWord, isPlace, TITLE_WORDS } from '../../../organizations/en/lexicon.js';
import { isAcronym, tokenize, type Token } from '../../../organizations/en/tokens.js';
import { HONORIFICS, LOWERCASE_TITLES, MODIFIABLE_TITLE_HEADS, TITLE_MODIFIERS, TITLES, WEAK_TITLES } from '../data.js';
import { isKoreanNameAt, isNameToken, readName } from '../names.js';
import type { PersonCandidate, PersonContext } from '../types.js';

interface TitleForm {
  words: string[];
  title: string;
}

/** Titles tokenized once, indexed by first token, longest first. */
const TITLE_FORMS: ReadonlyMap<string, TitleForm[]> = (() => {
  const map = new Map<string, TitleForm[]>();
  const add = (title: string): void => {
    const words = tokenize(title, [{ start: 0, end: title.length }]).map((t) => t.text);
    if (words.length === 0) return;
    const list = map.get(words[0]!) ?? [];
    list.push({ words, title });
    map.set(words[0]!, list);
  };
  for (const t of TITLES) add(t);
  for (const t of LOWERCASE_TITLES) if (!TITLES.includes(t)) add(t);
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Longest title starting at token i: returns the index after it, or -1. */
export function matchTitle(tokens: readonly Token[], i: number): { next: number; form: TitleForm } | null {
  const t = tokens[i]!;
  // A lower-case role title capitalized because it starts the sentence ("Farmer Somchai …").
  const forms = TITLE_FORMS.get(t.text) ?? (t.sentStart ? TITLE_FORMS.get(t.text.toLowerCase()) : undefined);
  if (!forms) return null;
  for (const form of forms) {
    let ok = i + form.words.length <= tokens.length;
    for (let k = 1; ok && k < form.words.length; k++) ok = tokens[i + k]!.text === form.words[k] && tokens[i + k]!.para === tokens[i]!.para;
    if (ok) return { next: i + form.words.length, form };
  }
  return null;
}

/** "Foreign" in "Foreign Minister", "Deputy" in "Deputy Foreign Minister": up to three words before the title. */
function titleModifiersStart(tokens: readonly Token[], i: number, head: string): number {
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const t = tokens[k]!;
    if (t.para !== tokens[i]!.para) break;
    if (TITLE_MODIFIERS.has(t.text)) {
      first = k;
      continue;
    }
    if (MODIFIABLE_TITLE_HEADS.has(head) && (INSTITUTION_WORDS.has(t.text) || isAcronym(t)) && !isHeadWord(t.text) && !isPlace(t.text)) {
      first = k;
      continue;
    }
    break;
  }
  return first;
}

/**
 * After "Minister of the Interior and Safety …": the complement runs over capitalized words and
 * connectors; the person is the run of name words that follows an institution word
 * ("… Union Government | Tin Myint", "Secretary of State | Sok Vannarith | of Cambodia's …").
 */
function nameAfterComplement(tokens: readonly Token[], from: number): { first: number; last: number } | null {
  let j = from;
  if (tokens[j]?.text === 'the') j += 1;
  const para = tokens[from]!.para;
  for (let steps = 0; j < tokens.length && steps < 16; steps++) {
    const t = tokens[j]!;
    if (t.para !== para) break;
    if (isOrgWord(t)) {
      if (isKoreanNameAt(tokens, j)) return { first: j, last: j + 1 };
      const prev = tokens[j - 1];
      const afterInstitution = !!prev && (INSTITUTION_WORDS.has(prev.text) || isHeadWord(prev.text) || isAcronym(prev) || prev.text === ')');
      if (afterInstitution && isNameToken(t) && prev.end + 1 === t.start) {
        let last = j;
        while (last + 1 < tokens.length && last - j < 3 && isNameToken(tokens[last + 1]) && tokens[last + 1]!.start === tokens[last]!.end + 1) last += 1;
        // The name ends the run or is followed by "of", a comma or the end of the clause.
        const after = tokens[last + 1];
        if (!after || after.para !== para || !isOrgWord(after)) return { first: j, last };
      }
      j += 1;
      continue;
    }
    if (['and', '&', 'of', 'for', 'the', ','].includes(t.text) && (isOrgWord(tokens[j + 1]) || (tokens[j + 1]?.text === 'the' && isOrgWord(tokens[j + 2])))) {
      j += 1;
      continue;
    }
    break;
  }
  return null;
}

function gluedToName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i]!;
  if (!prev || prev.para !== t.para || prev.end + 1 !== t.start || prev.kind !== 'word' || !/^\p{Lu}/u.test(prev.text)) return false;
  if (prev.sentStart && !/^\p{Lu}/u.test(t.text)) return false;
  if (TITLE_MODIFIERS.has(prev.text) || INSTITUTION_WORDS.has(prev.text) || isAcronym(prev) || isOrgHeadWord(prev.text)) return false;
  // "Asst Prof Dr Wanchai": a title stacked on another title, not one inside a place name.
  if (isPlace(prev.text) || isDemonym(prev.text) || matchTitle(tokens, i - 1) || TITLE_WORDS.has(prev.text)) return false;
  return true;
}

export function parseTitles(ctx: PersonContext): PersonCandidate[] {
  const { tokens, text } = ctx;
  const out: PersonCandidate[] = [];
  let titleCoveredUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || i < titleCoveredUntil) continue;
    const m = matchTitle(tokens, i);
    if (!m) continue;
    titleCoveredUntil = m.next;
    // A title word inside a capitalized place or organization name ("Bang Khun Thian district").
    if (gluedToName(tokens, i)) continue;
    const modStart = titleModifiersStart(tokens, i, m.form.words[0]!);
    let next = m.next;
    let nameFirst = -1;
    let nameLast = -1;
    let titleEnd = m.next - 1;
    const prep = tokens[next];
    if (prep && (prep.text === 'of' || prep.text === 'for') && /^\p{Lu}/u.test(t.text)) {
      const found = nameAfterComplement(tokens, next + 1);
      if (found) {
        nameFirst = found.first;
        nameLast = found.last;
        titleEnd = found.first - 1;
      }
    } else {
      // "Mr." is two tokens in the title form already; skip a comma-less direct name.
      if (tokens[next]?.text === '.' && tokens[next - 1]?.end === tokens[next]!.start) next += 1;
      // "Finance Minister II Amir Hamzah": a roman numeral after the title.
      if (/^(?:II|III|IV)$/.test(tokens[next]?.text ?? '')) next += 1;
      nameLast = readName(tokens, next);
      nameFirst = next;
      if (nameLast < nameFirst) continue;
      if (tokens[nameFirst]!.start - tokens[next - 1]!.end > 1) continue;
    }
    if (nameFirst < 0 || nameLast < nameFirst) continue;
    const single = nameFirst === nameLast;
    const lower = /^\p{Ll}/u.test(m.form.title);
    const weakTitle = WEAK_TITLES.has(m.form.title) || (lower && !HONORIFICS.has(m.form.title));
    const strength: PersonCandidate['strength'] = single && weakTitle ? 'weak' : 'strong';
    const title = text.slice(tokens[modStart]!.start, tokens[titleEnd]!.end).replace(/\s+/g, ' ');
    out.push({
      start: tokens[nameFirst]!.start,
      end: tokens[nameLast]!.end,
      first: nameFirst,
      last: nameLast,
      titles: [title],
      strength,
      parser: 'title',
    });
  }
  return out;
}
