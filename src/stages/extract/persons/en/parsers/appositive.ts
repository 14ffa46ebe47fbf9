/**
 * Parsers: names identified by what surrounds them.
 *   appositive role   "Onfa Vejjajiva, deputy secretary-general of …", "Kim, a professor at …"
 *   age               "Park Ji-min, 34," / "Somchai Jaidee (45)"
 *   relative clause   "Jesper Lund Andersen, who left …"
 *   mononym           "Sutarman, a lawmaker from …"
 *   role first        "The company's president, Jerome Uy Tan, is …"
 *   Korean shape      "Kang Kyung-wha": a romanized surname + hyphenated given name, anywhere
 */
import { isDemonym, isPlace, TITLE_WORDS } from '../../../organizations/en/lexicon.js';
import type { Token } from '../../../organizations/en/tokens.js';
import { HONORIFICS, LOWERCASE_TITLES, ROLE_NOUNS } from '../data.js';
import { isKoreanNameAt, readName, readNameBackward } from '../names.js';
import type { PersonCandidate, PersonContext } from '../types.js';
import { matchTitle } from './titles.js';

const ARTICLES = new Set(['a', 'an', 'the']);
const DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'whose']);
/** Words after which a name can start a noun phrase. */
const NAME_OPENERS = new Set(['and', 'by', 'with', 'to', 'from', 'said', 'says', 'including', 'like', 'as', 'for', 'of', 'at', 'when', 'while', 'after', 'before', 'that', 'where', 'whom', 'between', 'among', 'met', 'told', 'thanked', 'invited', 'welcomed', 'introduced', 'appointed', 'named']);

function opensPhrase(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || before.para !== tokens[first]!.para) return true;
  if (tokens[first]!.sentStart) return true;
  if (before.kind === 'punct') return true;
  // "Denmark's Jesper Lund Andersen": a possessor (a country, a team) before the name.
  if (before.kind === 'poss') return true;
  // After a title or honorific ("Datuk Seri Ahmad …, the trade minister").
  if (TITLE_WORDS.has(before.text)) return true;
  return NAME_OPENERS.has(before.text);
}

/** Words that may qualify a role noun in an appositive ("senior", "longtime", "Bangkok-based"). */
const ROLE_QUALIFIERS = new Set([
  'senior', 'junior', 'chief', 'deputy', 'vice', 'assistant', 'associate', 'acting', 'former', 'executive', 'general',
  'managing', 'principal', 'lead', 'head', 'longtime', 'veteran', 'young', 'local', 'regional', 'national', 'foreign',
  'trade', 'finance', 'planning', 'research', 'policy', 'marine', 'engineering', 'economics', 'political', 'program',
  'programme', 'project', 'team', 'division', 'department', 'bureau', 'ministry', 'government', 'company', 'office',
  'first', 'second', 'third', 'permanent', 'special', 'public', 'international', 'independent', 'visiting', 'retired',
  'honorary', 'founding', 'incumbent', 'outgoing', 'incoming', 'interim', 'elected', 'appointed', 'newly',
]);

/**
 * Does a role noun phrase start at i ("deputy secretary-general", "a professor", "its managing
 * director", "Vice Minister of …")? Returns the index of the role noun, or -1. Verbs and other
 * words end the search: "…, also included officials" is not an appositive.
 */
function roleAt(tokens: readonly Token[], i: number): number {
  let k = i;
  const article = !!tokens[k] && ARTICLES.has(tokens[k]!.text);
  if (tokens[k] && (ARTICLES.has(tokens[k]!.text) || DETERMINERS.has(tokens[k]!.text))) k += 1;
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const t = tokens[k]!;
    if (t.kind === 'poss') continue;
    if (t.kind !== 'word') return -1;
    const lower = t.text.toLowerCase();
    if (/^\p{Ll}/u.test(t.text) && ROLE_NOUNS.has(lower)) return k;
    // "a coastal ecologist at …", "a rice trader in …": an agent noun ending the phrase after an article.
    if (article && AGENT_NOUN.test(t.text) && !NOT_AGENT_NOUNS.has(lower) && endsRolePhrase(tokens[k + 1])) return k;
    // "the association's honorary president", "the ILO’s country director": a possessor before the role.
    if (tokens[k + 1]?.kind === 'poss') continue;
    // "Bounkham Phommachanh, Vice Minister of …": a capitalized title.
    if (/^\p{Lu}/u.test(t.text)) {
      const title = matchTitle(tokens, k);
      if (title && !HONORIFICS.has(title.form.title)) return title.next - 1;
      // "the Thai trade minister", "Korea's chief negotiator": a country or demonym inside the phrase.
      if (!isPlace(t.text) && !isDemonym(t.text)) return -1;
      continue;
    }
    if (ROLE_QUALIFIERS.has(lower) || /-based$/.test(lower)) continue;
    if (NOT_QUALIFIERS.has(lower) || /(?:ed|ing|ly)$/.test(lower)) return -1;
  }
  return -1;
}

/** Agent nouns by their ending: ecologist, trader, planner, historian, investigator. */
const AGENT_NOUN = /^\p{Ll}{2,}(?:ist|ian|er|or|eer)$/u;
/** Words with those endings that are not people. */
const NOT_AGENT_NOUNS = new Set([
  'other', 'another', 'number', 'member', 'order', 'border', 'water', 'power', 'paper', 'letter', 'matter', 'quarter',
  'center', 'centre', 'chapter', 'cluster', 'corner', 'factor', 'sector', 'motor', 'vendor', 'error', 'floor', 'door',
  'minor', 'major', 'color', 'colour', 'interior', 'mirror', 'tractor', 'reactor', 'monitor', 'indicator', 'corridor',
  'list', 'artist', 'twist', 'wrist', 'mist', 'fist', 'trillion', 'billion', 'million', 'region', 'version', 'option',
  'meter', 'metre', 'liter', 'litre', 'filter', 'router', 'computer', 'container', 'partner', 'counter', 'winter',
  'summer', 'finger', 'cancer', 'fiber', 'fibre', 'layer', 'polymer', 'weather', 'river', 'tower', 'master', 'poster',
  'platter', 'charter', 'shelter', 'theater', 'theatre', 'manner', 'banner', 'dinner', 'lower', 'upper', 'former',
  'latter', 'further', 'together', 'rather', 'either', 'neither', 'whether', 'however', 'under', 'after', 'over',
]);
const ROLE_PHRASE_END = new Set(['at', 'of', 'with', 'for', 'from', 'in', 'on', 'who', 'based', ',', '.', ')', ';']);
const endsRolePhrase = (t: Token | undefined): boolean => !t || ROLE_PHRASE_END.has(t.text);

/** Function words and verbs that end an appositive search. */
const NOT_QUALIFIERS = new Set([
  'also', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'and', 'or', 'but', 'who',
  'which', 'that', 'said', 'says', 'told', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'not', 'then',
  'both', 'who', 'whose', 'when', 'where', 'after', 'before', 'while', 'did', 'does', 'do', 'met', 'led', 'made',
]);

export function parseAppositives(ctx: PersonContext): PersonCandidate[] {
  const { tokens } = ctx;
  const out: PersonCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!opensPhrase(tokens, i)) continue;
    const last = readName(tokens, i);
    if (last < i) continue;
    // One name word: only a mononym with a personal role ("Sutarman, a lawmaker from …").
    if (last === i) {
      if (isMononym(tokens, i)) out.push({ start: tokens[i]!.start, end: tokens[i]!.end, first: i, last: i, titles: [], strength: 'strong', parser: 'appositive-mononym' });
      continue;
    }
    const after = tokens[last + 1];
    if (!after || after.para !== tokens[i]!.para) continue;
    let role = -1;
    let titles: string[] = [];
    if (after.text === ',') {
      role = roleAt(tokens, last + 2);
      // "Park Ji-min, 34,"
      if (role < 0 && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',') role = last + 2;
      else if (role < 0 && RELATIVE_WHO.has(tokens[last + 2]?.text ?? '')) {
        // "Jesper Lund Andersen, who left …": organizations take "which". "A and B, who …" names both.
        role = last + 2;
        const other = coordinatedName(tokens, i);
        if (other) out.push({ start: tokens[other.first]!.start, end: tokens[other.last]!.end, ...other, titles: [], strength: 'strong', parser: 'appositive' });
      } else if (role >= 0) {
        let end = role;
        while (tokens[end + 1] && tokens[end + 1]!.kind === 'word' && ROLE_NOUNS.has(tokens[end + 1]!.text.toLowerCase()) && tokens[end + 1]!.para === after.para) end += 1;
        let from = last + 2;
        while (from < end && (ARTICLES.has(tokens[from]!.text) || DETERMINERS.has(tokens[from]!.text))) from += 1;
        titles = [ctx.text.slice(tokens[from]!.start, tokens[end]!.end)];
      }
    } else if (after.text === '(' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ')') {
      role = last + 2;
    }
    if (role < 0) continue;
    out.push({ start: tokens[i]!.start, end: tokens[last]!.end, first: i, last, titles, strength: 'strong', parser: 'appositive' });
  }
  return out;
}

const RELATIVE_WHO = new Set(['who', 'whose']);

/**
 * "Sutarman, a lawmaker from …", "Wiranto, the security minister,": one name word, a comma, an
 * article and a personal title noun. A sentence-initial adverb ("Separately, a spokesman said")
 * is not a name.
 */
function isMononym(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (tokens[i + 1]?.text !== ',' || !ARTICLES.has(tokens[i + 2]?.text ?? '')) return false;
  if (t.sentStart && /ly$/.test(t.text)) return false;
  const role = roleAt(tokens, i + 2);
  return role >= 0 && LOWERCASE_TITLES.has(tokens[role]!.text);
}

/** "Danial Hakim Roslan and | Lim Jun Hao": a full name joined by "and" right before the name at i. */
function coordinatedName(tokens: readonly Token[], i: number): { first: number; last: number } | null {
  const and = tokens[i - 1];
  if (and?.text !== 'and' || and.para !== tokens[i]!.para) return null;
  const first = readNameBackward(tokens, i - 2);
  if (first >= i - 2 || readName(tokens, first) !== i - 2) return null;
  // Not the tail of a longer capitalized name ("… Bank Lee Jae-hoon").
  const before = tokens[first - 1];
  if (before && before.para === and.para && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && !before.sentStart) return null;
  return { first, last: i - 2 };
}

/**
 * "The company's president, Jerome Uy Tan, is …", "its new chairman, Somchai Jaidee.": a definite
 * role phrase (article or possessor, qualifiers, role noun) and a comma before a full name that
 * ends the phrase.
 */
export function parseRoleFirstAppositives(ctx: PersonContext): PersonCandidate[] {
  const { tokens, text } = ctx;
  const out: PersonCandidate[] = [];
  for (let c = 2; c < tokens.length - 2; c++) {
    if (tokens[c]!.text !== ',') continue;
    const role = tokens[c - 1]!;
    if (role.kind !== 'word' || !LOWERCASE_TITLES.has(role.text)) continue;
    const from = rolePhraseStart(tokens, c - 1);
    if (from < 0) continue;
    const last = readName(tokens, c + 1);
    if (last <= c + 1) continue; // two or more name words
    const after = tokens[last + 1];
    if (after && after.para === role.para && !ROLE_FIRST_NAME_END.has(after.text)) continue;
    const title = text.slice(tokens[from]!.start, role.end);
    out.push({ start: tokens[c + 1]!.start, end: tokens[last]!.end, first: c + 1, last, titles: [title], strength: 'strong', parser: 'role-first-appositive' });
  }
  return out;
}

/** What may follow the name in "the company's president, Jerome Uy Tan, …". */
const ROLE_FIRST_NAME_END = new Set([',', '.', ';', ')']);

/**
 * The first qualifier of a definite role phrase ending at `role` ("the company's | president",
 * "its new | chairman"), or -1 when no article or possessor opens it within a few words.
 */
function rolePhraseStart(tokens: readonly Token[], role: number): number {
  for (let k = role - 1; k >= Math.max(0, role - 5); k--) {
    const t = tokens[k]!;
    if (t.para !== tokens[role]!.para) return -1;
    if (t.kind === 'poss') return k + 1;
    if (ARTICLES.has(t.text.toLowerCase()) || DETERMINERS.has(t.text.toLowerCase())) return k + 1;
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || !(ROLE_QUALIFIERS.has(t.text) || ROLE_NOUNS.has(t.text))) return -1;
  }
  return -1;
}

export function parseKoreanNames(ctx: PersonContext): PersonCandidate[] {
  const { tokens } = ctx;
  const out: PersonCandidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!isKoreanNameAt(tokens, i)) continue;
    if (tokens[i + 1]!.start - tokens[i]!.end !== 1) continue;
    out.push({ start: tokens[i]!.start, end: tokens[i + 1]!.end, first: i, last: i + 1, titles: [], strength: 'strong', parser: 'korean-name' });
  }
  return out;
}
